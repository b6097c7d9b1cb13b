#pragma once
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace simuwave {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

class SecretStore;

// One asynchronous keychain operation (Nextcloud-style keychain job). Create it with
// SecretStore::readSecret/writeSecret/deleteSecret, connect finished(), then start(). It always
// finishes: a backend that never answers is cut off by the timeout and counted as unavailable.
// Deletes itself after finished() unless setAutoDelete(false).
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    enum class Status
    {
        Ok,          // read: found in the keychain; write/delete: done in the keychain
        NotFound,    // read: nothing stored, or what was stored is empty or corrupt
        SessionOnly, // the keychain is unavailable: the secret lives in memory for this session only
        Failed,      // refused (e.g. writing an empty secret); errorText() says why
    };
    Q_ENUM(Status)

    ~SecretJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    Status status() const { return m_status; }
    // The secret read (Ok or SessionOnly). Never logged.
    QString secret() const { return m_secret; }
    QString errorText() const { return m_errorText; }
    bool isFinished() const { return m_finished; }

    // What a backend reports back to the store.
    enum class BackendResult
    {
        Ok,
        NotFound,
        Unavailable
    };
    // Called by the store's backend, possibly after the timeout (then ignored).
    void backendFinished(BackendResult result, const QString &data = {}, const QString &reason = {});

Q_SIGNALS:
    void finished(simuwave::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Operation operation, const QString &key, const QString &secret);
    void complete(Status status, const QString &secret, const QString &errorText);
    void onTimeout();

    QPointer<SecretStore> m_store;
    Operation m_operation;
    QString m_key;
    QString m_input; // the secret to write
    QString m_secret;
    QString m_errorText;
    Status m_status = Status::Failed;
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// Where session tokens and API keys live. The base class holds what every backend shares: the
// timeout on every job, the check that a stored secret is plausible (empty or corrupt = missing),
// and the session-only fallback: once the backend is unavailable (no Secret Service, locked or
// refused keyring, a job that hangs) secrets are kept in memory for this session only and
// sessionOnlyChanged() tells the UI to show a banner. Nothing is ever written in plain text.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static constexpr std::chrono::milliseconds defaultTimeout{10'000};
    // The keychain key of a profile's credential (its session token or its API key).
    static QString profileKey(const QString &profileId);
    // Tokens and API keys are printable ASCII without spaces; anything else was damaged.
    static bool isPlausibleSecret(const QString &secret);

    SecretJob *readSecret(const QString &key);
    SecretJob *writeSecret(const QString &key, const QString &secret);
    SecretJob *deleteSecret(const QString &key);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isSessionOnly() const { return m_sessionOnly; }
    // Translated text for the banner ("... kept for this session only"), empty while the keychain works.
    QString sessionOnlyMessage() const;
    // Tries the keychain again with the next job (e.g. after the user unlocked the keyring). Secrets
    // held for the session stay in memory until written to the keychain.
    void retryKeychain();

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

protected:
    // Starts the backend operation for `job`; the backend calls job->backendFinished() later (never
    // synchronously is fine too). The job may be gone by then: hold it in a QPointer.
    virtual void startBackend(SecretJob *job) = 0;
    // The secret to write, for backends.
    static QString inputOf(const SecretJob *job) { return job->m_input; }

private:
    friend class SecretJob;
    void handleBackend(SecretJob *job, SecretJob::BackendResult result, const QString &data,
                       const QString &reason);
    void answerFromSession(SecretJob *job);
    void becomeSessionOnly(const QString &reason);

    std::chrono::milliseconds m_timeout = defaultTimeout;
    bool m_sessionOnly = false;
    QString m_reason;
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace simuwave
