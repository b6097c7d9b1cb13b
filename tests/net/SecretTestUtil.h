#pragma once
#include "credentials/SecretStore.h"

#include <QTest>

#include <memory>

struct SecretResult
{
    bool finished = false;
    simuwave::SecretJob::Status status = simuwave::SecretJob::Status::Failed;
    QString secret;
    QString errorText;
};

// Starts the job and waits for it through the event loop (the store's jobs are asynchronous).
inline SecretResult runSecretJob(simuwave::SecretJob *raw, int waitMs = 20000)
{
    std::unique_ptr<simuwave::SecretJob> job(raw);
    job->setAutoDelete(false);
    SecretResult result;
    QObject::connect(job.get(), &simuwave::SecretJob::finished, job.get(), [&](simuwave::SecretJob *j) {
        result.finished = true;
        result.status = j->status();
        result.secret = j->secret();
        result.errorText = j->errorText();
    });
    job->start();
    if (!QTest::qWaitFor([&] { return result.finished; }, waitMs))
        qWarning("secret job did not finish within %d ms", waitMs);
    return result;
}
