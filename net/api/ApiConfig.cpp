#include "api/ApiConfig.h"

namespace simuwave {

QUrl ApiConfig::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.simuwave.com/v1"));
}

} // namespace simuwave
