#pragma once
#include <QColor>
#include <QImage>
#include <QString>

namespace simuwave {

// What the partner's branding changes in the console chrome (Partner Guide, "Brand Your Portal"): the logo
// and brand name in the header and window title, the primary colour as the accent. Empty or invalid fields
// fall back to SimuWave's own.
struct Branding
{
    QString brandName;
    QImage logo;
    QColor primaryColor;
};

} // namespace simuwave
