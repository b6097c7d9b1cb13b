#pragma once
// The six usage-limit fields of the guide (monthly spend, max extensions, max DIDs, max monthly minutes —
// blank = unlimited —, alert threshold, auto-suspend), each with its message under it. Used by Edit Limits
// and by Tenant Defaults. Reading the fields checks them (validation::limitSpend/limitCount/usageLimits).
#include "domain/UsageLimits.h"

#include <optional>
#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace simuwave {

class UsageLimitsForm : public QWidget
{
    Q_OBJECT
public:
    explicit UsageLimitsForm(QWidget *parent = nullptr);

    // "monthly_spend_cents", "max_extensions", "max_dids", "max_monthly_minutes", "alert_threshold_percent"
    QLineEdit *field(const QString &apiName) const { return m_fields.value(apiName); }
    QCheckBox *autoSuspend() const { return m_autoSuspend; }
    QString errorFor(const QString &apiName) const; // the message under that field (empty: none)

    void setLimits(const UsageLimits &limits);
    // The fields read back; nullopt (messages shown under the fields) when one cannot be used.
    std::optional<UsageLimits> limits();
    // Messages by API field name ("limits." prefixes are ignored); returns whether one was for this form.
    bool showErrors(const QMap<QString, QString> &errors);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addField(const QString &apiName, const QString &label, const QString &placeholder);
    void addError(const QString &apiName);

    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QCheckBox *m_autoSuspend;
};

} // namespace simuwave
