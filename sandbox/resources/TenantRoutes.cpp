#include "core/Router.h"
#include "resources/Resources.h"

namespace simuwave::sandbox {

void setupTenantResources(ResourceSetup &) {}

} // namespace simuwave::sandbox
