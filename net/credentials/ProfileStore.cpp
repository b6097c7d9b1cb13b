#include "credentials/ProfileStore.h"

#include "api/ApiClient.h"
#include "api/ApiConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace simuwave {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("current_profile");

bool plausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

} // namespace

QString Profile::authKindName(AuthKind kind)
{
    return kind == AuthKind::ApiKey ? QStringLiteral("api_key") : QStringLiteral("password");
}

std::optional<Profile::AuthKind> Profile::authKindFromName(const QString &name)
{
    if (name == QLatin1String("password"))
        return AuthKind::Password;
    if (name == QLatin1String("api_key"))
        return AuthKind::ApiKey;
    return std::nullopt;
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    Profile p;
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.serverUrl = QUrl(m_settings->value(QStringLiteral("server_url")).toString());
    const auto kind = Profile::authKindFromName(m_settings->value(QStringLiteral("auth_kind")).toString());
    p.email = m_settings->value(QStringLiteral("email")).toString();
    m_settings->endGroup();
    // A hand-edited or half-written entry is skipped rather than half-used.
    if (p.name.isEmpty() || !p.serverUrl.isValid() || !kind)
        return std::nullopt;
    p.authKind = *kind;
    return p;
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::save(Profile *profile, QString *field, QString *message)
{
    const auto fail = [&](const QString &f, const QString &m) {
        if (field)
            *field = f;
        if (message)
            *message = m;
        return false;
    };
    const QString name = profile->name.trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("name"), tr("Enter a name for the profile."));
    if (name.size() > 100)
        return fail(QStringLiteral("name"), tr("The profile name is longer than 100 characters."));
    if (const auto other = profileByName(name); other && other->id != profile->id)
        return fail(QStringLiteral("name"), tr("A profile named \"%1\" already exists.").arg(name));
    const ApiError urlCheck = ApiClient::checkUrl(profile->serverUrl);
    if (urlCheck.isError())
        return fail(QStringLiteral("server_url"), urlCheck.message);
    const QString email = profile->email.trimmed();
    if (profile->authKind == Profile::AuthKind::Password && !plausibleEmail(email))
        return fail(QStringLiteral("email"),
                    tr("Enter the email address you sign in with (name@example.com)."));

    if (profile->id.isEmpty())
        profile->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile->name = name;
    profile->email = email;

    m_settings->beginGroup(kGroup + QLatin1Char('/') + profile->id);
    m_settings->setValue(QStringLiteral("name"), profile->name);
    m_settings->setValue(QStringLiteral("server_url"), profile->serverUrl.toString());
    m_settings->setValue(QStringLiteral("auth_kind"), Profile::authKindName(profile->authKind));
    m_settings->setValue(QStringLiteral("email"), profile->email);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
    return true;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        m_settings->remove(kCurrent);
    m_settings->sync();
    Q_EMIT changed();
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(kCurrent).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(kCurrent, id);
    m_settings->sync();
    Q_EMIT changed();
}

Profile ProfileStore::newProfile()
{
    Profile p;
    p.serverUrl = ApiConfig::defaultBaseUrl();
    return p;
}

Profile ProfileStore::sandboxProfile(const QUrl &sandboxUrl)
{
    Profile p;
    p.name = tr("Local demo sandbox");
    p.serverUrl = sandboxUrl;
    p.authKind = Profile::AuthKind::ApiKey;
    return p;
}

} // namespace simuwave
