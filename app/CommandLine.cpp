#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace simuwave {

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "simuwave::CommandLine",
        "SimuWave Partner Console: manage the tenants, phone numbers, porting, E911, usage limits, "
        "invoices and revenue of your white-label voice business."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("simuwave::CommandLine",
                                    "Use the language <code> (e.g. es) instead of the system's."),
        QCoreApplication::translate("simuwave::CommandLine", "code"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QCoreApplication::translate("simuwave::CommandLine", "Use the dark palette."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("simuwave::CommandLine", "Keep the offline cache and settings in <dir>."),
        QCoreApplication::translate("simuwave::CommandLine", "dir"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("simuwave::CommandLine", "Sign in with the profile <name>."),
        QCoreApplication::translate("simuwave::CommandLine", "name"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("simuwave::CommandLine",
                                    "Open the demo workspace (starts the bundled sandbox with demo data)."));
    parser.addOptions({langOption, darkOption, dataDirOption, profileOption, demoOption});
    // Reserved for the commands later issues register; with none registered any positional is an error.
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "simuwave::CommandLine",
            "Command to run instead of opening the window:\n"
            "  sync [--profile NAME | --server URL] [--data-dir DIR]  one full-or-delta "
            "sync of the offline cache, headless (see `sync --help`; the API key "
            "comes from SIMUWAVE_API_KEY).\n"
            "  export-invoices [--profile NAME] [--data-dir DIR] [--from DATE] [--to DATE] [--status S] "
            "[--tenant T] --out DIR  branded invoice PDFs from the offline cache, no network (see "
            "`export-invoices --help`)."),
        QCoreApplication::translate("simuwave::CommandLine", "[command]"));

    // QApplication consumes its own options (-platform offscreen, -style fusion, ...) later; accept them
    // here, hidden, so they are neither errors nor taken for a command.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "style", "stylesheet", "session",
          "display", "geometry", "qwindowgeometry", "qwindowtitle", "qwindowicon", "name", "title"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name));
        qtOption.setValueName(QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char *name : {"reverse", "nograb", "dograb", "widgetcount", "sync"}) {
        QCommandLineOption qtFlag(QString::fromLatin1(name));
        qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtFlag);
    }

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.status = CommandLineResult::Status::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.status = CommandLineResult::Status::HelpRequested;
        result.message = parser.helpText();
        // Without an application object yet, QCommandLineParser cannot know the executable's name.
        if (!arguments.isEmpty())
            result.message.replace(QLatin1String("<executable_name>"),
                                   QFileInfo(arguments.constFirst()).fileName());
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.status = CommandLineResult::Status::VersionRequested;
        result.message =
            QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return result;
    }

    CommandLineOptions &options = result.options;
    options.language = parser.value(langOption);
    options.dark = parser.isSet(darkOption);
    options.dataDir = parser.value(dataDirOption);
    options.profile = parser.value(profileOption);
    options.demo = parser.isSet(demoOption);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        options.command = positional.constFirst();
        options.commandArguments = positional.mid(1);
        result.status = CommandLineResult::Status::Error;
        result.message =
            QCoreApplication::translate("simuwave::CommandLine", "Unknown command: %1").arg(options.command);
    }
    if (parser.isSet(dataDirOption) && options.dataDir.isEmpty()) {
        result.status = CommandLineResult::Status::Error;
        result.message = QCoreApplication::translate("simuwave::CommandLine", "--data-dir needs a folder.");
    }
    return result;
}

} // namespace simuwave
