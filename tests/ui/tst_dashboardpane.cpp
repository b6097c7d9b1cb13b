// The dashboard on a real synced cache: headline figures equal SQL over the cache, the wallet comes from
// the partner document, compliance lines open the filtered lists (and the Tenants and DIDs cards their
// lists), and the setup checklist follows data (a partner with nothing sees it expanded; creating a
// tenant on the server ticks step 1 after a sync).
#include "ConsoleTestFixture.h"

#include "dashboard/DashboardPane.h"

#include <QGroupBox>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>
#include <QtTest>

using namespace simuwave;

class TestDashboardPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresEqualTheCache();
    void complianceLinesOpenFilteredLists();
    void checklistFollowsData();
};

static qint64 count(ConsoleTestFixture &f, const QString &sql)
{
    QSqlQuery q(f.cache->database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestDashboardPane::figuresEqualTheCache()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    DashboardPane pane(*f.context);
    pane.activated();
    const QLocale locale;
    QCOMPARE(pane.cardText(QStringLiteral("tenants")),
             locale.toString(
                 count(f, QStringLiteral("SELECT COUNT(*) FROM tenants WHERE status <> 'CANCELLED'"))));
    QCOMPARE(pane.cardText(QStringLiteral("dids")),
             locale.toString(
                 count(f, QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE status <> 'RELEASED'"))));
    QCOMPARE(
        pane.cardText(QStringLiteral("extensions")),
        locale.toString(count(
            f, QStringLiteral("SELECT SUM(extensions_count) FROM tenants WHERE status <> 'CANCELLED'"))));
    QCOMPARE(pane.cardText(QStringLiteral("status")), DashboardPane::tr("Operational"));
    // The wallet, in integer cents from the partner document, formatted by the locale.
    const qint64 cents = f.api->call("GET", QStringLiteral("partner"))
                             .json.value(QLatin1String("wallet"))
                             .toObject()
                             .value(QLatin1String("balance_cents"))
                             .toInteger();
    QVERIFY(cents > 0);
    QCOMPARE(pane.cardText(QStringLiteral("wallet")), Money::fromCents(cents).format(locale));
    // The demo partner has done every setup step: no checklist.
    QCOMPARE(pane.figures().stepsDone(), 6);
    QVERIFY(!pane.findChild<QGroupBox *>(QStringLiteral("setupChecklist"))->isVisibleTo(&pane));
}

void TestDashboardPane::complianceLinesOpenFilteredLists()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    DashboardPane pane(*f.context);
    pane.activated();
    const qint64 notSet = count(
        f, QStringLiteral(
               "SELECT COUNT(*) FROM phone_numbers WHERE e911_status = 'not_set' AND status <> 'RELEASED'"));
    QVERIFY(notSet > 0);
    QCOMPARE(pane.figures().e911NotSet, notSet);
    auto *line = pane.findChild<QPushButton *>(QStringLiteral("e911NotSet"));
    QVERIFY(line->isEnabled());
    QVERIFY(line->text().contains(QString::number(notSet)));
    QSignalSpy navigate(&pane, &Pane::navigateRequested);
    QTest::mouseClick(line, Qt::LeftButton);
    QCOMPARE(navigate.size(), 1);
    QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("e911"));
    QCOMPARE(navigate.first().at(1).toMap().value(QStringLiteral("e911_status")).toString(),
             QStringLiteral("not_set"));

    auto *cnam = pane.findChild<QPushButton *>(QStringLiteral("cnamFailed"));
    QCOMPARE(cnam->isEnabled(), pane.figures().cnamFailed > 0);
    if (cnam->isEnabled()) {
        QTest::mouseClick(cnam, Qt::LeftButton);
        QCOMPARE(navigate.last().at(0).toString(), QStringLiteral("numbers-inventory"));
    }

    // The Tenants and DIDs cards open their lists; the wallet card is only a figure.
    const auto clickCard = [&](const QString &key) {
        navigate.clear();
        QTest::mouseClick(pane.findChild<QWidget *>(QStringLiteral("card-") + key), Qt::LeftButton);
        return navigate.isEmpty() ? QString() : navigate.first().at(0).toString();
    };
    QCOMPARE(clickCard(QStringLiteral("tenants")), QStringLiteral("tenants"));
    QCOMPARE(clickCard(QStringLiteral("dids")), QStringLiteral("numbers-inventory"));
    QCOMPARE(clickCard(QStringLiteral("wallet")), QString());
}

void TestDashboardPane::checklistFollowsData()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("minimal")), qPrintable(f.error));
    DashboardPane pane(*f.context);
    pane.show();
    pane.activated();
    QVERIFY(!pane.figures().hasTenant);
    const int before = pane.figures().stepsDone();
    auto *checklist = pane.findChild<QGroupBox *>(QStringLiteral("setupChecklist"));
    auto *step1 = pane.findChild<QPushButton *>(QStringLiteral("setupStep1"));
    QVERIFY(step1->text().startsWith(QStringLiteral("○")));
    if (before == 0)
        QVERIFY(checklist->isVisible()); // nothing done: expanded

    // Create the first customer on the server; the next sync ticks the step without anyone touching it.
    const HttpAnswer created =
        f.api->call("POST", QStringLiteral("tenants"),
                    {{QStringLiteral("name"), QStringLiteral("First Customer Inc")},
                     {QStringLiteral("sip_prefix"), QStringLiteral("firstcust")},
                     {QStringLiteral("billing_email"), QStringLiteral("ap@first.example")}});
    QVERIFY2(created.status == 201, created.body.constData());
    QVERIFY2(f.waitForSync(), qPrintable(f.error));
    QTRY_VERIFY(pane.figures().hasTenant);
    QCOMPARE(pane.figures().stepsDone(), before + 1);
    QVERIFY(step1->text().startsWith(QStringLiteral("✓")));
    // Some progress: collapsed to the progress button, which expands it again.
    auto *toggle = pane.findChild<QToolButton *>(QStringLiteral("checklistToggle"));
    QVERIFY(toggle->isVisible());
    QVERIFY(toggle->text().contains(QStringLiteral("%1/6").arg(before + 1)));
    QVERIFY(!checklist->isVisible());
    toggle->click();
    QVERIFY(checklist->isVisible());
}

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
