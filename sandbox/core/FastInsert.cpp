#include "core/FastInsert.h"

#include <QSqlDriver>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace simuwave::sandbox {

FastInsert::FastInsert(const QSqlDatabase &db, const QString &sql)
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

FastInsert::~FastInsert()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool FastInsert::exec(std::initializer_list<QVariant> values)
{
    if (!m_stmt)
        return false;
    QVarLengthArray<QByteArray, 32> keep; // UTF-8 of the strings, alive until the step
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
            keep.append(v.toByteArray());
            sqlite3_bind_text(m_stmt, i, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
            break;
        default:
            keep.append(v.toString().toUtf8());
            sqlite3_bind_text(m_stmt, i, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

} // namespace simuwave::sandbox
