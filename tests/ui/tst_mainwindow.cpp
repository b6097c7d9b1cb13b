#include "main/AppResources.h"
#include "main/AppTranslator.h"
#include "main/ConsoleContext.h"
#include "main/ConsoleStatusBar.h"
#include "main/HeaderBar.h"
#include "main/MainWindow.h"
#include "main/NavigationTree.h"
#include "main/Pane.h"
#include "main/StandardPanes.h"
#include "main/ThemeController.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace simuwave;

namespace {

// A pane with real state, to check that the window hands each pane its own settings group.
class RecordingPane : public Pane
{
public:
    QString id() const override { return QStringLiteral("recording"); }
    QString title() const override { return QStringLiteral("Recording"); }
    bool focusFilter() override
    {
        filter.setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    void saveState(QSettings &settings) const override
    {
        settings.setValue(QStringLiteral("filter"), filter.text());
    }
    void restoreState(QSettings &settings) override
    {
        filter.setText(settings.value(QStringLiteral("filter")).toString());
    }
    void activated() override { ++activations; }

    QLineEdit filter{this};
    int activations = 0;
};

QTreeWidgetItem *navigationItem(NavigationTree *tree, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : items) {
        if (item->flags() & Qt::ItemIsSelectable)
            return item;
    }
    return nullptr;
}

void clickItem(NavigationTree *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigationListsTheGuideMenus();
    void everyNavigationEntrySwitchesToItsPane();
    void sectionHeadingOpensItsFirstEntry();
    void shortcutsSwitchPanes_data();
    void shortcutsSwitchPanes();
    void quickJumpFiltersAndJumps();
    void filterShortcutFocusesThePaneFilter();
    void controlsWithoutTextHaveAccessibleNames();
    void sessionIsRestored();
    void darkPaletteWhenRequested();
    void darkPaletteFollowsADarkSystem();
    void appearanceMenuSwitchesAndRemembers();
    void brandingChangesHeaderTitleAndAccent();
    void spanishTranslationChangesVisibleText();
    void englishTranslationHasPluralForms();
    void statusBarFields();
    void aboutOpensWithoutBlocking();
    void bundledFontRegisters();

private:
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<ThemeController> m_theme;
    QPalette m_lightPalette;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = fusion->standardPalette();
}

void TestMainWindow::init()
{
    // A fresh settings file per test: no state leaks between tests or from the developer's own settings.
    static int counter = 0;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter)),
                                             QSettings::IniFormat);
    m_theme = std::make_unique<ThemeController>(m_lightPalette);
    m_theme->apply();
    m_context = std::make_unique<ConsoleContext>(*m_settings);
}

void TestMainWindow::cleanup()
{
    m_theme.reset();
    m_context.reset();
    m_settings.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_settings, *m_theme);
    addStandardPanes(*window, *m_context);
    window->restoreSession();
    return window;
}

void TestMainWindow::navigationListsTheGuideMenus()
{
    const auto window = makeWindow();
    QStringList ids;
    for (const Pane *pane : window->panes())
        ids.append(pane->id());
    QCOMPARE(ids, (QStringList{"dashboard", "tenants", "tenant-defaults", "numbers-buy", "numbers-inventory",
                               "porting", "e911", "usage-limits", "invoices", "revenue", "settings"}));

    NavigationTree *tree = window->navigation();
    QStringList topLevel;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        topLevel.append(tree->topLevelItem(i)->text(0));
    QCOMPARE(topLevel,
             (QStringList{"Dashboard", "Tenants", "Numbers", "Usage Limits", "Billing", "Settings"}));
    QCOMPARE(window->currentPane()->id(), QStringLiteral("dashboard"));
}

void TestMainWindow::everyNavigationEntrySwitchesToItsPane()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("paneStack"));
    QVERIFY(stack);
    auto *location = window->header()->findChild<QLabel *>(QStringLiteral("headerLocation"));
    QVERIFY(location);

    // Walk them backwards so every click is a real change away from the previous pane.
    const QList<Pane *> panes = window->panes();
    for (auto it = panes.crbegin(); it != panes.crend(); ++it) {
        Pane *pane = *it;
        QTreeWidgetItem *item = navigationItem(window->navigation(), pane->title());
        QVERIFY2(item, qPrintable(pane->id()));
        clickItem(window->navigation(), item);
        QCOMPARE(window->currentPane(), pane);
        QCOMPARE(stack->currentWidget(), pane);
        QVERIFY(pane->isVisible());
        QVERIFY2(location->text().endsWith(pane->title()), qPrintable(location->text()));
        QVERIFY(window->windowTitle().startsWith(pane->title()));
    }
    // The section shows in the header's location.
    window->showPane(QStringLiteral("numbers-inventory"));
    QCOMPARE(location->text(), QStringLiteral("Numbers › Inventory"));
}

