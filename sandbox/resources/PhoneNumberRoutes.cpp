#include "core/Router.h"
#include "resources/Resources.h"

namespace simuwave::sandbox {

void setupPhoneNumberResources(ResourceSetup &) {}

} // namespace simuwave::sandbox
