#include "main/MainWindow.h"

#include "main/Accessibility.h"
#include "main/AppResources.h"
#include "main/ConsoleStatusBar.h"
#include "main/HeaderBar.h"
#include "main/NavigationTree.h"
#include "main/NoticeBar.h"
#include "main/Pane.h"
#include "main/ThemeController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simuwave {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString NavigationVisibleKey = QStringLiteral("mainWindow/navigationVisible");
const QString LastPaneKey = QStringLiteral("mainWindow/lastPane");
const QString ThemeKey = QStringLiteral("appearance/theme");

QString paneGroup(const Pane *pane)
{
    return QStringLiteral("panes/") + pane->id();
}

// The platform's binding for a standard key, or a fallback where the platform defines none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}
} // namespace

MainWindow::MainWindow(QSettings &settings, ThemeController &theme, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_theme(theme)
    , m_header(new HeaderBar(this))
    , m_notice(new NoticeBar(this))
    , m_sidebar(new QWidget(this))
    , m_quickJump(new QLineEdit(m_sidebar))
    , m_quickResults(new QListWidget(m_sidebar))
    , m_navigation(new NavigationTree(m_sidebar))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusBar(new ConsoleStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());

    m_quickJump->setObjectName(QStringLiteral("quickJump"));
    m_quickJump->setPlaceholderText(tr("Jump to… (Ctrl+K)"));
    m_quickJump->setAccessibleName(tr("Quick jump"));
    m_quickJump->setClearButtonEnabled(true);
    nameLineEditButtons(m_quickJump);
    m_quickJump->installEventFilter(this);
    connect(m_quickJump, &QLineEdit::textChanged, m_navigation, &NavigationTree::setFilter);
    connect(m_quickJump, &QLineEdit::returnPressed, this, &MainWindow::acceptQuickJump);
    // Records matching what is typed (tenants, numbers, invoices), under the field.
    m_quickResults->setObjectName(QStringLiteral("quickJumpResults"));
    m_quickResults->setAccessibleName(tr("Records found"));
    m_quickResults->setMaximumHeight(220);
    m_quickResults->hide();
    connect(m_quickJump, &QLineEdit::textChanged, this, &MainWindow::updateQuickResults);
    connect(m_quickResults, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openQuickResult(m_quickResults->row(item)); });

    auto *sidebarLayout = new QVBoxLayout(m_sidebar);
    sidebarLayout->setContentsMargins(8, 8, 0, 8);
    sidebarLayout->setSpacing(6);
    sidebarLayout->addWidget(m_quickJump);
    sidebarLayout->addWidget(m_quickResults);
    sidebarLayout->addWidget(m_navigation, 1);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMinimumWidth(180);

    m_stack->setObjectName(QStringLiteral("paneStack"));
    m_stack->setAutoFillBackground(true);
    m_stack->setBackgroundRole(QPalette::Base);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({230, 1050});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    connect(m_navigation, &NavigationTree::paneActivated, this, &MainWindow::showPane);

    createMenus();
    resize(1280, 800);
    updateTitles();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *jump = view->addAction(tr("&Quick Jump…"));
    jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(jump, &QAction::triggered, this, &MainWindow::openQuickJump);
    QAction *find = view->addAction(tr("&Filter Current Pane"));
    find->setShortcuts(standardOr(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    view->addSeparator();
    m_toggleNavigation = view->addAction(tr("Show &Navigation"));
    m_toggleNavigation->setCheckable(true);
    m_toggleNavigation->setChecked(true);
    m_toggleNavigation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_toggleNavigation, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    createThemeMenu(view);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SimuWave Partner Console"));
    about->setShortcuts(standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    nameMenuBarButtons(menuBar());
}

void MainWindow::createThemeMenu(QMenu *viewMenu)
{
    QMenu *themeMenu = viewMenu->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(themeMenu);
    const QList<QPair<ThemeMode, QString>> modes{{ThemeMode::System, tr("Follow &System")},
                                                 {ThemeMode::Light, tr("&Light")},
                                                 {ThemeMode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : modes) {
        QAction *action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_theme.mode() == mode);
        action->setObjectName(QStringLiteral("theme-") + ThemeController::modeKey(mode));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            m_theme.setMode(mode);
            m_theme.apply();
            m_settings.setValue(ThemeKey, ThemeController::modeKey(mode));
        });
    }
    // --dark or the saved choice may change the mode after the menu exists.
    connect(&m_theme, &ThemeController::changed, group, [this, group] {
        const QString name = QStringLiteral("theme-") + ThemeController::modeKey(m_theme.mode());
        for (QAction *action : group->actions())
            action->setChecked(action->objectName() == name);
    });
}

void MainWindow::addSection(const QString &sectionId, const QString &title)
{
    m_navigation->addSection(sectionId, title);
    if (!m_goMenu->isEmpty())
        m_goMenu->addSeparator();
}

