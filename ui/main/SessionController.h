#pragma once
#include "credentials/AccountSession.h"
#include "credentials/ProfileStore.h"
#include "main/PendingChangesDialog.h"
#include "signin/SignInDialog.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace simuwave::cache {
class OutboxStore;
class SqlCache;
} // namespace simuwave::cache

namespace simuwave {

using cache::OutboxStore;
using cache::SqlCache;

class ApiClient;
class ConsoleContext;
class DemoSandbox;
class MainWindow;
class SecretStore;
class SyncEngine;
class WriteQueue;

// Who is signed in and what the console shows about it: owns the account session, the active profile's
// cache and outbox, the sync engine and the demo sandbox, and drives the status bar, the notice bar and the
// sign-in dialog from their signals. The main window stays a host: it knows nothing of any of this.
class SessionController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;           // <dataDir>/<profile id>/cache.sqlite, <dataDir>/demo-sandbox
        QString sandboxExecutable; // bin/simuwave-sandbox; empty = the demo workspace is unavailable
        SyncOptions sync;
    };

    // settings, secrets, window and context are not owned and must outlive the controller. The controller
    // keeps `context` (what panes see) up to date: cache, write queue, API, role, online state.
    SessionController(QSettings *settings, SecretStore *secrets, MainWindow *window, ConsoleContext *context,
                      const Options &options, QObject *parent = nullptr);
    ~SessionController() override;

    // Activates the current profile, or shows the sign-in dialog when there is none.
    void start();
    // Starts the bundled sandbox with the demo seed and signs in as its admin; then syncs.
    void openDemoWorkspace();
    // Shows the sign-in dialog (prefilled with the active profile when there is one).
    void showSignIn(const QString &message = {});
    void showPendingChanges();

    ProfileStore *profiles() const { return m_profiles.get(); }
    AccountSession *account() const { return m_account.get(); }
    SyncEngine *syncEngine() const { return m_sync.get(); }
    // The UI thread's read connection to the active profile's cache (null before the first activation).
    SqlCache *cache() const { return m_cache.get(); }
    OutboxStore *outbox() const { return m_outbox.get(); }
    WriteQueue *writeQueue() const { return m_writeQueue.get(); }
    DemoSandbox *demoSandbox() const { return m_demo.get(); }
    SignInDialog *signInDialog() const { return m_signIn; }
    PendingChangesDialog *pendingChangesDialog() const { return m_pending; }

    static QString cachePathFor(const QString &dataDir, const QString &profileId);

Q_SIGNALS:
    // The active profile's cache is open on the UI thread (panes can read it).
    void cacheReady();

private:
    void submit(const SignInRequest &request);
    void activate(const Profile &profile);
    void onStateChanged(AccountSession::State state);
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void onAuthenticationRequired(const QString &message);
    void onDemoReady();
    void onSyncFinished(const SyncSummary &summary);
    void onOfflineChanged(bool offline, const QDateTime &lastSyncedAt);
    void openLocalStores(const QString &cachePath);
    void closeLocalStores();
    void updatePending();
    void updateRole();
    QString currentToken() const;
    bool isDemoProfile() const;

    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    MainWindow *m_window;
    ConsoleContext *m_context;
    Options m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<SqlCache> m_cache;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<WriteQueue> m_writeQueue;
    std::unique_ptr<DemoSandbox> m_demo;
    QPointer<SignInDialog> m_signIn;
    QPointer<PendingChangesDialog> m_pending;

    // Credentials typed a moment ago, used once the profile is active; cleared right after.
    std::unique_ptr<SignInRequest> m_pendingSignIn;
    QString m_syncProfileId; // the profile the sync engine works for
    QString m_demoProfileId;
};

} // namespace simuwave
