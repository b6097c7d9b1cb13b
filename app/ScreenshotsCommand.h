#pragma once
// `simuwave-console screenshots --out DIR [--data-dir DIR] [--dark]`: opens the demo workspace (the bundled
// sandbox with the demo seed), waits for the first sync, then shows every pane in turn and writes one PNG per
// pane named after its id (dashboard.png, tenants.png, numbers-inventory.png, ...). Used by `./dev
// screenshots` and for the README.
#include <QString>

namespace simuwave {

class ScreenshotsCommand
{
public:
    static bool matches(int argc, char **argv);
    static int run(int argc, char **argv);
};

} // namespace simuwave
