#include "credentials/SecretStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace simuwave {

Q_LOGGING_CATEGORY(lcSecrets, "simuwave.net.secrets")

namespace {} // namespace

SecretJob::SecretJob(SecretStore *store, Operation operation, const QString &key, const QString &secret)
    : m_store(store)
    , m_operation(operation)
    , m_key(key)
    , m_input(secret)
    , m_timeout(store->timeout())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SecretJob::onTimeout);
}

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_store) {
        QTimer::singleShot(0, this,
                           [this] { complete(Status::Failed, {}, tr("The secret store is gone.")); });
        return;
    }
    if (m_operation == Operation::Write && !SecretStore::isPlausibleSecret(m_input)) {
        QTimer::singleShot(0, this, [this] {
            complete(Status::Failed, {}, tr("Refusing to store an empty or malformed credential."));
        });
        return;
    }
    if (m_store->isSessionOnly()) {
        // Asynchronous even here, so callers see one behaviour whatever the backend.
        QTimer::singleShot(0, this, [this] {
            if (m_store)
                m_store->answerFromSession(this);
        });
        return;
    }
    m_timer.start(m_timeout);
    m_store->startBackend(this);
}

void SecretJob::backendFinished(BackendResult result, const QString &data, const QString &reason)
{
    if (m_finished)
        return; // the timeout already answered
    m_timer.stop();
    if (!m_store) {
        complete(Status::Failed, {}, tr("The secret store is gone."));
        return;
    }
    m_store->handleBackend(this, result, data, reason);
}

void SecretJob::onTimeout()
{
    if (m_finished)
        return;
    qCWarning(lcSecrets) << "keychain job for" << m_key << "did not finish within" << m_timeout.count()
                         << "ms";
    backendFinished(BackendResult::Unavailable, {},
                    tr("the keychain did not answer within %1 seconds").arg(m_timeout.count() / 1000.0));
}

void SecretJob::complete(Status status, const QString &secret, const QString &errorText)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_status = status;
    m_secret = secret;
    m_errorText = errorText;
    m_input.clear();
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::profileKey(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

bool SecretStore::isPlausibleSecret(const QString &secret)
{
    if (secret.isEmpty() || secret.size() > 8192)
        return false;
    return std::all_of(secret.cbegin(), secret.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

SecretJob *SecretStore::readSecret(const QString &key)
{
    return new SecretJob(this, SecretJob::Operation::Read, key, {});
}

SecretJob *SecretStore::writeSecret(const QString &key, const QString &secret)
{
    return new SecretJob(this, SecretJob::Operation::Write, key, secret);
}

SecretJob *SecretStore::deleteSecret(const QString &key)
{
    return new SecretJob(this, SecretJob::Operation::Delete, key, {});
}

QString SecretStore::sessionOnlyMessage() const
{
    if (!m_sessionOnly)
        return {};
    return tr("The system keychain is unavailable (%1). Your credentials are kept for this session only "
              "and you will have to sign in again next time.")
        .arg(m_reason);
}

void SecretStore::retryKeychain()
{
    if (!m_sessionOnly)
        return;
    m_sessionOnly = false;
    m_reason.clear();
    Q_EMIT sessionOnlyChanged(false);
}

void SecretStore::becomeSessionOnly(const QString &reason)
{
    m_reason = reason.isEmpty() ? tr("no keychain service") : reason;
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcSecrets) << "keychain unavailable, keeping secrets for this session only:" << m_reason;
    Q_EMIT sessionOnlyChanged(true);
}

void SecretStore::answerFromSession(SecretJob *job)
{
    switch (job->operation()) {
    case SecretJob::Operation::Read: {
        const auto it = m_sessionSecrets.constFind(job->key());
        if (it == m_sessionSecrets.cend())
            job->complete(SecretJob::Status::NotFound, {}, {});
        else
            job->complete(SecretJob::Status::SessionOnly, *it, {});
        break;
    }
    case SecretJob::Operation::Write:
        m_sessionSecrets.insert(job->key(), job->m_input);
        job->complete(SecretJob::Status::SessionOnly, {}, sessionOnlyMessage());
        break;
    case SecretJob::Operation::Delete:
        m_sessionSecrets.remove(job->key());
        job->complete(SecretJob::Status::SessionOnly, {}, sessionOnlyMessage());
        break;
    }
}

void SecretStore::handleBackend(SecretJob *job, SecretJob::BackendResult result, const QString &data,
                                const QString &reason)
{
    if (result == SecretJob::BackendResult::Unavailable) {
        becomeSessionOnly(reason);
        answerFromSession(job);
        return;
    }
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        if (result == SecretJob::BackendResult::Ok && isPlausibleSecret(data)) {
            job->complete(SecretJob::Status::Ok, data, {});
        } else {
            if (result == SecretJob::BackendResult::Ok)
                qCWarning(lcSecrets) << "the stored credential for" << job->key()
                                     << "is empty or corrupt; treating it as missing";
            // Kept in memory while the keychain was away and not written since.
            const auto it = m_sessionSecrets.constFind(job->key());
            if (it != m_sessionSecrets.cend())
                job->complete(SecretJob::Status::SessionOnly, *it, {});
            else
                job->complete(SecretJob::Status::NotFound, {}, {});
        }
        break;
    case SecretJob::Operation::Write:
        m_sessionSecrets.remove(job->key());
        job->complete(SecretJob::Status::Ok, {}, {});
        break;
    case SecretJob::Operation::Delete:
        m_sessionSecrets.remove(job->key());
        job->complete(SecretJob::Status::Ok, {}, {});
        break;
    }
}

} // namespace simuwave
