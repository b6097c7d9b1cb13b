#pragma once
// Edit Limits (the guide's modal): the six usage-limit fields (UsageLimitsForm). "Recommended" fills the
// guide's starting limits, "Reset to Defaults" the partner's Tenant Defaults (from the cache, so it works
// offline). Every field is checked before anything is sent, its message under it naming it; the server's
// 422 comes back onto the same fields. Saved through the write queue (PUT tenants/{id}/limits); non-modal.
#include "domain/UsageLimits.h"

#include <optional>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simuwave {

class ConsoleContext;
class UsageLimitsForm;

class EditLimitsDialog : public QDialog
{
    Q_OBJECT
public:
    EditLimitsDialog(ConsoleContext &context, const QString &tenantId, const QString &tenantName,
                     const UsageLimits &current, QWidget *parent = nullptr);

    // "monthly_spend_cents", "max_extensions", "max_dids", "max_monthly_minutes", "alert_threshold_percent"
    QLineEdit *field(const QString &apiName) const;
    QCheckBox *autoSuspend() const;
    QString errorFor(const QString &apiName) const; // the message under that field (empty: none)
    QPushButton *defaultsButton() const { return m_defaults; }

    void setLimits(const UsageLimits &limits);
    // The fields read back; nullopt (messages shown on the fields) when one cannot be read.
    std::optional<UsageLimits> limits();
    void applyRecommended();
    bool resetToDefaults(); // false when no Tenant Defaults are cached
    // Validates, then sends. False when refused (messages on the fields) or not allowed.
    bool save();

Q_SIGNALS:
    void saved(const QString &tenantId);

private:
    std::optional<UsageLimits> tenantDefaults() const;

    ConsoleContext &m_context;
    QString m_tenantId;
    qint64 m_entry = 0;
    UsageLimitsForm *m_form;
    QLabel *m_general;
    QPushButton *m_defaults;
    QPushButton *m_save;
};

} // namespace simuwave
