#include "Composition.h"

#include "main/AppResources.h"
#include "main/AppTranslator.h"
#include "main/ConsoleStatusBar.h"
#include "main/DemoSandbox.h"
#include "main/MainWindow.h"
#include "main/StandardPanes.h"
#include "main/ThemeController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace simuwave {

Composition::Composition(const CommandLineOptions &options)
    : m_options(options)
    , m_translator(std::make_unique<AppTranslator>())
{
    // Translations first: every object built below reads tr() in its constructor.
    const QLocale locale = AppTranslator::localeFor(options.language);
    if (!options.language.isEmpty())
        QLocale::setDefault(locale);
    m_translator->install(locale);

    m_dataDir = options.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                    : QDir(options.dataDir).absolutePath();
    QDir().mkpath(m_dataDir);
    // With --data-dir everything of this run stays in that folder (demos, screenshots, tests of the binary).
    m_settings = options.dataDir.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(QDir(m_dataDir).filePath(QStringLiteral("console.ini")),
                                                   QSettings::IniFormat);

    m_pdfFontFamily = registerBundledFonts();
    QApplication::setWindowIcon(appIcon());

    m_theme = std::make_unique<ThemeController>(QGuiApplication::palette());
    m_theme->setMode(options.dark ? ThemeMode::Dark
                                  : ThemeController::modeFromKey(
                                        m_settings->value(QStringLiteral("appearance/theme")).toString()));
    m_theme->apply();

    m_window = std::make_unique<MainWindow>(*m_settings, *m_theme);
    addStandardPanes(*m_window);
    m_window->restoreSession();
    if (!options.profile.isEmpty())
        m_window->consoleStatusBar()->setProfile(options.profile);
}

Composition::~Composition()
{
    // The window saves its session on close; an exit through Ctrl+C or the session manager skips closeEvent.
    if (m_window)
        m_window->saveSession();
    m_window.reset();
    m_demo.reset();
}

void Composition::start()
{
    m_window->show();
    if (m_options.demo)
        startDemo();
}

void Composition::startDemo()
{
    const QString executable = DemoSandbox::locateExecutable();
    if (executable.isEmpty()) {
        m_window->showNotice(tr("The demo workspace is not available: simuwave-sandbox was not found next to "
                                "the console (%1).")
                                 .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return;
    }
    m_demo = std::make_unique<DemoSandbox>();
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    MainWindow *window = m_window.get();
    status->setServer(tr("Demo workspace: starting…"));
    QObject::connect(m_demo.get(), &DemoSandbox::ready, window, [status](const QUrl &url) {
        status->setServer(tr("Demo workspace: %1").arg(url.toString()));
    });
    QObject::connect(m_demo.get(), &DemoSandbox::failed, window, [status, window](const QString &message) {
        status->setServer(QString());
        window->showNotice(message);
    });
    QObject::connect(m_demo.get(), &DemoSandbox::stopped, window, [status, window](const QString &message) {
        status->setServer(tr("Demo workspace: stopped"));
        window->showNotice(message);
    });
    m_demo->start(executable, QDir(m_dataDir).filePath(QStringLiteral("demo-sandbox")));
}

} // namespace simuwave
