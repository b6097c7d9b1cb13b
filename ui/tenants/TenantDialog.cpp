#include "tenants/TenantDialog.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace simuwave {

TenantDialog::TenantDialog(ConsoleContext &context, const std::optional<Tenant> &tenant, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tenant(tenant)
    , m_timezone(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_general(new QLabel(this))
    , m_save(new QPushButton(tenant ? tr("&Save") : tr("&Create tenant"), this))
{
    setObjectName(QStringLiteral("tenantDialog"));
    setWindowTitle(tenant ? tr("Edit %1").arg(tenant->name) : tr("New tenant"));
    auto *form = new QFormLayout;
    const auto line = [this](const QString &api) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("tenant_") + api);
        m_fields.insert(api, e);
        return e;
    };
    addRow(form, QStringLiteral("name"), tr("Name"), line(QStringLiteral("name")));
    addRow(form, QStringLiteral("sip_prefix"), tr("SIP prefix"), line(QStringLiteral("sip_prefix")));
    addRow(form, QStringLiteral("billing_email"), tr("Billing email"), line(QStringLiteral("billing_email")));
    addRow(form, QStringLiteral("default_cnam"), tr("Default caller ID name (CNAM)"),
           line(QStringLiteral("default_cnam")));
    m_timezone->setObjectName(QStringLiteral("tenant_timezone"));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromLatin1(zone));
    addRow(form, QStringLiteral("timezone"), tr("Time zone"), m_timezone);
    m_status->setObjectName(QStringLiteral("tenant_status"));
    m_status->addItem(displayName(TenantStatus::Trial), QStringLiteral("TRIAL"));
    m_status->addItem(displayName(TenantStatus::Active), QStringLiteral("ACTIVE"));
    addRow(form, QStringLiteral("status"), tr("Status"), m_status);
    addRow(form, QStringLiteral("e911_address.street"), tr("E911 street"),
           line(QStringLiteral("e911_address.street")));
    addRow(form, QStringLiteral("e911_address.city"), tr("E911 city"),
           line(QStringLiteral("e911_address.city")));
    addRow(form, QStringLiteral("e911_address.state"), tr("E911 state"),
           line(QStringLiteral("e911_address.state")));
    addRow(form, QStringLiteral("e911_address.zip"), tr("E911 ZIP code"),
           line(QStringLiteral("e911_address.zip")));
    m_profile->setObjectName(QStringLiteral("tenant_billing_profile_id"));
    m_profile->addItem(tr("None"), QString());
    if (context.cache()) {
        if (const auto doc = context.cache()->document(QStringLiteral("billing-profiles"))) {
            for (const QJsonValue &v : doc->data()) {
                const QJsonObject o = v.toObject();
                m_profile->addItem(o.value(QLatin1String("name")).toString(),
                                   o.value(QLatin1String("id")).toString());
            }
        }
    }
    addRow(form, QStringLiteral("billing_profile_id"), tr("Billing profile"), m_profile);

    if (tenant) {
        m_fields.value(QStringLiteral("name"))->setText(tenant->name);
        m_fields.value(QStringLiteral("sip_prefix"))->setText(tenant->sipPrefix);
        // The SIP prefix routes the tenant's calls: fixed once the tenant exists.
        m_fields.value(QStringLiteral("sip_prefix"))->setReadOnly(true);
        m_fields.value(QStringLiteral("sip_prefix"))
            ->setToolTip(tr("The SIP prefix cannot change after creation."));
        m_fields.value(QStringLiteral("billing_email"))->setText(tenant->billingEmail);
        m_fields.value(QStringLiteral("default_cnam"))->setText(tenant->defaultCnam);
        m_timezone->setCurrentText(tenant->timezone);
        m_status->hide(); // status changes are their own actions (suspend, unsuspend)
        if (tenant->e911Address) {
            m_fields.value(QStringLiteral("e911_address.street"))->setText(tenant->e911Address->street);
            m_fields.value(QStringLiteral("e911_address.city"))->setText(tenant->e911Address->city);
            m_fields.value(QStringLiteral("e911_address.state"))->setText(tenant->e911Address->state);
            m_fields.value(QStringLiteral("e911_address.zip"))->setText(tenant->e911Address->zip);
        }
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(tenant->billingProfileId)));
    } else {
        m_timezone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
        // Suggested from the name until the user types a prefix of their own.
        connect(
            m_fields.value(QStringLiteral("name")), &QLineEdit::textEdited, this,
            [this](const QString &name) {
                if (!m_sipTouched)
                    m_fields.value(QStringLiteral("sip_prefix"))->setText(validation::suggestSipPrefix(name));
            });
        connect(m_fields.value(QStringLiteral("sip_prefix")), &QLineEdit::textEdited, this,
                [this] { m_sipTouched = true; });
    }

    m_general->setObjectName(QStringLiteral("tenantDialogMessage"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_save->setObjectName(QStringLiteral("tenantSave"));
    m_save->setDefault(true);
    QString reason;
    if (!context.canWrite(&reason)) {
        m_save->setEnabled(false);
        m_save->setToolTip(reason);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TenantDialog::save);

    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandRejected, this,
                [this](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    if (entry != m_entry)
                        return;
                    showErrors(fields);
                    m_general->setText(message);
                    m_general->show();
                });
        connect(queue, &WriteQueue::commandFailed, this, [this](qint64 entry, const QString &message) {
            if (entry != m_entry)
                return;
            if (message.contains(QLatin1String("prefix"), Qt::CaseInsensitive))
                showErrors({{QStringLiteral("sip_prefix"), message}});
            m_general->setText(message);
            m_general->show();
            m_save->setEnabled(true);
        });
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &record) {
            if (entry != m_entry)
                return;
            Q_EMIT saved(record.value(QLatin1String("id")).toString());
            accept();
        });
    }
}

