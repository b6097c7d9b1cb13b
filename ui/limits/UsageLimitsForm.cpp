#include "limits/UsageLimitsForm.h"

#include "domain/Money.h"
#include "main/Accessibility.h"
#include "validation/Validation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace simuwave {

namespace {
const char *const kSpend = "monthly_spend_cents";
const char *const kExtensions = "max_extensions";
const char *const kDids = "max_dids";
const char *const kMinutes = "max_monthly_minutes";
const char *const kThreshold = "alert_threshold_percent";
} // namespace

UsageLimitsForm::UsageLimitsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_autoSuspend(new QCheckBox(tr("Suspend the tenant automatically when a cap is hit"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    const QString unlimited = tr("No limit");
    addField(QLatin1String(kSpend), tr("Monthly spend limit ($)"), unlimited);
    addField(QLatin1String(kExtensions), tr("Max extensions"), unlimited);
    addField(QLatin1String(kDids), tr("Max DIDs"), unlimited);
    addField(QLatin1String(kMinutes), tr("Max monthly minutes"), unlimited);
    addField(QLatin1String(kThreshold), tr("Alert threshold (%)"), tr("80"));
    m_autoSuspend->setObjectName(QStringLiteral("limit_auto_suspend"));
    m_autoSuspend->setAccessibleName(tr("Auto-suspend"));
    m_form->addRow(tr("Auto-suspend"), m_autoSuspend);
    connect(m_autoSuspend, &QCheckBox::toggled, this, &UsageLimitsForm::edited);
    addError(QStringLiteral("auto_suspend"));
    addError(QStringLiteral("limits"));
}

QLineEdit *UsageLimitsForm::addField(const QString &apiName, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("limit_") + apiName);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    nameLineEditButtons(edit);
    m_fields.insert(apiName, edit);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &UsageLimitsForm::edited);
    addError(apiName);
    return edit;
}

void UsageLimitsForm::addError(const QString &apiName)
{
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_") + apiName);
    error->setWordWrap(true);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    error->setPalette(pal);
    error->hide();
    m_form->addRow(QString(), error);
    m_errors.insert(apiName, error);
}

QString UsageLimitsForm::errorFor(const QString &apiName) const
{
    const QLabel *l = m_errors.value(apiName);
    return l && !l->isHidden() ? l->text() : QString();
}

bool UsageLimitsForm::showErrors(const QMap<QString, QString> &errors)
{
    QMap<QString, QString> own;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        own.insert(QString(it.key()).remove(QStringLiteral("limits.")), it.value());
    bool any = false;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = own.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        any |= !message.isEmpty();
    }
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        if (QLineEdit *first = m_fields.value(it.key())) {
            first->setFocus();
            break;
        }
    }
    return any;
}

void UsageLimitsForm::setLimits(const UsageLimits &l)
{
    // Plain digits (no group separators) so that the text reads back exactly.
    const auto count = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); };
    m_fields.value(QLatin1String(kSpend))
        ->setText(l.monthlySpendCents ? Money::fromCents(*l.monthlySpendCents).toDecimalString() : QString());
    m_fields.value(QLatin1String(kExtensions))->setText(count(l.maxExtensions));
    m_fields.value(QLatin1String(kDids))->setText(count(l.maxDids));
    m_fields.value(QLatin1String(kMinutes))->setText(count(l.maxMonthlyMinutes));
    m_fields.value(QLatin1String(kThreshold))->setText(QString::number(l.alertThresholdPercent));
    m_autoSuspend->setChecked(l.autoSuspend);
    showErrors({});
}

std::optional<UsageLimits> UsageLimitsForm::limits()
{
    QMap<QString, QString> errors;
    UsageLimits l;
    const auto text = [this](const char *api) { return m_fields.value(QLatin1String(api))->text(); };
    const auto note = [&errors](const char *api, const QString &message) {
        if (!message.isEmpty())
            errors.insert(QLatin1String(api), message);
    };
    note(kSpend, validation::limitSpend(QString(text(kSpend)).remove(QLatin1Char('$')),
                                        tr("Monthly spend limit"), &l.monthlySpendCents));
    note(kExtensions, validation::limitCount(text(kExtensions), tr("Max extensions"), &l.maxExtensions));
    note(kDids, validation::limitCount(text(kDids), tr("Max DIDs"), &l.maxDids));
    note(kMinutes, validation::limitCount(text(kMinutes), tr("Max monthly minutes"), &l.maxMonthlyMinutes));
    bool ok = false;
    l.alertThresholdPercent = text(kThreshold).trimmed().toInt(&ok);
    if (!ok)
        l.alertThresholdPercent = -1; // the rule below names the field
    l.autoSuspend = m_autoSuspend->isChecked();
    for (const validation::FieldError &e : validation::usageLimits(l))
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    showErrors(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return l;
}

} // namespace simuwave
