#include "core/SqlStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace simuwave::sandbox {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

template<class Values> bool SqlStatement::bindAll(const Values &values)
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_keep.clear();
    m_keep.reserve(qsizetype(values.size()));
    int i = 0;
    for (const QVariant &v : values) {
        ++i;
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, i);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_stmt, i, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, i, v.toDouble());
            break;
        case QMetaType::QByteArray:
            m_keep.append(v.toByteArray());
            sqlite3_bind_text(m_stmt, i, m_keep.last().constData(), int(m_keep.last().size()), SQLITE_STATIC);
            break;
        default:
            m_keep.append(v.toString().toUtf8());
            sqlite3_bind_text(m_stmt, i, m_keep.last().constData(), int(m_keep.last().size()), SQLITE_STATIC);
            break;
        }
    }
    return true;
}

bool SqlStatement::exec(std::initializer_list<QVariant> values)
{
    if (!bindAll(values))
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SqlStatement::select(const QVariantList &values)
{
    return bindAll(values);
}

bool SqlStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqlStatement::utf8(int column) const
{
    // text() before bytes(): SQLite's documented order, so the length is of the UTF-8 form.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
}

} // namespace simuwave::sandbox
