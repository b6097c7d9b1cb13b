#include "main/AppTranslator.h"

#include "main/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace simuwave {

AppTranslator::AppTranslator() = default;

AppTranslator::~AppTranslator()
{
    uninstall();
}

QLocale AppTranslator::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool AppTranslator::install(const QLocale &locale, const QString &directory)
{
    uninstall();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("simuwave"), QStringLiteral("_"), directory)) {
        qCDebug(lcUi) << "No console translation for" << locale.uiLanguages() << "in" << directory;
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    return true;
}

void AppTranslator::uninstall()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace simuwave
