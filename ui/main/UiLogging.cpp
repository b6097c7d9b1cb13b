#include "main/UiLogging.h"

namespace simuwave {
// Debug output is opt-in (QT_LOGGING_RULES="simuwave.*.debug=true").
Q_LOGGING_CATEGORY(lcUi, "simuwave.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "simuwave.demo", QtInfoMsg)
} // namespace simuwave
