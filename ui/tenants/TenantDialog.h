#pragma once
// Create or edit a tenant with the Partner Guide's fields and rules: name; SIP prefix (suggested from the
// name while creating, never editable afterwards); billing email; default CNAM (at most 15 characters); time
// zone; status; E911 address (building number, no PO Box, city without commas or apostrophes); billing
// profile. Every field is checked before anything is sent and its message shown under it, naming it; the
// server's 422 comes back onto the same fields, a duplicate SIP prefix (409) onto the SIP prefix. Saved
// through the write queue; non-modal (open()).
#include "domain/Tenant.h"

#include <optional>
#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simuwave {

class ConsoleContext;

class TenantDialog : public QDialog
{
    Q_OBJECT
public:
    // No tenant: create one.
    TenantDialog(ConsoleContext &context, const std::optional<Tenant> &tenant, QWidget *parent = nullptr);

    QLineEdit *field(const QString &apiName) const; // "name", "sip_prefix", "billing_email", "default_cnam",
                                                    // "e911_address.street", ... (for tests and focus)
    QString errorFor(const QString &apiName) const; // the message under that field (empty: none)
    // Validates, then sends. False when refused (messages on the fields) or not allowed.
    bool save();

Q_SIGNALS:
    void saved(const QString &tenantId);

private:
    void addRow(QFormLayout *form, const QString &apiName, const QString &label, QWidget *editor);
    void showErrors(const QMap<QString, QString> &errors);
    QJsonObject body() const;

    ConsoleContext &m_context;
    std::optional<Tenant> m_tenant;
    qint64 m_entry = 0;
    bool m_sipTouched = false;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QComboBox *m_timezone;
    QComboBox *m_status;
    QComboBox *m_profile;
    QLabel *m_general;
    QPushButton *m_save;
};

} // namespace simuwave
