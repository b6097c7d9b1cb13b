#include "api/CommandJob.h"

namespace simuwave {

CommandJob::CommandJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent)
    : ApiJob(client, verb, path, parent)
{
    Q_ASSERT(verb == "POST" || verb == "PATCH" || verb == "PUT" || verb == "DELETE");
}

} // namespace simuwave
