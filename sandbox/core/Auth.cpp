#include "core/Auth.h"

#include "core/SandboxContext.h"
#include "core/Wire.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace simuwave::sandbox::auth {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

QStringList scopeGroups()
{
    return {QStringLiteral("tenants"),     QStringLiteral("phone_numbers"), QStringLiteral("extensions"),
            QStringLiteral("call_flows"),  QStringLiteral("queues"),        QStringLiteral("voicemail"),
            QStringLiteral("calls"),       QStringLiteral("billing"),       QStringLiteral("webhooks"),
            QStringLiteral("provisioning")};
}

QSet<QString> allScopes()
{
    QSet<QString> s;
    for (const QString &g : scopeGroups()) {
        s.insert(g + QStringLiteral(":read"));
        s.insert(g + QStringLiteral(":write"));
    }
    return s;
}

QSet<QString> readScopes()
{
    QSet<QString> s;
    for (const QString &g : scopeGroups())
        s.insert(g + QStringLiteral(":read"));
    return s;
}

bool isKnownScope(const QString &scope)
{
    return allScopes().contains(scope);
}

std::variant<Principal, ApiResponse> authenticate(SandboxContext &ctx, const QByteArray &authorization)
{
    if (authorization.isEmpty())
        return errors::unauthorized(QStringLiteral("missing_credentials"),
                                    tr("No credentials: send Authorization: Bearer <token or API key>."));
    if (!authorization.startsWith("Bearer ") || authorization.size() < 8)
        return errors::unauthorized(QStringLiteral("invalid_credentials"),
                                    tr("The Authorization header must use the Bearer scheme."));
    const QByteArray token = authorization.mid(7).trimmed();
    const QString hash = QString::fromLatin1(wire::sha256Hex(token));
    const qint64 now = ctx.nowMs();
    Principal p;
    QSqlQuery q(ctx.db());
    if (token.startsWith("sk_")) {
        if (!ctx.exec(
                q,
                QStringLiteral("SELECT id, scopes, tenant_ids, rate_limit_per_minute, status, expires_at "
                               "FROM api_keys WHERE key_hash = ? AND deleted = 0"),
                {hash}) ||
            !q.next())
            return errors::unauthorized(QStringLiteral("invalid_api_key"), tr("The API key is not valid."));
        const QString status = q.value(4).toString();
        const qint64 expiresAt = q.value(5).toLongLong();
        if (status == QLatin1String("REVOKED"))
            return errors::unauthorized(QStringLiteral("api_key_revoked"),
                                        tr("The API key has been revoked."));
        if (status == QLatin1String("EXPIRED") || (expiresAt > 0 && expiresAt <= now))
            return errors::unauthorized(QStringLiteral("api_key_expired"), tr("The API key has expired."));
        p.kind = Principal::Kind::ApiKey;
        p.keyId = q.value(0).toLongLong();
        for (const QString &s : q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            p.scopes.insert(s);
        for (const QString &t : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.tenantScope.append(t.toLongLong());
        p.rateLimitPerMinute = q.value(3).toInt();
        return p;
    }
    if (!ctx.exec(q,
                  QStringLiteral("SELECT s.id, s.user_id, s.expires_at, s.revoked_at, u.role, u.deleted "
                                 "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"),
                  {hash}) ||
        !q.next())
        return errors::unauthorized(QStringLiteral("invalid_token"), tr("The session token is not valid."));
    if (q.value(3).toLongLong() > 0 || q.value(5).toInt() != 0)
        return errors::unauthorized(QStringLiteral("session_revoked"),
                                    tr("The session has been signed out."));
    if (q.value(2).toLongLong() <= now)
        return errors::unauthorized(QStringLiteral("session_expired"),
                                    tr("The session has expired; sign in again."));
    p.kind = Principal::Kind::Session;
    p.sessionId = q.value(0).toLongLong();
    p.userId = q.value(1).toLongLong();
    p.role = q.value(4).toString();
    p.scopes = p.role == QLatin1String("partner_admin") ? allScopes() : readScopes();
    return p;
}

std::optional<ApiResponse> authorize(const Principal &p, const QString &scope, bool write)
{
    if (write && p.kind == Principal::Kind::Session && p.role != QLatin1String("partner_admin"))
        return errors::forbidden(tr("permission denied: your role is read-only"));
    if (scope.isEmpty())
        return std::nullopt;
    const bool ok =
        write ? p.hasScope(scope + QStringLiteral(":write"))
              : (p.hasScope(scope + QStringLiteral(":read")) || p.hasScope(scope + QStringLiteral(":write")));
    if (!ok)
        return errors::forbidden(
            tr("permission denied: this call needs the %1 scope")
                .arg(scope + (write ? QStringLiteral(":write") : QStringLiteral(":read"))));
    return std::nullopt;
}

QByteArray hashPassword(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 4096, 32);
}

QByteArray newSalt()
{
    return wire::randomToken(16);
}

static QByteArray base32Decode(const QByteArray &in)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (char c : in) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a';
        else if (c >= '2' && c <= '7')
            v = c - '2' + 26;
        else
            continue; // padding and separators
        buffer = (buffer << 5) | quint64(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString totpCode(const QByteArray &base32Secret, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray msg(8, 0);
    for (int i = 7, c = 0; i >= 0; --i, ++c)
        msg[i] = char((counter >> (8 * c)) & 0xff);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(msg, base32Decode(base32Secret), QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 bin = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                        (quint32(quint8(mac.at(offset + 1))) << 16) |
                        (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QString::number(bin % 1000000).rightJustified(6, QLatin1Char('0'));
}

bool verifyTotp(const QByteArray &base32Secret, const QString &code, qint64 unixSeconds)
{
    for (int step = -1; step <= 1; ++step)
        if (totpCode(base32Secret, unixSeconds + step * 30) == code)
            return true;
    return false;
}

QByteArray newSessionToken()
{
    return "sws_" + wire::randomToken(24);
}

QByteArray newApiKey()
{
    return "sk_test_" + wire::randomToken(20);
}

} // namespace simuwave::sandbox::auth
