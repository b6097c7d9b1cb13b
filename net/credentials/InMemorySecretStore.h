#pragma once
#include "credentials/SecretStore.h"

namespace simuwave {

// A keychain in memory, for unit tests of everything that needs credentials. Its behaviour can be
// set to stand in for a keychain that is missing or that never answers.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    enum class Behaviour
    {
        Available,
        Unavailable,
        Hang
    };

    explicit InMemorySecretStore(QObject *parent = nullptr);

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    // What "the keychain" holds, bypassing the plausibility check (to plant a corrupt token).
    void setStoredValue(const QString &key, const QString &value) { m_values.insert(key, value); }
    bool hasStoredValue(const QString &key) const { return m_values.contains(key); }
    QString storedValue(const QString &key) const { return m_values.value(key); }

protected:
    void startBackend(SecretJob *job) override;

private:
    Behaviour m_behaviour = Behaviour::Available;
    QHash<QString, QString> m_values;
};

} // namespace simuwave
