#pragma once
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace simuwave {

// An account profile: where to connect and how to sign in. It has no field for a secret on
// purpose: tokens and API keys go to the SecretStore under SecretStore::profileKey(id).
struct Profile
{
    enum class AuthKind
    {
        Password,
        ApiKey
    }; // email + password (+ TOTP code at sign-in), or an API key

    QString id; // stable, assigned by ProfileStore::save(); names the cache file and the keychain key
    QString name;
    QUrl serverUrl;
    AuthKind authKind = AuthKind::Password;
    QString email; // for AuthKind::Password

    static QString authKindName(AuthKind kind);
    static std::optional<AuthKind> authKindFromName(const QString &name);
};

// Profiles in QSettings (group "profiles/<id>"), plus which one is current. Never stores a secret.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned and must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const;

    // Checks the profile; on success assigns an id to a new one and stores it. On failure returns
    // false with the offending field ("name", "server_url", "email") and a translated message.
    bool save(Profile *profile, QString *field = nullptr, QString *message = nullptr);
    void remove(const QString &id);

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    // A new profile with the defaults: the production server and email + password sign-in.
    static Profile newProfile();
    // The local demo sandbox ("one click away"): loopback URL, admin API key sign-in.
    static Profile sandboxProfile(const QUrl &sandboxUrl);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};

} // namespace simuwave
