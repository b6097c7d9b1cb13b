#pragma once
// Tax rates as the API writes them ("0.085" = 8.5 %), held as integer parts per million (85'000).
#include "domain/Money.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace simuwave {

inline constexpr qint64 kTaxPpmPerUnit = 1'000'000;

// "0.085" -> 85000. Up to 6 decimals, strict syntax; range 0 <= r < 1 (see validation::taxRate).
// Translated error naming `field` ("Tax rate" when empty).
std::optional<qint64> parseTaxRatePpm(const QString &decimal, QString *error = nullptr,
                                      const QString &field = {});
QString taxRatePpmToDecimalString(qint64 ppm);                               // 85000 -> "0.085"
QString formatTaxRatePercent(qint64 ppm, const QLocale &locale = QLocale()); // 85000 -> "8.5%"

// The tax on `amount` at `ppm`, rounded half-up (away from zero for refunds) to the cent:
// applyTaxPpm($10.00, 85000) == $0.85; applyTaxPpm($0.10, 85000) == $0.01 (0.85 cents rounds up).
Money applyTaxPpm(const Money &amount, qint64 ppm);
// amount + applyTaxPpm(amount, ppm).
Money withTaxPpm(const Money &amount, qint64 ppm);

} // namespace simuwave
