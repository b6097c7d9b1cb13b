#include "cache/SearchSyntax.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace simuwave::cache::search {

QString likePattern(const QString &text)
{
    QString p = text;
    p.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    p.replace(QLatin1Char('%'), QLatin1String("\\%"));
    p.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + p + QLatin1Char('%');
}

// The query's trigrams as an FTS5 expression: "abc" AND "bcd" AND ... (code points, quotes doubled).
QString trigramQuery(const QString &text)
{
    const QList<uint> cps = text.toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= cps.size(); ++i) {
        QString g = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), 3);
        g.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString quoted = QLatin1Char('"') + g + QLatin1Char('"');
        if (!grams.contains(quoted))
            grams.append(quoted);
    }
    return grams.join(QLatin1String(" AND "));
}

bool isPhoneLike(const QString &text, QString *digitsOnly)
{
    digitsOnly->clear();
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digitsOnly->append(c);
        else if (!QStringView(u"+-(). ").contains(c))
            return false;
    }
    return digitsOnly->size() >= 3;
}

} // namespace simuwave::cache::search
