#pragma once
// A US service address as the API sends it (e911_address, port service address).
#include <QJsonObject>
#include <QString>

namespace simuwave {

struct Address
{
    QString street, city, state, zip, country = QStringLiteral("US");

    // True when nothing that locates a building is filled in (country alone does not count).
    bool isEmpty() const;
    QJsonObject toJson() const; // {street, city, state, zip, country}
    // Missing or non-string members become empty; a missing or empty country becomes "US".
    static Address fromJson(const QJsonObject &o);
    // "1234 Main St Suite 200, Anytown, AR 72211" for tables and PDFs (empty parts skipped).
    QString singleLine() const;

    bool operator==(const Address &) const = default;
};

} // namespace simuwave
