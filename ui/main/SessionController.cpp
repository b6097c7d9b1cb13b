#include "main/SessionController.h"

#include "api/ApiClient.h"
#include "cache/CacheTypes.h"
#include "cache/OutboxStore.h"
#include "cache/SqlCache.h"
#include "credentials/SecretStore.h"
#include "main/ConsoleContext.h"
#include "main/ConsoleStatusBar.h"
#include "main/DemoSandbox.h"
#include "main/MainWindow.h"
#include "main/PendingChangesDialog.h"
#include "main/UiLogging.h"
#include "signin/SignInDialog.h"
#include "sync/SyncEngine.h"
#include "write/WriteQueue.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

namespace simuwave {

SessionController::SessionController(QSettings *settings, SecretStore *secrets, MainWindow *window,
                                     ConsoleContext *context, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window)
    , m_context(context)
    , m_options(options)
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_client(std::make_unique<ApiClient>())
    , m_account(std::make_unique<AccountSession>(m_client.get(), secrets))
    , m_sync(std::make_unique<SyncEngine>(options.sync))
{
    m_context->setApi(m_client.get());
    m_context->setSyncEngine(m_sync.get());
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    connect(m_account.get(), &AccountSession::stateChanged, this, &SessionController::onStateChanged);
    connect(m_account.get(), &AccountSession::signInFailed, this, &SessionController::onSignInFailed);
    connect(m_account.get(), &AccountSession::meChanged, this, &SessionController::updateRole);
    connect(secrets, &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        if (sessionOnly)
            m_window->showNotice(tr("This system has no working keychain: your sign-in is kept for this "
                                    "session only."));
    });

    connect(m_sync.get(), &SyncEngine::syncStarted, this, [status](bool) {
        status->setConnection(ConsoleStatusBar::Connection::Connecting);
        status->setSyncProgress(0, 0);
    });
    connect(m_sync.get(), &SyncEngine::progress, this, [status](const SyncProgress &p) {
        // The API gives no totals: the fraction of the updated_at range covered drives the bar. With lists
        // walked side by side it follows the one furthest behind, and the text names them all (one bar
        // jumping between two lists' fractions would say nothing).
        status->setSyncProgress(qBound(0, int(p.slowestFraction * 1000), 1000), 1000);
        QString text;
        if (p.listing.size() > 1) {
            QStringList names;
            for (cache::Resource r : p.listing)
                names << cache::resourceName(r);
            text = tr("Syncing %1: %2 records")
                       .arg(names.join(QLatin1String(", ")), QLocale().toString(p.totalDone));
        } else if (p.expected > 0) {
            text = tr("Syncing %1: %2 of %3")
                       .arg(cache::resourceName(p.resource), QLocale().toString(p.done),
                            QLocale().toString(p.expected));
        } else {
            text =
                tr("Syncing %1: %2 records").arg(cache::resourceName(p.resource), QLocale().toString(p.done));
        }
        status->showMessage(text);
    });
    connect(m_sync.get(), &SyncEngine::syncFinished, this, &SessionController::onSyncFinished);
    connect(m_sync.get(), &SyncEngine::offlineChanged, this, &SessionController::onOfflineChanged);
    connect(m_sync.get(), &SyncEngine::authenticationRequired, this,
            &SessionController::onAuthenticationRequired);
    connect(m_sync.get(), &SyncEngine::cacheOpened, this, [this](bool usable, const QString &message) {
        if (!message.isEmpty())
            m_window->showNotice(message);
        if (usable)
            openLocalStores(cachePathFor(m_options.dataDir, m_syncProfileId));
    });
    connect(status, &ConsoleStatusBar::pendingChangesActivated, this, &SessionController::showPendingChanges);
}

SessionController::~SessionController()
{
    // The worker thread first: it may still write the cache the UI connection reads.
    m_sync->stop();
    closeLocalStores();
    m_context->setSyncEngine(nullptr);
    m_context->setApi(nullptr);
    if (m_signIn)
        delete m_signIn.data();
    if (m_pending)
        delete m_pending.data();
}

QString SessionController::cachePathFor(const QString &dataDir, const QString &profileId)
{
    return QDir(dataDir).filePath(profileId + QStringLiteral("/cache.sqlite"));
}

