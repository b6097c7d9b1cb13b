#pragma once
#include <QIcon>
#include <QString>

namespace simuwave {

// The application icon from the resources (SVG plus the pre-rendered PNG sizes, so small sizes stay crisp).
QIcon appIcon();

// Registers the bundled DejaVu Sans (regular and bold) from the resources with QFontDatabase and returns its
// family name ("DejaVu Sans"), or an empty string when registration failed. Invoice PDFs use this family so
// they render identically whatever fonts the machine has. Safe to call more than once.
QString registerBundledFonts();

} // namespace simuwave
