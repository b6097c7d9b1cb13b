#include "credentials/InMemorySecretStore.h"

namespace simuwave {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void InMemorySecretStore::startBackend(SecretJob *job)
{
    if (m_behaviour == Behaviour::Hang)
        return; // never answers: the job's timeout has to cope
    const QPointer<SecretJob> guard(job);
    // Answer on the next event loop turn, as a real keychain would.
    QTimer::singleShot(0, this, [this, guard] {
        if (!guard)
            return;
        if (m_behaviour == Behaviour::Unavailable) {
            guard->backendFinished(SecretJob::BackendResult::Unavailable, {},
                                   QStringLiteral("in-memory store disabled"));
            return;
        }
        switch (guard->operation()) {
        case SecretJob::Operation::Read: {
            const auto it = m_values.constFind(guard->key());
            if (it == m_values.cend())
                guard->backendFinished(SecretJob::BackendResult::NotFound);
            else
                guard->backendFinished(SecretJob::BackendResult::Ok, *it);
            break;
        }
        case SecretJob::Operation::Write:
            m_values.insert(guard->key(), inputOf(guard));
            guard->backendFinished(SecretJob::BackendResult::Ok);
            break;
        case SecretJob::Operation::Delete:
            guard->backendFinished(m_values.remove(guard->key()) ? SecretJob::BackendResult::Ok
                                                                 : SecretJob::BackendResult::NotFound);
            break;
        }
    });
}

} // namespace simuwave
