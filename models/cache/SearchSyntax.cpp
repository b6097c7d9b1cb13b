#include "cache/SearchSyntax.h"

#include "cache/CacheSchema.h"

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

namespace {

// "(grams)" for the text, with " OR (digit grams)" when a number typed as people write it differs from its
// digits; empty below 3 characters (no trigram: the LIKE alone decides).
QString matchExpression(const QString &needle, bool phone, const QString &digits)
{
    const QString textGrams = trigramQuery(needle);
    if (textGrams.isEmpty())
        return {};
    QString match = QLatin1Char('(') + textGrams + QLatin1Char(')');
    const QString digitGrams = phone ? trigramQuery(digits) : QString();
    if (!digitGrams.isEmpty() && digitGrams != textGrams)
        match += QStringLiteral(" OR (%1)").arg(digitGrams);
    return match;
}

// Row ids from one FTS table whose `columns` contain the text. `join` (optional) turns the FTS rows into
// the searched table's row ids ("SELECT <rid> FROM fts <join> WHERE ...").
QString ftsSelect(const QString &fts, const QStringList &columns, const QString &rid, const QString &join,
                  const QString &needle, bool phone, const QString &digits, bool exactAllowed,
                  QVariantList *binds)
{
    const QString match = matchExpression(needle, phone, digits);
    QString sql = QStringLiteral("SELECT %1 FROM %2%3 WHERE ").arg(rid, fts, join);
    // A 3-character text is one trigram: the index match is already exact (case-folded like LIKE), and
    // skipping the check saves reading every candidate's text (the bulk of a search's cost).
    if (exactAllowed && !match.isEmpty() && needle.toUcs4().size() == 3 && (!phone || digits == needle)) {
        binds->append(match);
        return sql + QStringLiteral("%1 MATCH ?").arg(fts);
    }
    if (!match.isEmpty()) {
        sql += QStringLiteral("%1 MATCH ? AND ").arg(fts);
        binds->append(match);
    }
    QStringList likes;
    const QString pattern = likePattern(needle);
    for (const QString &c : columns) {
        likes.append(QStringLiteral("%1.%2 LIKE ? ESCAPE '\\'").arg(fts, c));
        binds->append(pattern);
    }
    if (phone) {
        likes.append(QStringLiteral("%1.digits LIKE ? ESCAPE '\\'").arg(fts));
        binds->append(likePattern(digits));
    }
    return sql + QLatin1Char('(') + likes.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

QString candidatesSql(const QString &table, const QString &text, QVariantList *binds)
{
    const QString fts = schema::ftsTableFor(table);
    const QString needle = text.trimmed();
    if (fts.isEmpty() || needle.isEmpty())
        return {};
    QString digits;
    const bool phone = table == QLatin1String("phone_numbers") && isPhoneLike(needle, &digits);
    QVariantList own;
    const QString ownSql = ftsSelect(fts, schema::ftsColumns(table), QStringLiteral("rowid AS rid"),
                                     QString(), needle, phone, digits, true, &own);
    *binds += own;
    const QStringList tenantColumns = schema::tenantSearchColumns(table);
    if (tenantColumns.isEmpty())
        return ownSql;
    // The tenant's index also holds its billing e-mail: the LIKE check is what keeps it out. UNION ALL with
    // the records already found left out, rather than UNION: SQLite then streams the candidates instead of
    // sorting them all to remove duplicates (first rows for "555" on a million numbers 79 -> 59 ms), and the
    // exclusion is only evaluated when some tenant matches, which most searches find none.
    const QString sql = ownSql + QStringLiteral(" UNION ALL ") +
                        ftsSelect(QStringLiteral("tenants_fts"), tenantColumns, QStringLiteral("r.row_id"),
                                  QStringLiteral(" CROSS JOIN tenants t ON t.row_id = tenants_fts.rowid"
                                                 " CROSS JOIN %1 r ON r.tenant_id = t.id")
                                      .arg(table),
                                  needle, false, QString(), false, binds) +
                        QStringLiteral(" AND r.row_id NOT IN (%1)").arg(ownSql);
    *binds += own;
    return sql;
}

} // namespace simuwave::cache::search
