#pragma once
// Tenants → Tenant Defaults: what every new tenant starts with (time zone, default CNAM, billing profile,
// what happens at the spend cap, and the six usage limits). Read from the cached `tenant-defaults` document
// (so it shows offline), checked field by field, saved through the write path (PUT tenant-defaults); the
// server's answer replaces the cached document at once, so Edit Limits' "Reset to Defaults" follows.
#include "main/Pane.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simuwave {

class ConsoleContext;
class UsageLimitsForm;

class TenantDefaultsPane : public Pane
{
    Q_OBJECT
public:
    explicit TenantDefaultsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    void activated() override;

    QLineEdit *cnamField() const { return m_cnam; }
    QComboBox *timezoneCombo() const { return m_timezone; }
    QComboBox *behaviorCombo() const { return m_behavior; }
    UsageLimitsForm *limitsForm() const { return m_limits; }
    QString errorFor(const QString &apiName) const;
    QJsonObject body();
    // Reloads the fields from the cache (drops unsaved edits).
    void revert();
    bool save();
    bool isDirty() const { return m_dirty; }

private:
    void updateActions();
    void showErrors(const QMap<QString, QString> &errors);

    ConsoleContext &m_context;
    QComboBox *m_timezone;
    QLineEdit *m_cnam;
    QLabel *m_cnamError;
    QComboBox *m_profile;
    QComboBox *m_behavior;
    UsageLimitsForm *m_limits;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_recommended;
    qint64 m_entry = 0;
    bool m_dirty = false;
    bool m_loaded = false;
};

} // namespace simuwave
