#include "tenants/TenantDefaultsPane.h"

#include "cache/SqlCache.h"
#include "limits/UsageLimitsForm.h"
#include "main/ConsoleContext.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace simuwave {

namespace {
const QString kDocument = QStringLiteral("tenant-defaults");
}

TenantDefaultsPane::TenantDefaultsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_timezone(new QComboBox(this))
    , m_cnam(new QLineEdit(this))
    , m_cnamError(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_behavior(new QComboBox(this))
    , m_limits(new UsageLimitsForm(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Defaults"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_recommended(new QPushButton(tr("Recommended &Limits"), this))
{
    setObjectName(id());
    auto *intro = new QLabel(tr("Every new tenant starts with these settings; you can still change them per "
                                "tenant. Existing tenants are not changed."),
                             this);
    intro->setWordWrap(true);
    auto *general = new QGroupBox(tr("New tenants"), this);
    auto *form = new QFormLayout(general);
    m_timezone->setObjectName(QStringLiteral("defaults_timezone"));
    m_timezone->setAccessibleName(tr("Time zone"));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromLatin1(zone));
    form->addRow(tr("Time zone"), m_timezone);
    m_cnam->setObjectName(QStringLiteral("defaults_default_cnam"));
    m_cnam->setAccessibleName(tr("Default CNAM"));
    m_cnam->setPlaceholderText(tr("Up to 15 characters"));
    m_cnam->setMaxLength(64); // longer text is refused with a message, not cut silently
    form->addRow(tr("Default CNAM"), m_cnam);
    m_cnamError->setObjectName(QStringLiteral("error_default_cnam"));
    m_cnamError->setWordWrap(true);
    QPalette pal = m_cnamError->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_cnamError->setPalette(pal);
    m_cnamError->hide();
    form->addRow(QString(), m_cnamError);
    m_profile->setObjectName(QStringLiteral("defaults_billing_profile_id"));
    m_profile->setAccessibleName(tr("Billing profile"));
    form->addRow(tr("Billing profile"), m_profile);
    m_behavior->setObjectName(QStringLiteral("defaults_suspension_behavior"));
    m_behavior->setAccessibleName(tr("At the spend cap"));
    m_behavior->addItem(tr("Suspend the tenant"), QStringLiteral("auto_suspend"));
    m_behavior->addItem(tr("Alert me only"), QStringLiteral("alert_only"));
    form->addRow(tr("At the spend cap"), m_behavior);
    auto *limitsBox = new QGroupBox(tr("Usage limits (blank = unlimited)"), this);
    auto *lb = new QVBoxLayout(limitsBox);
    lb->addWidget(m_limits);

    m_save->setObjectName(QStringLiteral("defaultsSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("defaultsRevert"));
    m_recommended->setObjectName(QStringLiteral("defaultsRecommended"));
    m_recommended->setToolTip(tr("The guide's starting limits: $500 a month, 50 extensions, 10 DIDs, 5,000 "
                                 "minutes, alert at 80 %, auto-suspend on."));
    m_message->setObjectName(QStringLiteral("defaultsMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_recommended);
    buttons->addStretch();

    auto *content = new QWidget(this);
    auto *cl = new QVBoxLayout(content);
    cl->addWidget(intro);
    cl->addWidget(general);
    cl->addWidget(limitsBox);
    cl->addLayout(buttons);
    cl->addWidget(m_message);
    cl->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    const auto edited = [this] {
        m_dirty = true;
        updateActions();
    };
    connect(m_timezone, &QComboBox::activated, this, edited);
    connect(m_profile, &QComboBox::activated, this, edited);
    connect(m_behavior, &QComboBox::activated, this, edited);
    connect(m_cnam, &QLineEdit::textEdited, this, edited);
    connect(m_limits, &UsageLimitsForm::edited, this, edited);
    connect(m_save, &QPushButton::clicked, this, &TenantDefaultsPane::save);
    connect(m_revert, &QPushButton::clicked, this, &TenantDefaultsPane::revert);
    connect(m_recommended, &QPushButton::clicked, this, [this, edited] {
        m_limits->setLimits(UsageLimits::recommended());
        edited();
    });
    connect(&context, &ConsoleContext::cacheReady, this, &TenantDefaultsPane::revert);
    connect(&context, &ConsoleContext::documentChanged, this, [this](const QString &path) {
        // A sync brought a newer version: show it unless the user is in the middle of an edit.
        if ((path == kDocument || path == QLatin1String("billing-profiles")) && !m_dirty)
            revert();
    });
    connect(&context, &ConsoleContext::writeAccessChanged, this, &TenantDefaultsPane::updateActions);
    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &answer) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            if (cache::SqlCache *cache = m_context.cache()) {
                cache::CachedDocument doc;
                doc.path = kDocument;
                doc.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
                doc.contentType = QStringLiteral("application/json");
                doc.fetchedAt = QDateTime::currentDateTimeUtc();
                cache->storeDocument(doc);
            }
            m_dirty = false;
            revert();
            m_message->setText(tr("Saved. New tenants start with these settings."));
        });
        connect(queue, &WriteQueue::commandRejected, this,
                [this](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    if (entry != m_entry)
                        return;
                    m_entry = 0;
                    showErrors(fields);
                    m_message->setText(message);
                    updateActions();
                });
        connect(queue, &WriteQueue::commandFailed, this, [this](qint64 entry, const QString &message) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            m_message->setText(message);
            updateActions();
        });
    }
    revert();
}

QString TenantDefaultsPane::id() const
{
    return QStringLiteral("tenant-defaults");
}

QString TenantDefaultsPane::title() const
{
    return tr("Tenant Defaults");
}

void TenantDefaultsPane::activated()
{
    if (!m_loaded && !m_dirty)
        revert();
}

void TenantDefaultsPane::revert()
{
    cache::SqlCache *cache = m_context.cache();
    m_profile->clear();
    m_profile->addItem(tr("None"), QString());
    if (cache) {
        if (const auto profiles = cache->document(QStringLiteral("billing-profiles")))
            for (const QJsonValue &v : profiles->data())
                m_profile->addItem(v[QLatin1String("name")].toString(), v[QLatin1String("id")].toString());
    }
    const auto doc = cache ? cache->document(kDocument) : std::nullopt;
    m_loaded = bool(doc);
    const QJsonObject d = doc ? doc->object() : QJsonObject();
    m_timezone->setCurrentText(
        d.value(QLatin1String("timezone")).toString(QStringLiteral("America/Chicago")));
    m_cnam->setText(d.value(QLatin1String("default_cnam")).toString());
    m_profile->setCurrentIndex(
        qMax(0, m_profile->findData(d.value(QLatin1String("billing_profile_id")).toString())));
    m_behavior->setCurrentIndex(
        qMax(0, m_behavior->findData(d.value(QLatin1String("suspension_behavior")).toString())));
    m_limits->setLimits(UsageLimits::fromJson(d.value(QLatin1String("limits")).toObject())
                            .value_or(UsageLimits::recommended()));
    m_dirty = false;
    showErrors({});
    m_message->setText(doc ? QString() : tr("The defaults appear here once the console has synced."));
    updateActions();
}

QJsonObject TenantDefaultsPane::body()
{
    const auto limits = m_limits->limits();
    const QString profile = m_profile->currentData().toString();
    return {{QStringLiteral("timezone"), m_timezone->currentText()},
            {QStringLiteral("default_cnam"), m_cnam->text().trimmed()},
            {QStringLiteral("billing_profile_id"),
             profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile)},
            {QStringLiteral("suspension_behavior"), m_behavior->currentData().toString()},
            {QStringLiteral("limits"), limits ? QJsonValue(limits->toJson()) : QJsonValue(QJsonValue::Null)}};
}

