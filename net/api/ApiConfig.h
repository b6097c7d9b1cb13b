#pragma once
#include <QUrl>

namespace simuwave {

// Where the platform API lives. The production default, overridden per profile (e.g. the local sandbox).
struct ApiConfig
{
    static QUrl defaultBaseUrl();
};

} // namespace simuwave
