#include "porting/PortCsvImport.h"

#include "cache/SqlCache.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace simuwave {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("simuwave::PortCsvImport", text, disambiguation, n);
}
} // namespace

QStringList PortCsvImport::columns()
{
    return {QStringLiteral("numbers"),
            QStringLiteral("current_carrier"),
            QStringLiteral("account_holder_name"),
            QStringLiteral("account_number"),
            QStringLiteral("pin"),
            QStringLiteral("service_street"),
            QStringLiteral("service_city"),
            QStringLiteral("service_state"),
            QStringLiteral("service_zip"),
            QStringLiteral("tenant"),
            QStringLiteral("desired_date")};
}

QList<QStringList> PortCsvImport::parseCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QList<PortCsvImport::Row> PortCsvImport::read(const QByteArray &data, cache::SqlCache *cache,
                                              const QDate &today, QString *fileError)
{
    QList<Row> out;
    const QList<QStringList> table = parseCsv(data);
    if (table.isEmpty()) {
        if (fileError)
            *fileError = tr("The file is empty.");
        return out;
    }
    QHash<QString, int> at;
    for (int i = 0; i < table.first().size(); ++i)
        at.insert(table.first().at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const QString &c : columns())
        if (!at.contains(c) && c != QLatin1String("pin"))
            missing << c;
    if (!missing.isEmpty()) {
        if (fileError)
            *fileError =
                tr("The header row lacks the column(s): %1.").arg(missing.join(QStringLiteral(", ")));
        return out;
    }
    QSet<QString> seenNumbers;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // blank line
        const auto cell = [&](const char *name) {
            const int i = at.value(QLatin1String(name), -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        Row row;
        row.line = int(r) + 1;
        // Numbers
        QJsonArray numbers;
        QStringList raw;
        for (const QString &n : cell("numbers").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!n.trimmed().isEmpty())
                raw << n.trimmed();
        for (const QString &n : raw) {
            const QString e164 = validation::normalizePhoneNumber(n.trimmed());
            if (e164.isEmpty()) {
                row.errors << tr("numbers: \"%1\" is not a phone number.").arg(n.trimmed());
                continue;
            }
            if (seenNumbers.contains(e164)) {
                row.errors << tr("numbers: %1 is already in another row or twice in this one.").arg(e164);
                continue;
            }
            seenNumbers.insert(e164);
            if (cache) {
                QSqlQuery q(cache->database());
                q.prepare(QStringLiteral(
                    "SELECT (SELECT COUNT(*) FROM phone_numbers WHERE e164 = ? AND status <> "
                    "'RELEASED'), (SELECT COUNT(*) FROM port_requests WHERE numbers_json LIKE ? "
                    "AND status NOT IN ('COMPLETED', 'CANCELLED'))"));
                q.addBindValue(e164);
                q.addBindValue(QStringLiteral("%\"") + e164 + QStringLiteral("\"%"));
                if (q.exec() && q.next()) {
                    if (q.value(0).toLongLong() > 0)
                        row.errors << tr("numbers: %1 is already in your inventory.").arg(e164);
                    else if (q.value(1).toLongLong() > 0)
                        row.errors << tr("numbers: %1 is already in an open port request.").arg(e164);
                }
            }
            numbers.append(e164);
        }
        if (raw.isEmpty())
            row.errors << tr("numbers: enter at least one number.");
        const auto check = [&row](const QString &message) {
            if (!message.isEmpty())
                row.errors << message;
        };
        check(validation::requiredText(cell("current_carrier"), tr("current_carrier"), 100));
        check(validation::requiredText(cell("account_holder_name"), tr("account_holder_name"), 100));
        check(validation::requiredText(cell("account_number"), tr("account_number"), 50));
        const Address address{cell("service_street"), cell("service_city"), cell("service_state").toUpper(),
                              cell("service_zip"), QStringLiteral("US")};
        for (const validation::FieldError &e :
             validation::e911Address(address, QStringLiteral("service_address")))
            row.errors << e.message;
        // The tenant by id, SIP prefix or name.
        QString tenantId;
        const QString tenant = cell("tenant");
        if (cache && !tenant.isEmpty()) {
            QSqlQuery q(cache->database());
            q.prepare(QStringLiteral(
                "SELECT id FROM tenants WHERE (id = ? OR sip_prefix = ? COLLATE NOCASE OR name "
                "= ? COLLATE NOCASE) AND status IN ('ACTIVE', 'TRIAL') LIMIT 2"));
            q.addBindValue(tenant);
            q.addBindValue(tenant);
            q.addBindValue(tenant);
            QStringList found;
            if (q.exec())
                while (q.next())
                    found << q.value(0).toString();
            if (found.size() == 1)
                tenantId = found.first();
            else
                row.errors
                    << (found.isEmpty()
                            ? tr("tenant: no active or trial tenant is \"%1\".").arg(tenant)
                            : tr("tenant: \"%1\" matches more than one tenant; use its id.").arg(tenant));
        } else if (tenant.isEmpty()) {
            row.errors << tr("tenant: required (id, SIP prefix or name).");
        }
        const QDate desired = QDate::fromString(cell("desired_date"), Qt::ISODate);
        check(validation::portDesiredDate(desired, today));
        row.body = QJsonObject{{QStringLiteral("numbers"), numbers},
                               {QStringLiteral("current_carrier"), cell("current_carrier")},
                               {QStringLiteral("account_holder_name"), cell("account_holder_name")},
                               {QStringLiteral("account_number"), cell("account_number")},
                               {QStringLiteral("service_address"), address.toJson()},
                               {QStringLiteral("tenant_id"), tenantId},
                               {QStringLiteral("desired_date"), desired.toString(Qt::ISODate)}};
        if (!cell("pin").isEmpty())
            row.body.insert(QStringLiteral("pin"), cell("pin"));
        row.label = tr("Line %1: %2").arg(row.line).arg(raw.join(QStringLiteral(", ")));
        out << row;
    }
    if (out.isEmpty() && fileError)
        *fileError = tr("The file has a header but no rows.");
    return out;
}

QList<BulkCommandRunner::Item> PortCsvImport::commands(const QList<Row> &rows)
{
    QList<BulkCommandRunner::Item> items;
    for (const Row &r : rows) {
        if (!r.errors.isEmpty())
            continue;
        EditCommand c{QStringLiteral("port-requests"),
                      QString(),
                      QStringLiteral("POST"),
                      QStringLiteral("port-requests"),
                      r.body,
                      QString(),
                      r.label};
        items.append({QString::number(r.line), r.label, c});
    }
    return items;
}

} // namespace simuwave
