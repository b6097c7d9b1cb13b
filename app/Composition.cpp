#include "Composition.h"

#include "credentials/KeychainSecretStore.h"
#include "main/AppResources.h"
#include "main/AppTranslator.h"
#include "main/BrandingLoader.h"
#include "main/ConsoleContext.h"
#include "main/ConsoleStatusBar.h"
#include "main/DemoSandbox.h"
#include "main/MainWindow.h"
#include "main/QuickJumpSearch.h"
#include "main/SessionController.h"
#include "main/StandardPanes.h"
#include "main/ThemeController.h"
#include "settings/SettingsPane.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace simuwave {

Composition::Composition(const CommandLineOptions &options)
    : m_options(options)
    , m_translator(std::make_unique<AppTranslator>())
{
    // Translations first: every object built below reads tr() in its constructor.
    // A bare C/POSIX environment (a headless box, a container) is taken as US English: amounts, dates and
    // plurals as "$1,234.50" and "2 tenants", not the C locale's "1,234.50$" and "2 tenant(s)".
    if (options.language.isEmpty() && QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QLocale locale =
        options.language.isEmpty() ? QLocale() : AppTranslator::localeFor(options.language);
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
    m_context = std::make_unique<ConsoleContext>(*m_settings);
    addStandardPanes(*m_window, *m_context);
    // Ctrl+K finds records in the cache too (tenants, numbers, invoices).
    m_window->setQuickJumpSearch([context = m_context.get()](const QString &text) {
        QList<std::tuple<QString, QString, QVariantMap>> out;
        for (const QuickJumpHit &hit : QuickJumpSearch(*context).search(text))
            out.append({hit.text, hit.paneId, hit.params});
        return out;
    });
    QObject::connect(m_context.get(), &ConsoleContext::brandingChanged, m_window.get(),
                     &MainWindow::setBranding);
    m_branding = std::make_unique<BrandingLoader>(*m_context);
    QObject::connect(m_context.get(), &ConsoleContext::notificationRequested, m_window.get(),
                     [this](const QString &title, const QString &text) {
                         if (QSystemTrayIcon::isSystemTrayAvailable()) {
                             if (!m_tray) {
                                 m_tray = std::make_unique<QSystemTrayIcon>(appIcon());
                                 m_tray->show();
                             }
                             m_tray->showMessage(title, text);
                         } else {
                             m_window->showNotice(tr("%1: %2").arg(title, text));
                         }
                     });
    m_window->restoreSession();

    // Sign-in, cache, sync and the demo workspace live in the session controller; the window only hosts.
    m_secrets = std::make_unique<KeychainSecretStore>();
    SessionController::Options sessionOptions;
    sessionOptions.dataDir = m_dataDir;
    sessionOptions.sandboxExecutable = DemoSandbox::locateExecutable();
    // Background refresh (Settings): seconds, 0 = off.
    sessionOptions.sync.refreshIntervalSeconds =
        m_settings->value(SettingsPane::refreshKey(), sessionOptions.sync.refreshIntervalSeconds).toInt();
    m_session = std::make_unique<SessionController>(m_settings.get(), m_secrets.get(), m_window.get(),
                                                    m_context.get(), sessionOptions);
    if (!options.profile.isEmpty()) {
        if (const auto profile = m_session->profiles()->profileByName(options.profile))
            m_session->profiles()->setCurrentProfileId(profile->id);
        else
            m_window->showNotice(tr("There is no profile named \"%1\".").arg(options.profile));
    }
}

Composition::~Composition()
{
    // The window saves its session on close; an exit through Ctrl+C or the session manager skips closeEvent.
    if (m_window)
        m_window->saveSession();
    // The session (sync thread, sandbox, dialogs parented to the window) goes before the window.
    m_session.reset();
    m_tray.reset();
    m_branding.reset();
    m_window.reset();
    m_context.reset();
    m_secrets.reset();
}

void Composition::start()
{
    m_window->show();
    if (m_options.demo) {
        if (DemoSandbox::locateExecutable().isEmpty()) {
            m_window->showNotice(tr("The demo workspace is not available: simuwave-sandbox was not found "
                                    "next to the console (%1).")
                                     .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
            m_session->start();
            return;
        }
        m_session->openDemoWorkspace();
        return;
    }
    m_session->start();
}

} // namespace simuwave
