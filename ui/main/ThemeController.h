#pragma once
#include <QColor>
#include <QObject>
#include <QPalette>

namespace simuwave {

enum class ThemeMode
{
    System,
    Light,
    Dark
};

// Owns the application palette: light or dark (following the system's palette by default) and the accent
// colour, which is the partner's brand colour once branding is known. Qt 6.4 has no
// QStyleHints::colorScheme(), so "the system is dark" means the platform palette's window colour is dark.
// Always uses Fusion: native styles ignore custom palettes, and Fusion looks the same everywhere.
class ThemeController : public QObject
{
    Q_OBJECT
public:
    // systemPalette: the platform's palette captured before anything changed it (QGuiApplication::palette()
    // at start-up).
    explicit ThemeController(const QPalette &systemPalette, QObject *parent = nullptr);

    static QColor defaultAccent();
    static bool isDarkPalette(const QPalette &palette);
    static QPalette darkPalette(const QColor &accent);
    static QPalette lightPalette(const QPalette &base, const QColor &accent);

    ThemeMode mode() const { return m_mode; }
    void setMode(ThemeMode mode);
    QColor accent() const { return m_accent; }
    // An invalid colour restores the default accent.
    void setAccent(const QColor &accent);

    bool isDark() const;
    QPalette palette() const;
    // Sets Fusion (once) and the palette on the application.
    void apply();

    static QString modeKey(ThemeMode mode);
    static ThemeMode modeFromKey(const QString &key);

signals:
    void changed();

private:
    QPalette m_systemPalette;
    ThemeMode m_mode = ThemeMode::System;
    QColor m_accent;
};

} // namespace simuwave
