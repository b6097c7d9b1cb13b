#pragma once
// One prepared statement run through SQLite's C API on the QSQLITE connection's own handle, for seeding
// hundreds of thousands of rows in one transaction. QSqlQuery binds every value through a QVariant and every
// string as UTF-16, which SQLite then translates byte by byte for a UTF-8 database: for the `large` seed's
// 300,000 invoices that was most of the seeding time.
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace simuwave::sandbox {

class FastInsert
{
public:
    FastInsert(const QSqlDatabase &db, const QString &sql);
    ~FastInsert();
    FastInsert(const FastInsert &) = delete;
    FastInsert &operator=(const FastInsert &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Binds the values in order (null/invalid -> NULL, integers and bools -> INTEGER, double -> REAL,
    // QString and QByteArray -> UTF-8 TEXT) and runs the statement once.
    bool exec(std::initializer_list<QVariant> values);
    QString lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace simuwave::sandbox
