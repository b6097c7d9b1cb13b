#pragma once
// One prepared statement run through SQLite's C API on the QSQLITE connection's own handle, for the two
// hot paths where QtSql's per-value QVariants dominate:
//   - seeding hundreds of thousands of rows in one transaction: QSqlQuery binds every value through a
//     QVariant and every string as UTF-16, which SQLite then translates byte by byte for a UTF-8 database
//     (for the `large` seed's 300,000 invoices that was most of the seeding time);
//   - list pages of 1000 records: QSqlQuery::next() copies every column of the row into a QVariant, text
//     translated to UTF-16, which the page writer then translated back to UTF-8 (perf: 35 % of a 1000-
//     invoice page in next(), another 15 % in the conversions). Here a text column is read as the UTF-8
//     bytes SQLite holds.
// Used on the thread that owns the connection, like the QSqlDatabase it comes from.
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace simuwave::sandbox {

class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString lastError() const { return m_error; }

    // Binds the values in order (null/invalid -> NULL, integers and bools -> INTEGER, double -> REAL,
    // QString and QByteArray -> UTF-8 TEXT) and runs the statement once (an INSERT or UPDATE).
    bool exec(std::initializer_list<QVariant> values);

    // A query: binds the values as exec() does, then next() steps through the rows.
    bool select(const QVariantList &values);
    bool next(); // false at the end or on an error (lastError() says which)

    // The current row's columns (0-based). A text view is valid until the next step.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArrayView utf8(int column) const;

private:
    template<class Values> bool bindAll(const Values &values);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_keep; // the bound strings' UTF-8, alive while the statement runs
    QString m_error;
};

} // namespace simuwave::sandbox