void SessionController::start()
{
    const auto current = m_profiles->profile(m_profiles->currentProfileId());
    if (current) {
        activate(*current);
        return;
    }
    const QList<Profile> all = m_profiles->profiles();
    if (all.size() == 1) {
        activate(all.constFirst());
        return;
    }
    showSignIn();
}

void SessionController::showSignIn(const QString &message)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_window);
        connect(m_signIn, &SignInDialog::signInRequested, this, &SessionController::submit);
        connect(m_signIn, &SignInDialog::demoRequested, this, &SessionController::openDemoWorkspace);
    }
    if (!m_account->profile().id.isEmpty())
        m_signIn->setProfile(m_account->profile(), message);
    m_signIn->setBusy(false);
    m_signIn->open(); // no nested event loop
}

void SessionController::showPendingChanges()
{
    if (!m_pending)
        m_pending = new PendingChangesDialog(m_window);
    m_pending->setOutbox(m_outbox.get());
    m_pending->setWriteQueue(m_writeQueue.get());
    m_pending->show();
    m_pending->raise();
}

void SessionController::submit(const SignInRequest &request)
{
    Profile profile = request.profile;
    if (profile.id.isEmpty()) {
        // Same name = the same profile (e.g. signing in again after a failed first attempt).
        if (const auto existing = m_profiles->profileByName(profile.name))
            profile.id = existing->id;
    }
    QString field;
    QString message;
    if (!m_profiles->save(&profile, &field, &message)) {
        if (m_signIn)
            m_signIn->showError(message, field);
        else
            m_window->showNotice(message);
        return;
    }
    m_profiles->setCurrentProfileId(profile.id);
    if (m_signIn)
        m_signIn->setBusy(true);
    m_pendingSignIn = std::make_unique<SignInRequest>(request);
    m_pendingSignIn->profile = profile;
    const Profile active = m_account->profile();
    const bool sameProfile = active.id == profile.id && active.serverUrl == profile.serverUrl &&
                             active.email == profile.email && active.authKind == profile.authKind &&
                             m_account->state() != AccountSession::State::Loading;
    if (sameProfile)
        onStateChanged(m_account->state()); // already active: sign in straight away
    else
        activate(profile);
}

void SessionController::activate(const Profile &profile)
{
    m_profiles->setCurrentProfileId(profile.id);
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    status->setProfile(profile.name);
    status->setReadOnly(false);
    status->setServer(profile.id == m_demoProfileId
                          ? tr("Demo workspace: %1").arg(profile.serverUrl.toString())
                          : profile.serverUrl.host());
    m_account->activate(profile);
}

void SessionController::onStateChanged(AccountSession::State state)
{
    using State = AccountSession::State;
    if (state == State::Loading || state == State::SigningIn || state == State::NoProfile)
        return;
    if (m_pendingSignIn) {
        // The user just typed credentials: use them even if an older token was found in the keychain.
        const SignInRequest request = *m_pendingSignIn;
        m_pendingSignIn.reset();
        if (request.profile.authKind == Profile::AuthKind::ApiKey)
            m_account->useApiKey(request.apiKey);
        else
            m_account->signIn(request.password, request.totpCode);
        return;
    }
    if (state == State::SignedIn) {
        onSignedIn();
        return;
    }
    // NeedsSignIn without anything typed: ask, prefilled for this profile.
    m_window->consoleStatusBar()->setConnection(ConsoleStatusBar::Connection::NotConnected);
    showSignIn(m_account->message());
}

void SessionController::onSignedIn()
{
    if (m_signIn) {
        m_signIn->setBusy(false);
        m_signIn->accept();
    }
    updateRole();
    const Profile profile = m_account->profile();
    const QString token = currentToken();
    if (m_syncProfileId == profile.id) {
        // Same profile after a 401: a paused run resumes from its committed cursor.
        m_sync->setCredentials(profile.serverUrl, token);
    } else {
        m_syncProfileId = profile.id;
        closeLocalStores();
        m_sync->start(cachePathFor(m_options.dataDir, profile.id), profile.serverUrl, token);
    }
    m_sync->syncNow();
}

