#pragma once
// How a search box's text becomes an FTS5 trigram query, shared by the cache's own search and the item
// models' SQL, so both find exactly the same rows.
#include <QString>
#include <QVariantList>

namespace simuwave::cache::search {

// "%text%" with LIKE's wildcards escaped (use with ESCAPE '\').
QString likePattern(const QString &text);
// The text's trigrams as an FTS5 expression ("abc" AND "bcd" ...); empty below 3 characters.
QString trigramQuery(const QString &text);
// "(555) 123-4" is a number typed as people write it: true when only digits and +-(). remain and at
// least 3 digits; *digitsOnly receives the digits.
bool isPhoneLike(const QString &text, QString *digitsOnly);

// A SELECT of the row_id (as `rid`) of every record of `table` that the search box text finds, with its
// bind values (positional `?`) appended to *binds; empty when the table has no search index or the text
// is blank. Candidates come through the trigram index and are confirmed with LIKE (the index alone
// over-matches); an invoice is also found by its tenant's name or SIP prefix (schema::tenantSearchColumns).
QString candidatesSql(const QString &table, const QString &text, QVariantList *binds);

} // namespace simuwave::cache::search
