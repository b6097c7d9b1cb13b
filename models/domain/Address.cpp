#include "domain/Address.h"

#include <QStringList>

namespace simuwave {

bool Address::isEmpty() const
{
    return street.trimmed().isEmpty() && city.trimmed().isEmpty() && state.trimmed().isEmpty() &&
           zip.trimmed().isEmpty();
}

QJsonObject Address::toJson() const
{
    return QJsonObject{{QStringLiteral("street"), street},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("zip"), zip},
                       {QStringLiteral("country"), country.isEmpty() ? QStringLiteral("US") : country}};
}

Address Address::fromJson(const QJsonObject &o)
{
    // toString() yields an empty string for numbers, null or objects: malformed data never throws.
    Address a;
    a.street = o.value(QLatin1String("street")).toString();
    a.city = o.value(QLatin1String("city")).toString();
    a.state = o.value(QLatin1String("state")).toString();
    a.zip = o.value(QLatin1String("zip")).toString();
    a.country = o.value(QLatin1String("country")).toString();
    if (a.country.isEmpty())
        a.country = QStringLiteral("US");
    return a;
}

QString Address::singleLine() const
{
    QStringList parts;
    if (!street.trimmed().isEmpty())
        parts << street.trimmed();
    if (!city.trimmed().isEmpty())
        parts << city.trimmed();
    const QString stateZip = (state.trimmed() + u' ' + zip.trimmed()).trimmed();
    if (!stateZip.isEmpty())
        parts << stateZip;
    if (!country.isEmpty() && country != QLatin1String("US"))
        parts << country;
    return parts.join(QLatin1String(", "));
}

} // namespace simuwave
