#include "main/ThemeController.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace simuwave {

namespace {

// Text on an accent-coloured background must stay readable whatever colour the partner picked.
QColor textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); above ~0.55 dark text reads better than white.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

void setAccentRoles(QPalette &palette, const QColor &accent, bool dark)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, textOn(accent));
        // Links must contrast with the window: lighten dark brand colours on a dark palette and vice versa.
        QColor link = accent;
        if (dark && link.lightness() < 150)
            link = link.lighter(160);
        else if (!dark && link.lightness() > 170)
            link = link.darker(160);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link);
    }
}

} // namespace

ThemeController::ThemeController(const QPalette &systemPalette, QObject *parent)
    : QObject(parent)
    , m_systemPalette(systemPalette)
    , m_accent(defaultAccent())
{}

QColor ThemeController::defaultAccent()
{
    return QColor(0x25, 0x63, 0xeb);
}

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QPalette ThemeController::darkPalette(const QColor &accent)
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2c);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor text(0xe8, 0xe9, 0xeb);
    const QColor disabledText(0x74, 0x77, 0x7d);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x90, 0x96));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    // Fusion draws bevels and frames from these; they must step around Button, not be the light defaults.
    p.setColor(QPalette::Light, button.lighter(135));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(170));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));

    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    setAccentRoles(p, accent, true);
    return p;
}

QPalette ThemeController::lightPalette(const QPalette &base, const QColor &accent)
{
    // A dark system palette cannot serve as the light one: fall back to Fusion's standard light palette.
    QPalette p = base;
    if (isDarkPalette(base)) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        p = fusion->standardPalette();
    }
    setAccentRoles(p, accent, false);
    return p;
}

void ThemeController::setMode(ThemeMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit changed();
}

void ThemeController::setAccent(const QColor &accent)
{
    const QColor next = accent.isValid() ? accent : defaultAccent();
    if (next == m_accent)
        return;
    m_accent = next;
    emit changed();
}

bool ThemeController::isDark() const
{
    switch (m_mode) {
    case ThemeMode::Dark:
        return true;
    case ThemeMode::Light:
        return false;
    case ThemeMode::System:
        break;
    }
    return isDarkPalette(m_systemPalette);
}

QPalette ThemeController::palette() const
{
    return isDark() ? darkPalette(m_accent) : lightPalette(m_systemPalette, m_accent);
}

void ThemeController::apply()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette());
}

QString ThemeController::modeKey(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeMode ThemeController::modeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeMode::Light;
    if (key == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

} // namespace simuwave
