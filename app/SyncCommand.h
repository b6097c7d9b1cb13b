#pragma once
// `simuwave-console sync [--profile NAME | --server URL] [--data-dir DIR]`: one full-or-delta sync, headless
// (QCoreApplication, no display). Progress goes to stderr, a one-line summary to stdout:
//   tenants=5000 phone-numbers=100000 ... seconds=1.234 status=ok
// Exit status: 0 synced, 1 the sync failed (network, server, contract, storage), 2 bad arguments,
// 3 credentials missing or rejected. With --server the API key comes from SIMUWAVE_API_KEY (never argv).
#include <QString>
#include <QStringList>

namespace simuwave {

class SyncCommand
{
public:
    // True when argv names this command (its first argument after the program is "sync").
    static bool matches(int argc, char **argv);
    // Runs the command; creates its own QCoreApplication. Returns the exit status.
    static int run(int argc, char **argv);
    // Where the cache of `profileKey` lives: <dataDir>/<profileKey>/cache.sqlite.
    static QString cachePath(const QString &dataDir, const QString &profileKey);
    // The help text (also listed by the console's --help).
    static QString helpText();
};

} // namespace simuwave
