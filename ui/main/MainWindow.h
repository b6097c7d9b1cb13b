#pragma once
#include "main/Branding.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QVariantMap>

#include <functional>
#include <tuple>

class QAction;
class QLineEdit;
class QListWidget;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace simuwave {

class ConsoleStatusBar;
class HeaderBar;
class NavigationTree;
class NoticeBar;
class Pane;
class ThemeController;

// The window hosts the navigation, a stack of panes, the header and the status bar, and nothing else:
// what a page shows and does belongs to its Pane (ui/<pane>/), the palette to ThemeController, the status
// fields to ConsoleStatusBar. Panes are added by whoever composes the window (see StandardPanes.h).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: where geometry, layout, the last pane and every pane's state are remembered.
    MainWindow(QSettings &settings, ThemeController &theme, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Navigation sections group panes under one of the guide's menus ("Tenants", "Numbers", "Billing").
    void addSection(const QString &sectionId, const QString &title);
    // Takes ownership. An empty sectionId puts the pane at the top level; the shortcut goes on its Go action.
    void addPane(Pane *pane, const QString &sectionId = QString(),
                 const QKeySequence &shortcut = QKeySequence());

    QList<Pane *> panes() const { return m_panes; }
    Pane *pane(const QString &paneId) const;
    Pane *currentPane() const;
    // Returns false for an unknown id.
    bool showPane(const QString &paneId);

    // Restores geometry, layout, the last pane and each pane's state; call once all panes are added.
    void restoreSession();
    // Also called on close.
    void saveSession() const;

    // Called by the branding code with the partner's branding from the cache.
    void setBranding(const Branding &branding);
    Branding branding() const { return m_branding; }

    // Records found by Ctrl+K besides the panes (e.g. from the cache); each hit opens its pane with params.
    using QuickJumpSearchFunction =
        std::function<QList<std::tuple<QString, QString, QVariantMap>>(const QString &)>;
    void setQuickJumpSearch(QuickJumpSearchFunction search) { m_quickSearch = std::move(search); }

    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    NavigationTree *navigation() const { return m_navigation; }
    HeaderBar *header() const { return m_header; }
    void showNotice(const QString &text);
    QString noticeText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createThemeMenu(QMenu *viewMenu);
    void updateTitles();
    void openQuickJump();
    void acceptQuickJump();
    void updateQuickResults(const QString &text);
    void openQuickResult(int row);
    void focusFilter();
    void showAbout();

    QSettings &m_settings;
    ThemeController &m_theme;
    Branding m_branding;

    HeaderBar *m_header;
    NoticeBar *m_notice;
    QWidget *m_sidebar;
    QLineEdit *m_quickJump;
    QListWidget *m_quickResults;
    QuickJumpSearchFunction m_quickSearch;
    NavigationTree *m_navigation;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    ConsoleStatusBar *m_statusBar;
    QMenu *m_goMenu = nullptr;
    QAction *m_toggleNavigation = nullptr;

    QList<Pane *> m_panes;
    QHash<Pane *, QString> m_sectionOf;
    QHash<Pane *, QAction *> m_goActions;
};

} // namespace simuwave
