#include "domain/Money.h"
namespace simuwave {
int placeholderModels() { return 0; }
} // namespace simuwave
