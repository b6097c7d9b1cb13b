#pragma once
#include "CommandLine.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSystemTrayIcon;

class QSettings;

namespace simuwave {

class AppTranslator;
class BrandingLoader;
class ConsoleContext;
class MainWindow;
class SecretStore;
class SessionController;
class ThemeController;

// The composition root: builds every long-lived object of the console once, wires them together and owns
// them (no singletons). Construct after QApplication, destroy before it.
class Composition
{
    Q_DECLARE_TR_FUNCTIONS(simuwave::Composition)
public:
    explicit Composition(const CommandLineOptions &options);
    ~Composition();
    Composition(const Composition &) = delete;
    Composition &operator=(const Composition &) = delete;

    // Shows the window and starts what the options asked for (the demo workspace).
    void start();

    // The folder for the cache, settings and the demo sandbox's data.
    QString dataDir() const { return m_dataDir; }
    // The bundled font family for deterministic PDFs (empty if it failed to register).
    QString pdfFontFamily() const { return m_pdfFontFamily; }
    SessionController *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    CommandLineOptions m_options;
    QString m_dataDir;
    QString m_pdfFontFamily;
    std::unique_ptr<AppTranslator> m_translator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ThemeController> m_theme;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<BrandingLoader> m_branding;
    std::unique_ptr<QSystemTrayIcon> m_tray; // desktop notifications, where the desktop has a tray
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SessionController> m_session;
};

} // namespace simuwave
