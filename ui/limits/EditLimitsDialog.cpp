#include "limits/EditLimitsDialog.h"

#include "limits/UsageLimitsForm.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simuwave {

EditLimitsDialog::EditLimitsDialog(ConsoleContext &context, const QString &tenantId,
                                   const QString &tenantName, const UsageLimits &current, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tenantId(tenantId)
    , m_form(new UsageLimitsForm(this))
    , m_general(new QLabel(this))
    , m_defaults(new QPushButton(tr("Reset to &Defaults"), this))
    , m_save(new QPushButton(tr("&Save Limits"), this))
{
    setObjectName(QStringLiteral("editLimitsDialog"));
    setWindowTitle(tr("Edit Limits — %1").arg(tenantName));
    auto *intro =
        new QLabel(tr("Leave a cap blank for no limit. The alert threshold is the share of any cap at "
                      "which you get an early warning."),
                   this);
    intro->setWordWrap(true);
    auto *recommended = new QPushButton(tr("&Recommended"), this);
    recommended->setObjectName(QStringLiteral("limitsRecommended"));
    recommended->setToolTip(
        tr("The guide's starting limits for a new tenant: $500 a month, 50 extensions, 10 "
           "DIDs, 5,000 minutes, alert at 80 %, auto-suspend on."));
    m_defaults->setObjectName(QStringLiteral("limitsResetDefaults"));
    if (tenantDefaults()) {
        m_defaults->setToolTip(tr("Fill in the limits of your Tenant Defaults."));
    } else {
        m_defaults->setEnabled(false);
        m_defaults->setToolTip(tr("No Tenant Defaults have been synced yet."));
    }
    m_save->setObjectName(QStringLiteral("limitsSave"));
    m_save->setDefault(true);
    QString reason;
    if (!context.canWrite(&reason)) {
        m_save->setEnabled(false);
        m_save->setToolTip(reason);
    }
    m_general->setObjectName(QStringLiteral("limitsDialogMessage"));
    m_general->setWordWrap(true);
    m_general->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(recommended, QDialogButtonBox::ResetRole);
    buttons->addButton(m_defaults, QDialogButtonBox::ResetRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(recommended, &QPushButton::clicked, this, &EditLimitsDialog::applyRecommended);
    connect(m_defaults, &QPushButton::clicked, this, &EditLimitsDialog::resetToDefaults);
    connect(m_save, &QPushButton::clicked, this, &EditLimitsDialog::save);
    setLimits(current);

    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandRejected, this,
                [this](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    if (entry != m_entry)
                        return;
                    m_form->showErrors(fields);
                    m_general->setText(message);
                    m_general->show();
                    m_save->setEnabled(true);
                });
        connect(queue, &WriteQueue::commandFailed, this, [this](qint64 entry, const QString &message) {
            if (entry != m_entry)
                return;
            m_general->setText(message);
            m_general->show();
            m_save->setEnabled(true);
        });
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &) {
            if (entry != m_entry)
                return;
            Q_EMIT saved(m_tenantId);
            accept();
        });
    }
}

QLineEdit *EditLimitsDialog::field(const QString &apiName) const
{
    return m_form->field(apiName);
}

QCheckBox *EditLimitsDialog::autoSuspend() const
{
    return m_form->autoSuspend();
}

QString EditLimitsDialog::errorFor(const QString &apiName) const
{
    return m_form->errorFor(apiName);
}

void EditLimitsDialog::setLimits(const UsageLimits &limits)
{
    m_form->setLimits(limits);
}

std::optional<UsageLimits> EditLimitsDialog::limits()
{
    return m_form->limits();
}

void EditLimitsDialog::applyRecommended()
{
    setLimits(UsageLimits::recommended());
}

std::optional<UsageLimits> EditLimitsDialog::tenantDefaults() const
{
    cache::SqlCache *cache = m_context.cache();
    const auto doc = cache ? cache->document(QStringLiteral("tenant-defaults")) : std::nullopt;
    if (!doc)
        return std::nullopt;
    const QJsonValue limits = doc->object().value(QLatin1String("limits"));
    if (!limits.isObject())
        return std::nullopt;
    return UsageLimits::fromJson(limits.toObject());
}

bool EditLimitsDialog::resetToDefaults()
{
    const auto defaults = tenantDefaults();
    if (!defaults)
        return false;
    setLimits(*defaults);
    return true;
}

bool EditLimitsDialog::save()
{
    QString reason;
    WriteQueue *queue = m_context.writeQueue();
    if (!queue || !m_context.canWrite(&reason)) {
        m_general->setText(reason);
        m_general->show();
        return false;
    }
    const auto l = limits();
    if (!l)
        return false;
    EditCommand command{QStringLiteral("tenant-limits"),
                        m_tenantId,
                        QStringLiteral("PUT"),
                        QStringLiteral("tenants/%1/limits").arg(m_tenantId),
                        l->toJson(),
                        QString(),
                        windowTitle()};
    const WriteQueue::SubmitResult result = queue->submit(command);
    if (!result.accepted) {
        QMap<QString, QString> fields;
        for (const validation::FieldError &e : result.errors)
            fields.insert(e.field, e.message);
        m_form->showErrors(fields);
        m_general->setText(result.reason);
        m_general->setVisible(!result.reason.isEmpty());
        return false;
    }
    m_entry = result.entryId;
    m_general->setText(m_context.isOnline() ? tr("Saving…")
                                            : tr("Offline: the change waits in Pending changes."));
    m_general->show();
    m_save->setEnabled(false);
    return true;
}

} // namespace simuwave
