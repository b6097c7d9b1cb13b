#include "cache/SqlCache.h"
#include "CommandLine.h"
#include "Composition.h"
#include "ExportInvoicesCommand.h"
#include "ScreenshotsCommand.h"
#include "SyncCommand.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Identity first (these work before any application object exists): QSettings, QStandardPaths, --help
    // and --version read them.
    QCoreApplication::setOrganizationName(QStringLiteral("SimuWave"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("simuwave.com"));
    QCoreApplication::setApplicationName(QStringLiteral("simuwave-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMUWAVE_VERSION));
    simuwave::cache::SqlCache::configureProcess();

    // Headless commands with their own options run before anything else (no display needed).
    if (simuwave::SyncCommand::matches(argc, argv))
        return simuwave::SyncCommand::run(argc, argv);
    if (simuwave::ExportInvoicesCommand::matches(argc, argv))
        return simuwave::ExportInvoicesCommand::run(argc, argv);
    if (simuwave::ScreenshotsCommand::matches(argc, argv))
        return simuwave::ScreenshotsCommand::run(argc, argv);

    // Parse before creating QApplication so that --help, --version, errors and (later) headless commands
    // such as `sync` need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const simuwave::CommandLineResult parsed = simuwave::parseCommandLine(arguments);
    switch (parsed.status) {
    case simuwave::CommandLineResult::Status::HelpRequested:
    case simuwave::CommandLineResult::Status::VersionRequested:
        std::fputs(qPrintable(parsed.message + QLatin1Char('\n')), stdout);
        return 0;
    case simuwave::CommandLineResult::Status::Error:
        std::fputs(qPrintable(parsed.message + QLatin1Char('\n')), stderr);
        return 2;
    case simuwave::CommandLineResult::Status::Ok:
        break;
    }
    // Commands (sync, export-invoices, ...) are dispatched here on parsed.options.command, with a
    // QCoreApplication, before any window is built.

    QApplication app(argc, argv);
    simuwave::Composition composition(parsed.options);
    composition.start();
    return QApplication::exec();
}
