#include "main/AppResources.h"

#include "main/UiLogging.h"

#include <QFontDatabase>
#include <QStringList>

namespace simuwave {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/simuwave-%1.png").arg(size), QSize(size, size));
    // The SVG covers any size in between (HiDPI, large dock icons).
    icon.addFile(QStringLiteral(":/icons/simuwave.svg"));
    return icon;
}

QString registerBundledFonts()
{
    QString family;
    const QStringList files{QStringLiteral(":/fonts/DejaVuSans.ttf"),
                            QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")};
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0) {
            qCWarning(lcUi) << "Could not register the bundled font" << file;
            return {};
        }
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty())
            family = families.constFirst();
    }
    return family;
}

} // namespace simuwave
