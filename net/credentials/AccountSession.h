#pragma once
#include "api/ApiError.h"
#include "credentials/ProfileStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace simuwave {

class ApiClient;
class SecretStore;

// Who the console is signed in as, for the active profile: loads the stored credential into the
// ApiClient, signs in (email + password + TOTP) or takes an API key, keeps /me (role, scopes) fresh,
// and reacts to the client's 401 and 403. Works offline: a stored credential means "signed in" until
// the server says otherwise. The password is never kept; the token or key goes to the SecretStore.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoProfile,   // nothing activated yet
        Loading,     // reading the keychain
        NeedsSignIn, // no usable credential; message() says why
        SigningIn,   // a sign-in or key check is under way
        SignedIn,    // the client carries a credential
    };
    Q_ENUM(State)

    AccountSession(ApiClient *client, SecretStore *secrets, QObject *parent = nullptr);

    // Points the client at the profile's server and loads its stored credential.
    void activate(const Profile &profile);
    // Password profiles: signs in with the profile's email.
    void signIn(const QString &password, const QString &totpCode = {});
    // API key profiles: checks the key with GET /me, then stores it.
    void useApiKey(const QString &apiKey);
    // Revokes the session on the server (best effort) and forgets the stored credential.
    void signOut();
    // GET /me: role, scopes, tenant scope.
    void refreshMe();

    State state() const { return m_state; }
    Profile profile() const { return m_profile; }
    // Translated reason when state() is NeedsSignIn (expired session, rejected key, wrong code...).
    QString message() const { return m_message; }
    // The last sign-in failed because the user has 2FA and sent no (or a wrong) code.
    bool totpRequired() const { return m_totpRequired; }
    QDateTime sessionExpiresAt() const { return m_expiresAt; }

    QJsonObject me() const { return m_me; }
    QString role() const; // "partner_admin", "partner_user", or empty for an API key
    QStringList scopes() const;
    // False for the read-only role or a key without any write scope: the UI disables edits.
    bool canWrite() const;

Q_SIGNALS:
    void stateChanged(simuwave::AccountSession::State state);
    void meChanged();
    void signInFailed(const simuwave::ApiError &error);

private:
    void setState(State state, const QString &message = {});
    void useCredential(const QString &secret);
    void storeCredential(const QString &secret);
    void forgetCredential();
    void onUnauthorized(const ApiError &error);
    void onForbidden(const ApiError &error);
    QString credentialKey() const;

    QPointer<ApiClient> m_client;
    QPointer<SecretStore> m_secrets;
    Profile m_profile;
    State m_state = State::NoProfile;
    QString m_message;
    bool m_totpRequired = false;
    QDateTime m_expiresAt;
    QJsonObject m_me;
    QString m_credential;     // in memory while signed in, as the client needs it anyway
    quint64 m_generation = 0; // answers for a profile that is no longer active are dropped
    bool m_meInFlight = false;
};

} // namespace simuwave
