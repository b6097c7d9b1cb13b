#include "main/ConsoleStatusBar.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>

namespace simuwave {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_server(addField(QStringLiteral("statusServer")))
    , m_profile(addField(QStringLiteral("statusProfile")))
    , m_role(addField(QStringLiteral("statusRole")))
    , m_connection(addField(QStringLiteral("statusConnection")))
    , m_pending(addField(QStringLiteral("statusPending")))
    , m_progress(new QProgressBar(this))
    , m_lastSync(addField(QStringLiteral("statusLastSync")))
{
    setObjectName(QStringLiteral("consoleStatusBar"));
    setSizeGripEnabled(false);

    // The badge is drawn with the accent colour so it stands out the same way in light and dark palettes.
    m_role->setText(tr("Read-only"));
    m_role->setToolTip(tr("This profile can view everything but change nothing."));
    m_role->setStyleSheet(
        QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                       " border-radius: 7px; padding: 1px 8px; font-weight: bold; }"));
    m_role->hide();

    m_progress->setObjectName(QStringLiteral("statusSyncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    insertPermanentWidget(5, m_progress);
    m_progress->hide();

    // The count opens the list of pending changes: clickable, and reachable with the keyboard.
    m_pending->setCursor(Qt::PointingHandCursor);
    m_pending->setFocusPolicy(Qt::TabFocus);
    m_pending->setToolTip(tr("Show the changes waiting to be sent"));
    m_pending->installEventFilter(this);

    m_server->hide();
    setProfile(QString());
    setConnection(Connection::NotConnected);
    setPendingChanges(0);
    setLastSync(QDateTime());
}

QLabel *ConsoleStatusBar::addField(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void ConsoleStatusBar::setProfile(const QString &name)
{
    m_profile->setText(name.isEmpty() ? tr("No profile") : tr("Profile: %1").arg(name));
}

void ConsoleStatusBar::setReadOnly(bool readOnly)
{
    m_role->setVisible(readOnly);
}

void ConsoleStatusBar::setConnection(Connection state)
{
    QString text;
    QColor dot;
    switch (state) {
    case Connection::NotConnected:
        text = tr("Not connected");
        dot = QColor(0x9c, 0xa3, 0xaf);
        break;
    case Connection::Connecting:
        text = tr("Connecting…");
        dot = QColor(0xea, 0xb3, 0x08);
        break;
    case Connection::Online:
        text = tr("Online");
        dot = QColor(0x16, 0xa3, 0x4a);
        break;
    case Connection::Offline:
        text = tr("Offline");
        dot = QColor(0xdc, 0x26, 0x26);
        break;
    }
    m_connection->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(dot.name(), text.toHtmlEscaped()));
    m_connection->setAccessibleName(text);
}

void ConsoleStatusBar::setLastSync(const QDateTime &when)
{
    m_lastSyncTime = when;
    if (!when.isValid()) {
        m_lastSync->setText(tr("Never synced"));
        return;
    }
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const bool today = local.date() == QDate::currentDate();
    m_lastSync->setText(tr("Last sync: %1")
                            .arg(today ? locale.toString(local.time(), QLocale::ShortFormat)
                                       : locale.toString(local, QLocale::ShortFormat)));
    m_lastSync->setToolTip(locale.toString(local, QLocale::LongFormat));
}

void ConsoleStatusBar::setSyncProgress(int value, int maximum)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progress->show();
}

void ConsoleStatusBar::setSyncIdle()
{
    m_progress->hide();
}

void ConsoleStatusBar::setPendingChanges(int count)
{
    m_pending->setText(count <= 0 ? tr("No pending changes") : tr("%n pending change(s)", nullptr, count));
}

void ConsoleStatusBar::setServer(const QString &text)
{
    m_server->setText(text);
    m_server->setVisible(!text.isEmpty());
}

bool ConsoleStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pending) {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            Q_EMIT pendingChangesActivated();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
                Q_EMIT pendingChangesActivated();
                return true;
            }
        }
    }
    return QStatusBar::eventFilter(watched, event);
}

QString ConsoleStatusBar::profileText() const
{
    return m_profile->text();
}

bool ConsoleStatusBar::isReadOnlyBadgeShown() const
{
    return !m_role->isHidden();
}

QString ConsoleStatusBar::connectionText() const
{
    return m_connection->accessibleName();
}

QString ConsoleStatusBar::lastSyncText() const
{
    return m_lastSync->text();
}

QString ConsoleStatusBar::pendingText() const
{
    return m_pending->text();
}

QString ConsoleStatusBar::serverText() const
{
    return m_server->text();
}

bool ConsoleStatusBar::isSyncProgressShown() const
{
    return !m_progress->isHidden();
}

} // namespace simuwave
