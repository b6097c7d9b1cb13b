#pragma once
#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace simuwave {

// The status bar of the main window: which profile is signed in and with what role, whether the console
// reaches the server, when it last synced, sync progress and how many local changes still wait to be sent.
// The sync engine and credentials code (later issues) drive it through these setters only.
class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    enum class Connection
    {
        NotConnected,
        Connecting,
        Online,
        Offline
    };

    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    // An empty name shows "No profile".
    void setProfile(const QString &name);
    // Partner Users and support staff get a "Read-only" badge.
    void setReadOnly(bool readOnly);
    void setConnection(Connection state);
    // An invalid time shows "Never synced".
    void setLastSync(const QDateTime &when);
    // Shows the progress bar; maximum 0 means "busy, size unknown".
    void setSyncProgress(int value, int maximum);
    // Hides the progress bar.
    void setSyncIdle();
    void setPendingChanges(int count);
    // Where the console talks to, e.g. the demo sandbox URL. Empty hides it.
    void setServer(const QString &text);

    QString profileText() const;
    bool isReadOnlyBadgeShown() const;
    QString connectionText() const;
    QString lastSyncText() const;
    QString pendingText() const;
    QString serverText() const;
    bool isSyncProgressShown() const;

Q_SIGNALS:
    // The pending-changes count was clicked (or activated with Enter/Space): show the list.
    void pendingChangesActivated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addField(const QString &objectName);

    QLabel *m_server;
    QLabel *m_profile;
    QLabel *m_role;
    QLabel *m_connection;
    QLabel *m_pending;
    QProgressBar *m_progress;
    QLabel *m_lastSync;
    QDateTime m_lastSyncTime;
};

} // namespace simuwave