QString SessionController::currentToken() const
{
    // The session put the credential into its client; read it back from there rather than keeping a copy.
    const QByteArray header =
        m_client->makeRequest(m_client->urlFor(QStringLiteral("me"))).rawHeader("Authorization");
    static const QByteArray prefix("Bearer ");
    return header.startsWith(prefix) ? QString::fromLatin1(header.mid(prefix.size())) : QString();
}

void SessionController::onSignInFailed(const ApiError &error)
{
    QString field;
    if (m_account->totpRequired())
        field = QStringLiteral("totp_code");
    else if (!error.fields.isEmpty())
        field = error.fields.firstKey();
    if (m_signIn && m_signIn->isVisible()) {
        m_signIn->setBusy(false);
        m_signIn->showError(error.displayText(), field);
    } else {
        showSignIn(error.displayText());
    }
}

void SessionController::onAuthenticationRequired(const QString &message)
{
    m_window->consoleStatusBar()->setConnection(ConsoleStatusBar::Connection::NotConnected);
    if (isDemoProfile() && m_demo && m_demo->isRunning()) {
        onDemoReady(); // the demo knows its own password
        return;
    }
    // Nothing is lost: the sync is paused at its cursor and the cache stays readable.
    showSignIn(message.isEmpty() ? tr("Your session has ended. Sign in again to continue.") : message);
}

bool SessionController::isDemoProfile() const
{
    return !m_demoProfileId.isEmpty() && m_account->profile().id == m_demoProfileId;
}

void SessionController::openDemoWorkspace()
{
    if (m_demo && m_demo->isRunning() && m_demo->url().isValid()) {
        onDemoReady();
        return;
    }
    if (m_options.sandboxExecutable.isEmpty()) {
        const QString message = tr("The demo workspace is not available: simuwave-sandbox was not found next "
                                   "to the console.");
        if (m_signIn && m_signIn->isVisible())
            m_signIn->showError(message);
        else
            m_window->showNotice(message);
        return;
    }
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    status->setServer(tr("Demo workspace: starting…"));
    status->setConnection(ConsoleStatusBar::Connection::Connecting);
    if (m_signIn)
        m_signIn->setBusy(true);
    m_demo = std::make_unique<DemoSandbox>();
    connect(m_demo.get(), &DemoSandbox::ready, this, &SessionController::onDemoReady);
    connect(m_demo.get(), &DemoSandbox::failed, this, [this, status](const QString &message) {
        status->setServer(QString());
        status->setConnection(ConsoleStatusBar::Connection::NotConnected);
        if (m_signIn && m_signIn->isVisible()) {
            m_signIn->setBusy(false);
            m_signIn->showError(message);
        } else {
            m_window->showNotice(message);
        }
    });
    connect(m_demo.get(), &DemoSandbox::stopped, this, [this, status](const QString &message) {
        status->setServer(tr("Demo workspace: stopped"));
        m_window->showNotice(message);
        m_sync->syncNow(); // finds the server gone: the offline banner with the last sync time
    });
    m_demo->start(m_options.sandboxExecutable,
                  QDir(m_options.dataDir).filePath(QStringLiteral("demo-sandbox")));
}

void SessionController::onDemoReady()
{
    // The sandbox's start-up line holds the demo accounts; the password goes from there to the sign-in
    // request and no further (the session stores only the resulting token, in the SecretStore).
    const QJsonObject info = m_demo->info();
    Profile profile = ProfileStore::sandboxProfile(m_demo->url());
    if (const auto existing = m_profiles->profileByName(profile.name))
        profile.id = existing->id;
    profile.authKind = Profile::AuthKind::Password;
    profile.email = info.value(QLatin1String("admin_email")).toString();
    SignInRequest request;
    request.profile = profile;
    request.password = info.value(QLatin1String("admin_password")).toString();
    QString field;
    QString message;
    if (!m_profiles->save(&request.profile, &field, &message)) {
        m_window->showNotice(message);
        return;
    }
    m_demoProfileId = request.profile.id;
    submit(request);
}