void TestMainWindow::sectionHeadingOpensItsFirstEntry()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto headings = window->navigation()->findItems(QStringLiteral("Billing"), Qt::MatchExactly);
    QCOMPARE(headings.size(), 1);
    clickItem(window->navigation(), headings.constFirst());
    QCOMPARE(window->currentPane()->id(), QStringLiteral("invoices"));
}

void TestMainWindow::shortcutsSwitchPanes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("paneId");
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << "dashboard";
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << "tenants";
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << "numbers-inventory";
    QTest::newRow("Ctrl+4") << int(Qt::Key_4) << "numbers-buy";
    QTest::newRow("Ctrl+5") << int(Qt::Key_5) << "porting";
    QTest::newRow("Ctrl+6") << int(Qt::Key_6) << "e911";
    QTest::newRow("Ctrl+7") << int(Qt::Key_7) << "usage-limits";
    QTest::newRow("Ctrl+8") << int(Qt::Key_8) << "invoices";
    QTest::newRow("Ctrl+9") << int(Qt::Key_9) << "revenue";
    QTest::newRow("Ctrl+,") << int(Qt::Key_Comma) << "settings";
}

void TestMainWindow::shortcutsSwitchPanes()
{
    QFETCH(int, key);
    QFETCH(QString, paneId);
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Start somewhere else so the shortcut has to change the pane.
    window->showPane(paneId == QLatin1String("tenant-defaults") ? QStringLiteral("dashboard")
                                                                : QStringLiteral("tenant-defaults"));
    QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(window->currentPane()->id(), paneId);
    // The navigation follows the pane, whatever switched it.
    QCOMPARE(window->navigation()->currentItem()->text(0), window->currentPane()->title());
}

void TestMainWindow::quickJumpFiltersAndJumps()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *jump = window->findChild<QLineEdit *>(QStringLiteral("quickJump"));
    QVERIFY(jump);

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(jump->hasFocus());
    QTest::keyClicks(jump, QStringLiteral("inv"));
    QCOMPARE(window->navigation()->visiblePanes(), (QStringList{"numbers-inventory", "invoices"}));
    // A section title matches all of its entries.
    jump->setText(QStringLiteral("billing"));
    QCOMPARE(window->navigation()->visiblePanes(), (QStringList{"invoices", "revenue"}));
    jump->setText(QStringLiteral("e91"));
    QTest::keyClick(jump, Qt::Key_Return);
    QCOMPARE(window->currentPane()->id(), QStringLiteral("e911"));
    QVERIFY(jump->text().isEmpty());
    QCOMPARE(window->navigation()->visiblePanes().size(), window->panes().size());

    // Escape abandons the jump.
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(jump, QStringLiteral("zzz"));
    QVERIFY(window->navigation()->visiblePanes().isEmpty());
    QTest::keyClick(jump, Qt::Key_Escape);
    QVERIFY(jump->text().isEmpty());
    QCOMPARE(window->currentPane()->id(), QStringLiteral("e911"));
}

void TestMainWindow::filterShortcutFocusesThePaneFilter()
{
    auto window = std::make_unique<MainWindow>(*m_settings, *m_theme);
    addStandardPanes(*window, *m_context);
    auto *recording = new RecordingPane;
    window->addPane(recording);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // A pane without a filter says so instead of silently ignoring the key.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->consoleStatusBar()->currentMessage().contains(QStringLiteral("Dashboard")));

    window->showPane(recording->id());
    QCOMPARE(recording->activations, 1);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(recording->filter.hasFocus());
}

void TestMainWindow::controlsWithoutTextHaveAccessibleNames()
{
    const auto window = makeWindow();
    window->showNotice(QStringLiteral("A notice, so that its close button exists and shows."));
    window->consoleStatusBar()->setSyncProgress(1, 4);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    int checked = 0;
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->text().isEmpty()) {
            QVERIFY2(!button->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no text and no accessible name")
                                    .arg(button->objectName(),
                                         QString::fromLatin1(button->metaObject()->className()))));
            ++checked;
        }
    }
    const auto edits = window->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
        ++checked;
    }
    for (const char *name : {"navigation", "statusSyncProgress", "brandLogo"}) {
        const auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
    // The notice's close button, the quick jump field and its clear button at least.
    QVERIFY(checked >= 3);
}

