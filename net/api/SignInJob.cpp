#include "api/SignInJob.h"

#include <QUuid>

namespace simuwave {

SignInJob::SignInJob(ApiClient *client, const QString &email, const QString &password,
                     const QString &totpCode, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("POST"), QStringLiteral("auth/sessions"), parent)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!totpCode.isEmpty())
        body.insert(QStringLiteral("totp_code"), totpCode);
    setJsonBody(body);
    // A sign-in retried after a timeout must not open a second session.
    setIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

bool SignInJob::decode(const QByteArray &body, QString *why)
{
    if (!ApiJob::decode(body, why))
        return false;
    const QJsonObject object = json();
    m_token = object.value(QLatin1String("token")).toString();
    m_expiresAt = QDateTime::fromString(object.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    m_user = object.value(QLatin1String("user")).toObject();
    if (m_token.isEmpty()) {
        if (why)
            *why = tr("the session has no token");
        return false;
    }
    if (!m_expiresAt.isValid()) {
        if (why)
            *why = tr("the session has no valid expires_at");
        return false;
    }
    return true;
}

} // namespace simuwave
