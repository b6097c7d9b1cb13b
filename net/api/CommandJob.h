#pragma once
#include "api/ApiJob.h"

namespace simuwave {

// A write: POST, PATCH, PUT or DELETE with an optional JSON body. POSTs should carry the
// Idempotency-Key created when the user acted (setIdempotencyKey) and PATCH/PUT/DELETE the record's
// ETag (setIfMatch); the job sends both on every retry. The server's answer is json().
class CommandJob : public ApiJob
{
    Q_OBJECT
public:
    CommandJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent = nullptr);
};

} // namespace simuwave