void TestMainWindow::sessionIsRestored()
{
    {
        auto window = std::make_unique<MainWindow>(*m_settings, *m_theme);
        addStandardPanes(*window, *m_context);
        auto *recording = new RecordingPane;
        window->addPane(recording);
        window->restoreSession();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1010, 640);
        window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({300, 710});
        window->showPane(QStringLiteral("invoices"));
        recording->filter.setText(QStringLiteral("acme"));
        window->close(); // saves the session
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QStringLiteral("mainWindow/lastPane")).toString(), QStringLiteral("invoices"));

    auto window = std::make_unique<MainWindow>(*m_settings, *m_theme);
    addStandardPanes(*window, *m_context);
    auto *recording = new RecordingPane;
    window->addPane(recording);
    QVERIFY(recording->filter.text().isEmpty());
    window->restoreSession();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPane()->id(), QStringLiteral("invoices"));
    QCOMPARE(window->size(), QSize(1010, 640));
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().constFirst(), 300);
    QCOMPARE(recording->filter.text(), QStringLiteral("acme"));
}

void TestMainWindow::darkPaletteWhenRequested()
{
    QVERIFY(!m_theme->isDark());
    QVERIFY(!ThemeController::isDarkPalette(QApplication::palette()));
    m_theme->setMode(ThemeMode::Dark);
    m_theme->apply();
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 128);
    QVERIFY(palette.color(QPalette::Base).lightness() < 128);
    QVERIFY(palette.color(QPalette::WindowText).lightness() > 160);
    QVERIFY(palette.color(QPalette::Text).lightness() > 160);
    QVERIFY(palette.color(QPalette::ButtonText).lightness() > 160);
    // Disabled text must differ from enabled text or disabled controls look clickable.
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) !=
            palette.color(QPalette::Active, QPalette::Text));
    QCOMPARE(palette.color(QPalette::Highlight), ThemeController::defaultAccent());
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

    // A window created now paints with the dark palette.
    const auto window = makeWindow();
    QVERIFY(window->palette().color(QPalette::Window).lightness() < 128);

    m_theme->setMode(ThemeMode::Light);
    m_theme->apply();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    // Live windows follow (the palette change reaches them as an event).
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() >= 128);
}

void TestMainWindow::darkPaletteFollowsADarkSystem()
{
    const QPalette darkSystem = ThemeController::darkPalette(Qt::red);
    ThemeController theme(darkSystem);
    QCOMPARE(theme.mode(), ThemeMode::System);
    QVERIFY(theme.isDark());
    QVERIFY(theme.palette().color(QPalette::Window).lightness() < 128);
    // An explicit Light choice wins over a dark system, and gives a proper light palette.
    theme.setMode(ThemeMode::Light);
    QVERIFY(!theme.isDark());
    QVERIFY(theme.palette().color(QPalette::Window).lightness() >= 128);
    QVERIFY(theme.palette().color(QPalette::WindowText).lightness() < 128);
    // And a light system stays light.
    QVERIFY(!ThemeController(m_lightPalette).isDark());
}

void TestMainWindow::appearanceMenuSwitchesAndRemembers()
{
    const auto window = makeWindow();
    auto *dark = window->findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *system = window->findChild<QAction *>(QStringLiteral("theme-system"));
    QVERIFY(dark && system);
    QVERIFY(system->isChecked());
    dark->trigger();
    QVERIFY(m_theme->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(m_settings->value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    QVERIFY(dark->isChecked() && !system->isChecked());
    // Changing the mode elsewhere (--dark, Settings) keeps the menu truthful.
    m_theme->setMode(ThemeMode::System);
    QVERIFY(system->isChecked() && !dark->isChecked());
}

void TestMainWindow::brandingChangesHeaderTitleAndAccent()
{
    const auto window = makeWindow();
    QCOMPARE(window->header()->brandName(), QStringLiteral("SimuWave Partner Console"));
    QImage logo(120, 40, QImage::Format_ARGB32);
    logo.fill(Qt::darkGreen);
    const QColor rose(0xe1, 0x1d, 0x48);
    window->setBranding({QStringLiteral("Acme Voice"), logo, rose});
    QCOMPARE(window->header()->brandName(), QStringLiteral("Acme Voice"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Dashboard — Acme Voice"));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), rose);
    const auto *logoLabel = window->findChild<QLabel *>(QStringLiteral("brandLogo"));
    QCOMPARE(logoLabel->pixmap().height() / logoLabel->pixmap().devicePixelRatio(), 32.0);
    QCOMPARE(logoLabel->pixmap().toImage().pixelColor(10, 10), QColor(Qt::darkGreen));

    // The accent survives a switch to the dark palette, with readable text on it.
    m_theme->setMode(ThemeMode::Dark);
    m_theme->apply();
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), rose);
    QCOMPARE(QApplication::palette().color(QPalette::HighlightedText), QColor(Qt::white));

    // Empty branding falls back to SimuWave's.
    window->setBranding({});
    QCOMPARE(window->header()->brandName(), QStringLiteral("SimuWave Partner Console"));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), ThemeController::defaultAccent());
    // A light brand colour gets dark text.
    window->setBranding({QString(), QImage(), QColor(0xfd, 0xe0, 0x47)});
    QVERIFY(QApplication::palette().color(QPalette::HighlightedText).lightness() < 64);
}