void MainWindow::addPane(Pane *pane, const QString &sectionId, const QKeySequence &shortcut)
{
    Q_ASSERT(pane && !this->pane(pane->id()));
    m_panes.append(pane);
    m_sectionOf.insert(pane, sectionId);
    m_stack->addWidget(pane);
    m_navigation->addEntry(pane->id(), pane->title(), sectionId);

    QAction *go = m_goMenu->addAction(pane->title());
    go->setObjectName(QStringLiteral("go-") + pane->id());
    if (!shortcut.isEmpty())
        go->setShortcut(shortcut);
    m_goActions.insert(pane, go);
    const QString id = pane->id();
    connect(go, &QAction::triggered, this, [this, id] { showPane(id); });
    connect(pane, &Pane::navigateRequested, this, [this](const QString &target, const QVariantMap &params) {
        if (showPane(target) && !params.isEmpty())
            this->pane(target)->openWith(params);
    });
    connect(pane, &Pane::titleChanged, this, [this, pane] {
        m_navigation->setEntryTitle(pane->id(), pane->title());
        m_goActions.value(pane)->setText(pane->title());
        updateTitles();
    });

    if (m_panes.size() == 1)
        showPane(id);
}

Pane *MainWindow::pane(const QString &paneId) const
{
    for (Pane *p : m_panes) {
        if (p->id() == paneId)
            return p;
    }
    return nullptr;
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

bool MainWindow::showPane(const QString &paneId)
{
    Pane *target = pane(paneId);
    if (!target)
        return false;
    const bool changed = target != currentPane();
    m_stack->setCurrentWidget(target);
    m_navigation->selectPane(paneId);
    updateTitles();
    if (changed)
        target->activated();
    return true;
}

void MainWindow::updateTitles()
{
    const QString brand = m_header->brandName();
    Pane *current = currentPane();
    if (!current) {
        setWindowTitle(brand);
        m_header->setLocation(QString(), QString());
        return;
    }
    m_header->setLocation(m_navigation->sectionTitleOf(current->id()), current->title());
    //: Window title: the current pane, then the partner's brand name.
    setWindowTitle(tr("%1 — %2").arg(current->title(), brand));
}

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings.value(GeometryKey).toByteArray());
    restoreState(m_settings.value(StateKey).toByteArray());
    m_splitter->restoreState(m_settings.value(SplitterKey).toByteArray());
    m_toggleNavigation->setChecked(m_settings.value(NavigationVisibleKey, true).toBool());
    for (Pane *p : std::as_const(m_panes)) {
        m_settings.beginGroup(paneGroup(p));
        p->restoreState(m_settings);
        m_settings.endGroup();
    }
    const QString last = m_settings.value(LastPaneKey).toString();
    if (last.isEmpty() || !showPane(last)) {
        if (!m_panes.isEmpty())
            showPane(m_panes.constFirst()->id());
    }
}

void MainWindow::saveSession() const
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(SplitterKey, m_splitter->saveState());
    m_settings.setValue(NavigationVisibleKey, m_toggleNavigation->isChecked());
    if (const Pane *current = currentPane())
        m_settings.setValue(LastPaneKey, current->id());
    for (const Pane *p : std::as_const(m_panes)) {
        m_settings.beginGroup(paneGroup(p));
        p->saveState(m_settings);
        m_settings.endGroup();
    }
}

void MainWindow::setBranding(const Branding &branding)
{
    m_branding = branding;
    m_header->setBrand(branding.brandName, branding.logo);
    m_theme.setAccent(branding.primaryColor);
    m_theme.apply();
    updateTitles();
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->showNotice(text);
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_quickJump && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_quickJump->clear();
            if (Pane *current = currentPane())
                current->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            if (m_quickResults->count() > 0 && m_navigation->firstVisiblePane().isEmpty()) {
                m_quickResults->setFocus(Qt::TabFocusReason);
                m_quickResults->setCurrentRow(0);
            } else {
                m_navigation->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openQuickJump()
{
    m_toggleNavigation->setChecked(true);
    m_quickJump->setFocus(Qt::ShortcutFocusReason);
    m_quickJump->selectAll();
}

void MainWindow::updateQuickResults(const QString &text)
{
    m_quickResults->clear();
    if (m_quickSearch) {
        for (const auto &[label, paneId, params] : m_quickSearch(text)) {
            auto *item = new QListWidgetItem(label, m_quickResults);
            item->setData(Qt::UserRole, paneId);
            item->setData(Qt::UserRole + 1, params);
            item->setToolTip(label);
        }
    }
    m_quickResults->setVisible(m_quickResults->count() > 0);
}

void MainWindow::openQuickResult(int row)
{
    QListWidgetItem *item = m_quickResults->item(row);
    if (!item)
        return;
    const QString paneId = item->data(Qt::UserRole).toString();
    const QVariantMap params = item->data(Qt::UserRole + 1).toMap();
    m_quickJump->clear();
    if (showPane(paneId)) {
        pane(paneId)->openWith(params);
        pane(paneId)->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::acceptQuickJump()
{
    const QString target = m_navigation->firstVisiblePane();
    if (target.isEmpty()) {
        openQuickResult(0); // no pane by that name: the first record found
        return;
    }
    m_quickJump->clear();
    showPane(target);
    if (Pane *current = currentPane())
        current->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusFilter()
{
    Pane *current = currentPane();
    if (!current || !current->focusFilter())
        m_statusBar->showMessage(tr("%1 has nothing to filter.").arg(current ? current->title() : QString()),
                                 4000);
}

void MainWindow::showAbout()
{
    // Non-modal: QMessageBox::about() would run a nested event loop.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About SimuWave Partner Console"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>SimuWave Partner Console %1</h3>"
           "<p>Run your white-label voice business from the desktop: tenants, phone numbers, "
           "porting, E911, usage limits, invoices and revenue.</p>"
           "<p>Built with Qt %2. Invoices use the bundled DejaVu Sans font "
           "(Bitstream Vera license).</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace simuwave
