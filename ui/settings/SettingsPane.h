#pragma once
// Settings: the console's own preferences, kept in QSettings and applied at once — background refresh
// interval (the sync engine's), paper size of generated PDFs (automatic from the locale, A4 or US Letter),
// desktop notifications, plus where this profile's offline data lives and the version.
#include "main/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace simuwave {

class ConsoleContext;

class SettingsPane : public Pane
{
    Q_OBJECT
public:
    explicit SettingsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    void activated() override;

    static QString refreshKey();       // "sync/refreshSeconds" (0 = off; default 60)
    static QString paperKey();         // "print/paperSize": "", "a4" or "letter"
    static QString notificationsKey(); // "notifications/desktop" (default true)

    QComboBox *refreshCombo() const { return m_refresh; }
    QComboBox *paperCombo() const { return m_paper; }
    QCheckBox *notificationsBox() const { return m_notifications; }

private:
    void load();

    ConsoleContext &m_context;
    QComboBox *m_refresh;
    QComboBox *m_paper;
    QCheckBox *m_notifications;
    QLabel *m_dataLocation;
};

} // namespace simuwave