void SessionController::onSyncFinished(const SyncSummary &summary)
{
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    status->setSyncIdle();
    status->clearMessage();
    if (summary.ok) {
        status->setConnection(ConsoleStatusBar::Connection::Online);
        status->setLastSync(summary.finishedAt.isValid() ? summary.finishedAt : m_sync->lastSyncedAt());
        if (m_window->noticeText().startsWith(tr("Offline")))
            m_window->showNotice(QString());
        return;
    }
    if (m_sync->isOffline() || m_sync->needsAuthentication())
        return; // the offline banner or the sign-in dialog says it better
    QString text = summary.message.isEmpty() ? summary.error.displayText() : summary.message;
    if (!summary.error.requestId.isEmpty() && !text.contains(summary.error.requestId))
        text = tr("%1 (request %2)").arg(text, summary.error.requestId);
    m_window->showNotice(tr("Sync failed: %1").arg(text));
}

void SessionController::onOfflineChanged(bool offline, const QDateTime &lastSyncedAt)
{
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    if (!offline) {
        status->setConnection(ConsoleStatusBar::Connection::Online);
        if (m_window->noticeText().startsWith(tr("Offline")))
            m_window->showNotice(QString());
        return;
    }
    status->setConnection(ConsoleStatusBar::Connection::Offline);
    status->setSyncIdle();
    const QDateTime last = lastSyncedAt.isValid() ? lastSyncedAt : m_sync->lastSyncedAt();
    if (last.isValid())
        status->setLastSync(last);
    const QString when =
        last.isValid() ? QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat) : tr("never");
    // Everything stays readable from the cache; edits wait in the outbox.
    m_window->showNotice(tr("Offline — last synced %1").arg(when));
}

void SessionController::openLocalStores(const QString &cachePath)
{
    if (!m_cache) {
        m_cache = std::make_unique<SqlCache>();
        const cache::CacheOpenReport report = m_cache->open(cachePath);
        if (!report.message.isEmpty())
            m_window->showNotice(report.message);
    }
    if (!m_outbox) {
        m_outbox = std::make_unique<OutboxStore>();
        QString error;
        if (!m_outbox->open(SqlCache::outboxPathFor(cachePath), &error)) {
            m_window->showNotice(error);
            m_outbox.reset();
        } else {
            connect(m_outbox.get(), &OutboxStore::changed, this, &SessionController::updatePending);
        }
    }
    if (!m_writeQueue && m_outbox) {
        m_writeQueue =
            std::make_unique<WriteQueue>(m_client.get(), m_cache.get(), m_outbox.get(), m_account.get());
        m_writeQueue->setOnline(!m_sync->isOffline());
        connect(m_sync.get(), &SyncEngine::offlineChanged, m_writeQueue.get(),
                [queue = m_writeQueue.get()](bool offline) { queue->setOnline(!offline); });
        connect(m_writeQueue.get(), &WriteQueue::permissionDenied, this,
                [this](const QString &message) { m_window->showNotice(message); });
        connect(m_writeQueue.get(), &WriteQueue::roleChanged, this, &SessionController::updateRole);
    }
    updatePending();
    if (m_pending) {
        m_pending->setOutbox(m_outbox.get());
        m_pending->setWriteQueue(m_writeQueue.get());
    }
    m_context->setWriteQueue(m_writeQueue.get());
    updateRole();
    m_context->setCache(m_cache.get());
    Q_EMIT cacheReady();
}

void SessionController::closeLocalStores()
{
    // Panes drop their models first (cacheClosing), then the stores go.
    m_context->setCache(nullptr);
    m_context->setWriteQueue(nullptr);
    m_writeQueue.reset();
    m_cache.reset();
    m_outbox.reset();
}

void SessionController::updatePending()
{
    m_window->consoleStatusBar()->setPendingChanges(m_outbox ? m_outbox->count() : 0);
}

void SessionController::updateRole()
{
    const bool signedIn = m_account->state() == AccountSession::State::SignedIn;
    const bool readOnly = signedIn && !m_account->me().isEmpty() &&
                          (m_account->role() == QLatin1String("partner_user") || !m_account->canWrite());
    m_window->consoleStatusBar()->setReadOnly(readOnly);
    QString reason;
    if (!signedIn)
        reason = tr("Sign in to make changes.");
    else if (readOnly)
        reason = tr("Read-only: your role (%1) cannot make changes.")
                     .arg(m_account->role().isEmpty() ? tr("API key without write scopes")
                          : m_account->role() == QLatin1String("partner_user") ? tr("Partner User")
                                                                               : m_account->role());
    m_context->setWriteAccess(signedIn && !readOnly, reason);
}

} // namespace simuwave
