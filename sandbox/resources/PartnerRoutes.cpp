#include "core/Router.h"
#include "resources/Resources.h"

namespace simuwave::sandbox {

void setupPartnerResources(ResourceSetup &) {}

} // namespace simuwave::sandbox