void TestMainWindow::spanishTranslationChangesVisibleText()
{
    AppTranslator translator;
    QVERIFY(translator.install(QLocale(QLocale::Spanish, QLocale::Spain), QStringLiteral(SIMUWAVE_QM_DIR)));
    const auto window = makeWindow();
    NavigationTree *tree = window->navigation();
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Panel"));
    QVERIFY(navigationItem(tree, QStringLiteral("Inventario")));
    QCOMPARE(window->windowTitle(), QStringLiteral("Panel — Consola de socios de SimuWave"));
    QCOMPARE(window->consoleStatusBar()->pendingText(), QStringLiteral("No hay cambios pendientes"));
    window->consoleStatusBar()->setPendingChanges(3);
    QCOMPARE(window->consoleStatusBar()->pendingText(), QStringLiteral("3 cambios pendientes"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Archivo"));

    // Removing the translator brings English back for windows built afterwards.
    translator.uninstall();
    const auto english = makeWindow();
    QCOMPARE(english->navigation()->topLevelItem(0)->text(0), QStringLiteral("Dashboard"));
}

void TestMainWindow::englishTranslationHasPluralForms()
{
    AppTranslator translator;
    QVERIFY(translator.install(QLocale(QLocale::English, QLocale::UnitedStates),
                               QStringLiteral(SIMUWAVE_QM_DIR)));
    ConsoleStatusBar bar;
    bar.setPendingChanges(1);
    QCOMPARE(bar.pendingText(), QStringLiteral("1 pending change"));
    bar.setPendingChanges(12);
    QCOMPARE(bar.pendingText(), QStringLiteral("12 pending changes"));
}

void TestMainWindow::statusBarFields()
{
    ConsoleStatusBar bar;
    bar.show();
    QCOMPARE(bar.profileText(), QStringLiteral("No profile"));
    QCOMPARE(bar.lastSyncText(), QStringLiteral("Never synced"));
    QCOMPARE(bar.connectionText(), QStringLiteral("Not connected"));
    QVERIFY(!bar.isReadOnlyBadgeShown());
    QVERIFY(!bar.isSyncProgressShown());
    QVERIFY(bar.serverText().isEmpty());

    bar.setProfile(QStringLiteral("acme-support"));
    bar.setReadOnly(true);
    bar.setConnection(ConsoleStatusBar::Connection::Offline);
    bar.setSyncProgress(3, 10);
    bar.setLastSync(QDateTime::currentDateTime());
    bar.setServer(QStringLiteral("Demo workspace: http://127.0.0.1:4000/v1"));
    QCOMPARE(bar.profileText(), QStringLiteral("Profile: acme-support"));
    QVERIFY(bar.isReadOnlyBadgeShown());
    QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("statusRole"))->text(), QStringLiteral("Read-only"));
    QCOMPARE(bar.connectionText(), QStringLiteral("Offline"));
    QVERIFY(bar.isSyncProgressShown());
    QVERIFY(bar.lastSyncText().startsWith(QStringLiteral("Last sync: ")));
    QCOMPARE(bar.serverText(), QStringLiteral("Demo workspace: http://127.0.0.1:4000/v1"));
    bar.setSyncIdle();
    QVERIFY(!bar.isSyncProgressShown());
    bar.setConnection(ConsoleStatusBar::Connection::Online);
    QCOMPARE(bar.connectionText(), QStringLiteral("Online"));
}

void TestMainWindow::aboutOpensWithoutBlocking()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F1);
    // Returning here at all proves there was no nested event loop; the box is open and names the version.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("SimuWave Partner Console")));
    box->close();
}

void TestMainWindow::bundledFontRegisters()
{
    const QString family = registerBundledFonts();
    QCOMPARE(family, QStringLiteral("DejaVu Sans"));
    QVERIFY(QFontDatabase::families().contains(family));
    QVERIFY(QFontDatabase::styles(family).contains(QStringLiteral("Bold")));
    QVERIFY(!appIcon().pixmap(16, 16).isNull());
    QVERIFY(!appIcon().availableSizes().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
