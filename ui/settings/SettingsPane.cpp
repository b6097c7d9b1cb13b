#include "settings/SettingsPane.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "print/InvoicePdfRenderer.h"
#include "sync/SyncEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace simuwave {

QString SettingsPane::refreshKey()
{
    return QStringLiteral("sync/refreshSeconds");
}

QString SettingsPane::paperKey()
{
    return QStringLiteral("print/paperSize");
}

QString SettingsPane::notificationsKey()
{
    return QStringLiteral("notifications/desktop");
}

SettingsPane::SettingsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_refresh(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_notifications(
          new QCheckBox(tr("Show desktop notifications for usage alerts and port status changes"), this))
    , m_dataLocation(new QLabel(this))
{
    setObjectName(id());
    auto *sync = new QGroupBox(tr("Sync"), this);
    auto *sf = new QFormLayout(sync);
    m_refresh->setObjectName(QStringLiteral("settingsRefresh"));
    m_refresh->setAccessibleName(tr("Background refresh"));
    m_refresh->addItem(tr("Off (sync by hand, F5)"), 0);
    m_refresh->addItem(tr("Every 30 seconds"), 30);
    m_refresh->addItem(tr("Every minute"), 60);
    m_refresh->addItem(tr("Every 2 minutes"), 120);
    m_refresh->addItem(tr("Every 5 minutes"), 300);
    m_refresh->addItem(tr("Every 15 minutes"), 900);
    sf->addRow(tr("Background refresh"), m_refresh);
    auto *syncNote = new QLabel(tr("A refresh with no changes costs one small request per list."), sync);
    syncNote->setWordWrap(true);
    sf->addRow(QString(), syncNote);

    auto *print = new QGroupBox(tr("Invoices and documents"), this);
    auto *pf = new QFormLayout(print);
    m_paper->setObjectName(QStringLiteral("settingsPaper"));
    m_paper->setAccessibleName(tr("Paper size"));
    const bool letter = InvoicePdfRenderer::defaultPageSize() == QPageSize::Letter;
    m_paper->addItem(tr("Automatic (%1 for your region)").arg(letter ? tr("US Letter") : tr("A4")),
                     QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    pf->addRow(tr("Paper size"), m_paper);

    auto *notes = new QGroupBox(tr("Notifications"), this);
    auto *nl = new QVBoxLayout(notes);
    m_notifications->setObjectName(QStringLiteral("settingsNotifications"));
    nl->addWidget(m_notifications);

    auto *about = new QGroupBox(tr("About"), this);
    auto *al = new QVBoxLayout(about);
    m_dataLocation->setObjectName(QStringLiteral("settingsDataLocation"));
    m_dataLocation->setWordWrap(true);
    m_dataLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    al->addWidget(m_dataLocation);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sync);
    layout->addWidget(print);
    layout->addWidget(notes);
    layout->addWidget(about);
    layout->addStretch();

    connect(m_refresh, &QComboBox::activated, this, [this] {
        const int seconds = m_refresh->currentData().toInt();
        m_context.settings().setValue(refreshKey(), seconds);
        if (SyncEngine *engine = m_context.syncEngine())
            engine->setRefreshInterval(seconds);
    });
    connect(m_paper, &QComboBox::activated, this,
            [this] { m_context.settings().setValue(paperKey(), m_paper->currentData().toString()); });
    connect(m_notifications, &QCheckBox::toggled, this,
            [this](bool on) { m_context.settings().setValue(notificationsKey(), on); });
    connect(&context, &ConsoleContext::cacheReady, this, &SettingsPane::load);
    load();
}

QString SettingsPane::id() const
{
    return QStringLiteral("settings");
}

QString SettingsPane::title() const
{
    return tr("Settings");
}

void SettingsPane::activated()
{
    load();
}

void SettingsPane::load()
{
    const QSettings &s = m_context.settings();
    const int refresh = s.value(refreshKey(), 60).toInt();
    const int r = m_refresh->findData(refresh);
    m_refresh->setCurrentIndex(r >= 0 ? r : m_refresh->findData(60));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(s.value(paperKey()).toString())));
    m_notifications->setChecked(s.value(notificationsKey(), true).toBool());
    const cache::SqlCache *cache = m_context.cache();
    m_dataLocation->setText(
        tr("SimuWave Partner Console %1\nOffline data of this profile: %2")
            .arg(QCoreApplication::applicationVersion(), cache ? cache->path() : tr("no profile is open")));
}

} // namespace simuwave
