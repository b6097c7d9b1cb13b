#include "resources/BillingCommon.h"

#include "domain/Money.h"
#include "domain/Rate.h"
#include "domain/Tax.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace simuwave::sandbox::billing {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

QSet<QString> tenantColumns(const QSqlDatabase &db)
{
    QSet<QString> cols;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(tenants)")))
        while (q.next())
            cols.insert(q.value(1).toString());
    return cols;
}

QString tenantCancelledExpr(const QSqlDatabase &db)
{
    return tenantColumns(db).contains(QStringLiteral("cancelled_at"))
               ? QStringLiteral("t.cancelled_at")
               : QStringLiteral("CASE WHEN t.status = 'CANCELLED' THEN t.updated_at END");
}

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

qint64 startOfDayMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<qint64> parseRateMicros(const QString &text, QString *error, const QString &field)
{
    const auto r = Rate::parse(text, QStringLiteral("USD"), error, field);
    if (!r)
        return std::nullopt;
    if (r->isNegative()) {
        if (error)
            *error = tr("%1 must not be negative.").arg(field);
        return std::nullopt;
    }
    return r->micros();
}

QString microsToDecimal(qint64 micros)
{
    return Rate::fromMicros(micros).toDecimalString();
}

qint64 lineAmountCents(qint64 unitMicros, qint64 quantity)
{
    return Rate::fromMicros(unitMicros).times(quantity).cents();
}

qint64 taxCents(qint64 amountCents, qint64 ppm)
{
    return applyTaxPpm(Money::fromCents(amountCents), ppm).cents();
}

qint64 divHalfUp(qint64 a, qint64 b)
{
    if (b == 0)
        return 0;
    const bool neg = (a < 0) != (b < 0);
    const qint64 ua = a < 0 ? -a : a, ub = b < 0 ? -b : b;
    const qint64 q = (2 * ua + ub) / (2 * ub);
    return neg ? -q : q;
}

QJsonValue growthString(qint64 current, qint64 prior)
{
    if (prior == 0)
        return QJsonValue(QJsonValue::Null);
    // percent with one decimal = (current - prior) * 1000 / prior tenths, half-up (away from zero)
    const qint64 tenths = divHalfUp((current - prior) * 1000, prior < 0 ? -prior : prior);
    const qint64 abs = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2.%3")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 10)
        .arg(abs % 10);
}

QJsonValue ratioString(qint64 num, qint64 den)
{
    if (den == 0)
        return QJsonValue(QJsonValue::Null);
    const qint64 tenThousandths = divHalfUp(num * 10000, den);
    return QStringLiteral("%1.%2")
        .arg(tenThousandths / 10000)
        .arg(tenThousandths % 10000, 4, 10, QLatin1Char('0'));
}

ApiResponse internalError()
{
    return errors::make(500, QStringLiteral("api_error"), QStringLiteral("internal_error"),
                        tr("The sandbox could not update its database."));
}

} // namespace simuwave::sandbox::billing
