#include "credentials/AccountSession.h"

#include "api/ApiClient.h"
#include "api/CommandJob.h"
#include "api/GetPageJob.h"
#include "api/SignInJob.h"
#include "credentials/SecretStore.h"

#include <QJsonArray>

namespace simuwave {

AccountSession::AccountSession(ApiClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
{
    connect(client, &ApiClient::unauthorized, this, &AccountSession::onUnauthorized);
    connect(client, &ApiClient::forbidden, this, &AccountSession::onForbidden);
}

QString AccountSession::credentialKey() const
{
    return SecretStore::profileKey(m_profile.id);
}

void AccountSession::setState(State state, const QString &message)
{
    m_message = message;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AccountSession::activate(const Profile &profile)
{
    ++m_generation;
    m_profile = profile;
    m_me = {};
    m_totpRequired = false;
    m_expiresAt = {};
    m_credential.clear();
    m_client->setBearerToken(QString());
    QString why;
    if (!m_client->setBaseUrl(profile.serverUrl, &why)) {
        setState(State::NeedsSignIn, why);
        return;
    }
    setState(State::Loading);
    SecretJob *job = m_secrets->readSecret(credentialKey());
    const quint64 generation = m_generation;
    connect(job, &SecretJob::finished, this, [this, generation](SecretJob *done) {
        if (generation != m_generation)
            return;
        if (done->status() == SecretJob::Status::Ok || done->status() == SecretJob::Status::SessionOnly) {
            // Signed in as far as we know: the panes work from the cache even when the server is
            // unreachable, and a 401 later says otherwise.
            useCredential(done->secret());
            setState(State::SignedIn);
            refreshMe();
        } else {
            setState(State::NeedsSignIn);
        }
    });
    job->start();
}

void AccountSession::useCredential(const QString &secret)
{
    m_credential = secret;
    m_client->setBearerToken(secret);
}

void AccountSession::storeCredential(const QString &secret)
{
    SecretJob *job = m_secrets->writeSecret(credentialKey(), secret);
    connect(job, &SecretJob::finished, this, [](SecretJob *done) {
        // SessionOnly is announced by the store itself (sessionOnlyChanged) for the banner.
        if (done->status() == SecretJob::Status::Failed)
            qCWarning(lcSecrets) << "could not store the credential:" << done->errorText();
    });
    job->start();
}

void AccountSession::forgetCredential()
{
    m_credential.clear();
    m_client->setBearerToken(QString());
    m_secrets->deleteSecret(credentialKey())->start();
}

void AccountSession::signIn(const QString &password, const QString &totpCode)
{
    if (m_profile.id.isEmpty() || m_profile.authKind != Profile::AuthKind::Password)
        return;
    setState(State::SigningIn);
    auto *job = new SignInJob(m_client, m_profile.email, password, totpCode, this);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!SecretStore::isPlausibleSecret(job->token())) {
            ApiError error;
            error.kind = ApiError::Kind::Contract;
            error.requestId = job->requestId();
            error.message = tr("The server answered the sign-in with a malformed token.");
            setState(State::NeedsSignIn, error.displayText());
            Q_EMIT signInFailed(error);
            return;
        }
        m_totpRequired = false;
        m_expiresAt = job->expiresAt();
        const QJsonObject user = job->user();
        m_me = QJsonObject{{QStringLiteral("auth_type"), QStringLiteral("session")},
                           {QStringLiteral("user"), user},
                           {QStringLiteral("role"), user.value(QLatin1String("role"))}};
        useCredential(job->token());
        storeCredential(job->token());
        setState(State::SignedIn);
        Q_EMIT meChanged();
        refreshMe(); // scopes and tenant scope
    });
    connect(job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_totpRequired =
            error.code == QLatin1String("totp_required") || error.code == QLatin1String("invalid_totp_code");
        setState(State::NeedsSignIn, error.displayText());
        Q_EMIT signInFailed(error);
    });
    job->start();
}

