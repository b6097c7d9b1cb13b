#pragma once
// Placeholder: replaced by the domain core.
namespace simuwave {
int placeholderModels();
}