QString TenantDefaultsPane::errorFor(const QString &apiName) const
{
    if (apiName == QLatin1String("default_cnam"))
        return m_cnamError->isHidden() ? QString() : m_cnamError->text();
    return m_limits->errorFor(QString(apiName).remove(QStringLiteral("limits.")));
}

void TenantDefaultsPane::showErrors(const QMap<QString, QString> &errors)
{
    const QString cnam = errors.value(QStringLiteral("default_cnam"));
    m_cnamError->setText(cnam);
    m_cnamError->setVisible(!cnam.isEmpty());
    m_limits->showErrors(errors);
    if (!cnam.isEmpty())
        m_cnam->setFocus();
}

bool TenantDefaultsPane::save()
{
    QString reason;
    WriteQueue *queue = m_context.writeQueue();
    if (!queue || !m_context.canWrite(&reason)) {
        m_message->setText(reason);
        return false;
    }
    QMap<QString, QString> errors;
    if (const QString e = validation::cnam(m_cnam->text().trimmed()); !e.isEmpty())
        errors.insert(QStringLiteral("default_cnam"), e);
    const QJsonObject b = body(); // reading the limits shows their own messages
    if (b.value(QLatin1String("limits")).isNull())
        errors.insert(QStringLiteral("limits"), QString());
    if (!errors.isEmpty()) {
        if (errors.contains(QStringLiteral("default_cnam")))
            showErrors({{QStringLiteral("default_cnam"), errors.value(QStringLiteral("default_cnam"))}});
        m_message->setText(tr("Fix the marked fields first."));
        return false;
    }
    EditCommand c{
        QStringLiteral("tenant-defaults"), QString(), QStringLiteral("PUT"), kDocument, b, QString(),
        tr("Change Tenant Defaults")};
    const WriteQueue::SubmitResult result = queue->submit(c);
    if (!result.accepted) {
        QMap<QString, QString> fields;
        for (const validation::FieldError &e : result.errors)
            fields.insert(e.field, e.message);
        showErrors(fields);
        m_message->setText(result.reason);
        return false;
    }
    m_entry = result.entryId;
    m_message->setText(m_context.isOnline() ? tr("Saving…")
                                            : tr("Offline: the change waits in Pending changes."));
    updateActions();
    return true;
}

void TenantDefaultsPane::updateActions()
{
    QString reason;
    const bool canWrite = m_context.canWrite(&reason);
    for (QPushButton *b : {m_save, m_recommended}) {
        b->setEnabled(canWrite && m_entry == 0);
        b->setToolTip(canWrite ? b->toolTip() : reason);
    }
    m_save->setEnabled(canWrite && m_entry == 0 && m_dirty);
    if (canWrite && !m_dirty)
        m_save->setToolTip(tr("Nothing changed yet."));
    else if (canWrite)
        m_save->setToolTip(QString());
    m_revert->setEnabled(m_dirty);
    for (QWidget *w : std::initializer_list<QWidget *>{m_timezone, m_cnam, m_profile, m_behavior, m_limits})
        w->setEnabled(canWrite);
}

} // namespace simuwave