void TenantDialog::addRow(QFormLayout *form, const QString &apiName, const QString &label, QWidget *editor)
{
    editor->setAccessibleName(label);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + apiName);
    error->setWordWrap(true);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    error->setPalette(pal);
    error->hide();
    v->addWidget(error);
    m_errors.insert(apiName, error);
    form->addRow(label, box);
}

QLineEdit *TenantDialog::field(const QString &apiName) const
{
    return m_fields.value(apiName);
}

QString TenantDialog::errorFor(const QString &apiName) const
{
    const QLabel *l = m_errors.value(apiName);
    return l && !l->isHidden() ? l->text() : QString();
}

void TenantDialog::showErrors(const QMap<QString, QString> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    if (!errors.isEmpty()) {
        if (QLineEdit *first = m_fields.value(errors.firstKey()))
            first->setFocus();
    }
}

QJsonObject TenantDialog::body() const
{
    const auto text = [this](const char *api) {
        return m_fields.value(QLatin1String(api))->text().trimmed();
    };
    QJsonObject o{{QStringLiteral("name"), text("name")},
                  {QStringLiteral("billing_email"), text("billing_email")},
                  {QStringLiteral("default_cnam"), text("default_cnam")},
                  {QStringLiteral("timezone"), m_timezone->currentText()}};
    if (!m_tenant) {
        o.insert(QStringLiteral("sip_prefix"), text("sip_prefix"));
        o.insert(QStringLiteral("status"), m_status->currentData().toString());
    }
    Address a;
    a.street = text("e911_address.street");
    a.city = text("e911_address.city");
    a.state = text("e911_address.state");
    a.zip = text("e911_address.zip");
    o.insert(QStringLiteral("e911_address"),
             a.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.toJson()));
    const QString profile = m_profile->currentData().toString();
    o.insert(QStringLiteral("billing_profile_id"),
             profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile));
    return o;
}

bool TenantDialog::save()
{
    QString reason;
    WriteQueue *queue = m_context.writeQueue();
    if (!queue || !m_context.canWrite(&reason)) {
        m_general->setText(reason);
        m_general->show();
        return false;
    }
    EditCommand command = m_tenant ? EditCommand::patch(QStringLiteral("tenants"), m_tenant->id, body())
                                   : EditCommand{QStringLiteral("tenants"),
                                                 QString(),
                                                 QStringLiteral("POST"),
                                                 QStringLiteral("tenants"),
                                                 body(),
                                                 QString(),
                                                 QString()};
    command.label = m_tenant ? tr("Edit tenant %1").arg(m_tenant->name)
                             : tr("Create tenant %1").arg(body().value(QLatin1String("name")).toString());
    QMap<QString, QString> errors;
    for (const validation::FieldError &e : command.validate())
        errors.insert(e.field, e.message);
    // The name's rule applies to creation too (validate() checks it for tenants).
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    const WriteQueue::SubmitResult result = queue->submit(command);
    if (!result.accepted) {
        QMap<QString, QString> fields;
        for (const validation::FieldError &e : result.errors)
            fields.insert(e.field, e.message);
        showErrors(fields);
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