void AccountSession::useApiKey(const QString &apiKey)
{
    if (m_profile.id.isEmpty() || m_profile.authKind != Profile::AuthKind::ApiKey)
        return;
    const QString key = apiKey.trimmed();
    if (!SecretStore::isPlausibleSecret(key)) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = tr("Paste the whole API key (it starts with sk_ and has no spaces).");
        error.fields.insert(QStringLiteral("api_key"), error.message);
        setState(State::NeedsSignIn, error.message);
        Q_EMIT signInFailed(error);
        return;
    }
    setState(State::SigningIn);
    // Checked before it is adopted, so a mistyped key never replaces a working one.
    auto *job = new GetObjectJob(m_client, QStringLiteral("me"), this);
    job->setBearerOverride(key);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, key, generation] {
        if (generation != m_generation)
            return;
        m_me = job->json();
        useCredential(key);
        storeCredential(key);
        setState(State::SignedIn);
        Q_EMIT meChanged();
    });
    connect(job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        ApiError shown = error;
        if (error.kind == ApiError::Kind::Unauthorized)
            shown.message = tr("The server rejected this API key (unknown, revoked or expired).");
        setState(State::NeedsSignIn, shown.displayText());
        Q_EMIT signInFailed(shown);
    });
    job->start();
}

void AccountSession::signOut()
{
    if (m_profile.id.isEmpty())
        return;
    if (m_profile.authKind == Profile::AuthKind::Password && !m_credential.isEmpty()) {
        // Best effort: revoke the token on the server; locally it is gone at once either way.
        auto *job = new CommandJob(m_client, "DELETE", QStringLiteral("auth/sessions/current"), this);
        job->setBearerOverride(m_credential);
        job->setRetryPolicy(RetryPolicy::noRetry());
        job->start();
    }
    ++m_generation;
    forgetCredential();
    m_me = {};
    m_expiresAt = {};
    setState(State::NeedsSignIn, tr("Signed out."));
    Q_EMIT meChanged();
}

void AccountSession::refreshMe()
{
    if (m_meInFlight || m_state != State::SignedIn)
        return;
    m_meInFlight = true;
    auto *job = new GetObjectJob(m_client, QStringLiteral("me"), this);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        m_meInFlight = false;
        if (generation != m_generation)
            return;
        m_me = job->json();
        const QDateTime expires =
            QDateTime::fromString(m_me.value(QLatin1String("session_expires_at")).toString(), Qt::ISODate);
        if (expires.isValid())
            m_expiresAt = expires;
        Q_EMIT meChanged();
    });
    // Offline or a server error: keep what we know. A 401 arrives through onUnauthorized().
    connect(job, &ApiJob::failed, this, [this] { m_meInFlight = false; });
    job->start();
}

void AccountSession::onUnauthorized(const ApiError &error)
{
    // Sign-in and key checks report their own 401s; several jobs failing together count once.
    if (m_state != State::SignedIn)
        return;
    Q_UNUSED(error)
    ++m_generation;
    forgetCredential();
    m_me = {};
    setState(State::NeedsSignIn,
             m_profile.authKind == Profile::AuthKind::ApiKey
                 ? tr("The server no longer accepts this profile's API key (revoked or "
                      "expired). Enter a new key; nothing else was lost.")
                 : tr("Your session has expired or was revoked. Sign in again to continue; "
                      "nothing was lost."));
    Q_EMIT meChanged();
}

void AccountSession::onForbidden(const ApiError &)
{
    // The role or the key's scopes may have changed during the session: learn the new ones.
    refreshMe();
}

QString AccountSession::role() const
{
    return m_me.value(QLatin1String("role")).toString();
}

QStringList AccountSession::scopes() const
{
    QStringList result;
    const QJsonArray array = m_me.value(QLatin1String("scopes")).toArray();
    for (const QJsonValue &v : array)
        result << v.toString();
    return result;
}

bool AccountSession::canWrite() const
{
    const QString r = role();
    if (r == QLatin1String("partner_user"))
        return false;
    if (r == QLatin1String("partner_admin"))
        return true;
    if (m_me.value(QLatin1String("auth_type")).toString() == QLatin1String("api_key")) {
        const QStringList s = scopes();
        return std::any_of(s.cbegin(), s.cend(),
                           [](const QString &x) { return x.endsWith(QLatin1String(":write")); });
    }
    // Not known yet (offline start): allow, the server's 403 corrects it.
    return true;
}

} // namespace simuwave
