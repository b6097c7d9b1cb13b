#include "ScreenshotsCommand.h"

#include "Composition.h"
#include "main/MainWindow.h"
#include "main/Pane.h"
#include "main/SessionController.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace simuwave {

bool ScreenshotsCommand::matches(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "screenshots") == 0;
}

int ScreenshotsCommand::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                       QStringLiteral("dir"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), QStringLiteral("Data folder."),
                                        QStringLiteral("dir"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    parser.addOptions({outOption, dataOption, darkOption});
    parser.addHelpOption();
    if (!parser.parse(arguments) || parser.value(outOption).isEmpty()) {
        std::fputs("usage: simuwave-console screenshots --out DIR [--data-dir DIR] [--dark]\n", stderr);
        return 2;
    }
    const QString out = QDir(parser.value(outOption)).absolutePath();
    QDir().mkpath(out);
    CommandLineOptions options;
    options.demo = true;
    options.dark = parser.isSet(darkOption);
    options.dataDir =
        parser.isSet(dataOption) ? parser.value(dataOption) : QDir(out).filePath(QStringLiteral(".data"));
    Composition composition(options);
    MainWindow *window = composition.window();
    window->resize(1440, 900);
    composition.start();

    int exitCode = 1;
    // After the first successful sync: every pane in turn, each given a moment to load its first rows.
    auto panes = std::make_shared<QList<Pane *>>(window->panes());
    auto shoot = std::make_shared<std::function<void()>>();
    *shoot = [window, panes, out, shoot, &exitCode] {
        if (panes->isEmpty()) {
            exitCode = 0;
            QCoreApplication::quit();
            return;
        }
        Pane *pane = panes->takeFirst();
        window->showPane(pane->id());
        QTimer::singleShot(700, window, [window, pane, out, shoot] {
            const QString file = QDir(out).filePath(pane->id() + QStringLiteral(".png"));
            if (window->grab().save(file))
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
            (*shoot)();
        });
    };
    QObject::connect(composition.session()->syncEngine(), &SyncEngine::syncFinished, window,
                     [shoot](const SyncSummary &summary) {
                         static bool started = false;
                         if (summary.ok && !started) {
                             started = true;
                             QTimer::singleShot(500, *shoot);
                         }
                     });
    QTimer::singleShot(180'000, &app, [] {
        std::fputs("screenshots: the demo workspace did not sync within 3 minutes\n", stderr);
        QCoreApplication::exit(1);
    });
    app.exec();
    return exitCode;
}

} // namespace simuwave
