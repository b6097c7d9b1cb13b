#pragma once
#include "api/ApiJob.h"

#include <QDateTime>

namespace simuwave {

// POST auth/sessions {email, password, totp_code}: a bearer session token for 8 hours. The password
// lives only in this job's request body. A user with 2FA who sent no code gets 401 "totp_required".
class SignInJob : public ApiJob
{
    Q_OBJECT
public:
    SignInJob(ApiClient *client, const QString &email, const QString &password, const QString &totpCode = {},
              QObject *parent = nullptr);

    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QJsonObject user() const { return m_user; }

protected:
    bool decode(const QByteArray &body, QString *why) override;

private:
    QString m_token;
    QDateTime m_expiresAt;
    QJsonObject m_user;
};

} // namespace simuwave
