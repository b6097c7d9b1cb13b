#pragma once
#include "credentials/SecretStore.h"

namespace simuwave {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service "SimuWave Partner Console", one key per profile. QtKeychain's plain
// text fallback stays off: without a keychain the base class keeps secrets for the session only.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    static QString defaultService();
    QString service() const { return m_service; }

protected:
    void startBackend(SecretJob *job) override;

private:
    QString m_service;
};

} // namespace simuwave
