#include "main/UiLogging.h"

namespace simuwave {
Q_LOGGING_CATEGORY(lcUi, "simuwave.ui")
Q_LOGGING_CATEGORY(lcDemo, "simuwave.demo")
} // namespace simuwave
