#pragma once
#include <QLoggingCategory>

namespace simuwave {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
} // namespace simuwave
