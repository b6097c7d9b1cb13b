#pragma once
#include <QString>
#include <QStringList>

namespace simuwave {

// Everything the command line can ask for. Later issues add commands (e.g. `sync`, `export-invoices`): the
// first positional argument names one, the rest are its arguments, and main() dispatches on `command`.
struct CommandLineOptions
{
    QString language;  // --lang: "es", "es_MX"; empty = the system's
    bool dark = false; // --dark
    QString dataDir;   // --data-dir: cache, settings and the demo sandbox's data; empty = the default
    QString profile;   // --profile
    bool demo = false; // --demo
    QString command;   // empty = open the window
    QStringList commandArguments;
};

struct CommandLineResult
{
    enum class Status
    {
        Ok,
        Error,
        HelpRequested,
        VersionRequested
    };
    Status status = Status::Ok;
    QString message; // the error, or the help / version text to print
    CommandLineOptions options;
};

// arguments: QCoreApplication::arguments() (the program name first). Needs the application name and version
// set, since --help and --version print them.
CommandLineResult parseCommandLine(const QStringList &arguments);

} // namespace simuwave
