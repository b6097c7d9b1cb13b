#include "credentials/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace simuwave {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("SimuWave Partner Console");
}

void KeychainSecretStore::startBackend(SecretJob *job)
{
    QKeychain::Job *kj = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        kj = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(inputOf(job));
        kj = write;
        break;
    }
    case SecretJob::Operation::Delete:
        kj = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent and auto-delete: the backend (libsecret) keeps a raw pointer to the job until it
    // answers, so a job that outlived our timeout must live on until then rather than be deleted.
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false);
    kj->setKey(job->key());
    const QPointer<SecretJob> guard(job);
    connect(kj, &QKeychain::Job::finished, this, [guard](QKeychain::Job *done) {
        if (!guard)
            return;
        switch (done->error()) {
        case QKeychain::NoError: {
            QString data;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                data = read->textData();
            guard->backendFinished(SecretJob::BackendResult::Ok, data);
            break;
        }
        case QKeychain::EntryNotFound:
            guard->backendFinished(SecretJob::BackendResult::NotFound);
            break;
        case QKeychain::CouldNotDeleteEntry:
            // Usually "nothing to delete"; a real failure shows up as unavailable on the next job.
            if (guard->operation() == SecretJob::Operation::Delete) {
                guard->backendFinished(SecretJob::BackendResult::NotFound);
                break;
            }
            [[fallthrough]];
        default:
            // Locked or refused keyring, no Secret Service, no session bus: all mean "not usable now".
            guard->backendFinished(SecretJob::BackendResult::Unavailable, {}, done->errorString());
            break;
        }
    });
    kj->start();
}

} // namespace simuwave
