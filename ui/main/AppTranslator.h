#pragma once
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace simuwave {

// Loads and installs the console's translation and Qt's own (qtbase: standard dialogs, shortcuts) for one
// locale, and removes them again when destroyed.
class AppTranslator
{
public:
    AppTranslator();
    ~AppTranslator();
    AppTranslator(const AppTranslator &) = delete;
    AppTranslator &operator=(const AppTranslator &) = delete;

    // The locale to use: `language` ("es", "es_MX") when given, otherwise the system's (which honours the
    // LANGUAGE and LC_* environment variables).
    static QLocale localeFor(const QString &language);

    // Installs the best match for `locale` from `directory` (":/i18n" in the application, where
    // qt_add_translations puts the .qm files). Returns true when the console's own translation loaded;
    // English needs none, so false is not an error there.
    bool install(const QLocale &locale, const QString &directory = QStringLiteral(":/i18n"));
    void uninstall();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

} // namespace simuwave
