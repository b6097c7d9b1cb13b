// Numbers → Buy against the sandbox: local and toll-free searches (regular with a quantity, vanity
// patterns) answer through context.api(); a local search without a state, a bad area code or a bad pattern
// is refused under its field before anything is sent; the purchase confirmation totals setup and the first
// month against the wallet from the cache and refuses when the wallet is short; a purchase goes through the
// write queue and lands in the cache after the sync; offline the pane says searching needs a connection;
// the read-only role cannot buy (disabled with the reason, and the sandbox answers 403).
#include "ConsoleTestFixture.h"

#include "items/ItemRoles.h"
#include "numbers/AvailableNumbersModel.h"
#include "numbers/BuyNumbersPane.h"
#include "numbers/PurchaseDialog.h"
#include "validation/Validation.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace simuwave;

namespace {

bool searchAndWait(BuyNumbersPane &pane)
{
    QSignalSpy done(&pane, &BuyNumbersPane::searchFinished);
    if (!pane.search())
        return false;
    if (!done.wait(15'000))
        return false;
    return done.first().first().toBool();
}

void selectRows(BuyNumbersPane &pane, int count)
{
    QTableView *view = pane.resultsView();
    view->clearSelection();
    const QModelIndex first = view->model()->index(0, 0);
    const QModelIndex last = view->model()->index(count - 1, view->model()->columnCount() - 1);
    view->selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::Select);
}

qint64 cachedWalletCents(ConsoleTestFixture &f)
{
    const auto doc = f.cache->document(QStringLiteral("partner"));
    return doc ? doc->object()
                     .value(QLatin1String("wallet"))
                     .toObject()
                     .value(QLatin1String("balance_cents"))
                     .toInteger(-1)
               : -1;
}

} // namespace

class TestBuyNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_f.reset(); }
    void modelParsesStrictly();
    void localSearch();
    void localSearchRefusedBeforeSending_data();
    void localSearchRefusedBeforeSending();
    void tollFreeRegularWithQuantity();
    void tollFreeVanity();
    void vanityPatternRefusedBeforeSending();
    void totalAgainstWallet();
    void shortWalletIsRefused();
    void purchaseLandsInTheCacheAfterSync();
    void offlineSaysSearchingNeedsAConnection();
    void readOnlyCannotBuy();

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
};

void TestBuyNumbers::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // as the console does on C/POSIX
    m_f = std::make_unique<ConsoleTestFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error));
}

void TestBuyNumbers::modelParsesStrictly()
{
    QString why;
    const QJsonObject good{{"e164", "+15015551000"},
                           {"type", "local"},
                           {"state", "AR"},
                           {"city", "Little Rock"},
                           {"rate_center", "LITTLEROCK"},
                           {"monthly_cents", 150},
                           {"setup_fee_cents", 100},
                           {"per_minute_rate", "0.014"}};
    const auto n = AvailableNumber::fromJson(good, &why);
    QVERIFY2(n, qPrintable(why));
    QCOMPARE(n->monthly.cents(), 150);
    QCOMPARE(n->perMinuteRate, QStringLiteral("0.014"));
    QJsonObject floatCents = good;
    floatCents.insert("monthly_cents", 1.5);
    QVERIFY(!AvailableNumber::fromJson(floatCents, &why));
    QJsonObject numericRate = good;
    numericRate.insert("per_minute_rate", 0.014); // a rate must stay a decimal string
    QVERIFY(!AvailableNumber::fromJson(numericRate, &why));

    AvailableNumbersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AvailableNumber a = *n, b = *n, c = *n;
    b.e164 = "+15015551002";
    b.monthly = Money::fromCents(90);
    c.e164 = "+15015551001";
    c.perMinuteRate = "0.0095";
    model.setNumbers({a, b, c});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AvailableNumbersModel::MonthlyColumn).data(items::MoneyCentsRole).toLongLong(),
             150);
    QCOMPARE(model.index(0, AvailableNumbersModel::PerMinuteColumn).data().toString(),
             QStringLiteral("$0.014"));
    model.sort(AvailableNumbersModel::MonthlyColumn);
    QCOMPARE(model.numberAt(0).e164, QStringLiteral("+15015551002"));
    model.sort(AvailableNumbersModel::PerMinuteColumn);
    QCOMPARE(model.numberAt(0).e164, QStringLiteral("+15015551001"));
    model.sort(AvailableNumbersModel::NumberColumn, Qt::DescendingOrder);
    QCOMPARE(model.numberAt(0).e164, QStringLiteral("+15015551002"));
    model.removeNumbers({"+15015551001"});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("+15015551001"), -1);
}

void TestBuyNumbers::localSearch()
{
    BuyNumbersPane pane(*m_f->context);
    QAbstractItemModelTester tester(pane.resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setKind(BuyNumbersPane::Kind::Local);
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("AR")));
    // City completion from the numbers the partner already has there.
    QVERIFY(pane.citySuggestions().contains(QStringLiteral("Little Rock")));
    QVERIFY(!pane.citySuggestions().contains(QStringLiteral("Austin")));
    QVERIFY(searchAndWait(pane));
    AvailableNumbersModel *model = pane.resultsModel();
    QCOMPARE(model->rowCount(), 10); // the default quantity
    for (const AvailableNumber &n : model->numbers()) {
        QCOMPARE(n.state, QStringLiteral("AR"));
        QCOMPARE(n.type, QStringLiteral("local"));
        QVERIFY(n.monthly.cents() > 0);
        QVERIFY(n.setup.cents() > 0);
        QVERIFY(!n.perMinuteRate.isEmpty());
    }
    QVERIFY(pane.statusText().contains(QStringLiteral("10 number")));

    // Area code, NXX and city narrow it down, on the server.
    pane.field(QStringLiteral("area_code"))->setText(QStringLiteral("479"));
    pane.field(QStringLiteral("city"))->setText(QStringLiteral("fayetteville"));
    pane.quantityBox()->setValue(3);
    QVERIFY(searchAndWait(pane));
    QCOMPARE(model->rowCount(), 3);
    for (const AvailableNumber &n : model->numbers()) {
        QVERIFY2(n.e164.startsWith(QStringLiteral("+1479")), qPrintable(n.e164));
        QCOMPARE(n.city, QStringLiteral("Fayetteville"));
        QCOMPARE(n.rateCenter, QStringLiteral("FAYETTEVL"));
    }
    const QString nxx = model->numberAt(0).e164.mid(5, 3);
    pane.field(QStringLiteral("nxx"))->setText(nxx);
    QVERIFY(searchAndWait(pane));
    QVERIFY(model->rowCount() > 0);
    for (const AvailableNumber &n : model->numbers())
        QCOMPARE(n.e164.mid(5, 3), nxx);

    // Nothing there: said so, and an empty list.
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("VT")));
    pane.field(QStringLiteral("area_code"))->clear();
    pane.field(QStringLiteral("nxx"))->clear();
    pane.field(QStringLiteral("city"))->clear();
    QVERIFY(searchAndWait(pane));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(pane.statusText().contains(QStringLiteral("No numbers match")));
}

void TestBuyNumbers::localSearchRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no state") << QString() << QString() << QString() << "state"
                              << "State: choose the state";
    QTest::newRow("area code too short") << "AR"
                                         << "area_code"
                                         << "50"
                                         << "area_code"
                                         << "Area code: enter three";
    QTest::newRow("area code starts with 1") << "AR"
                                             << "area_code"
                                             << "123"
                                             << "area_code"
                                             << "Area code: enter three";
    QTest::newRow("nxx letters") << "AR"
                                 << "nxx"
                                 << "ABC"
                                 << "nxx"
                                 << "NXX: enter three";
}

void TestBuyNumbers::localSearchRefusedBeforeSending()
{
    QFETCH(QString, state);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    QFETCH(QString, expected);
    BuyNumbersPane pane(*m_f->context);
    pane.setKind(BuyNumbersPane::Kind::Local);
    pane.stateBox()->setCurrentIndex(state.isEmpty() ? 0 : pane.stateBox()->findData(state));
    if (!field.isEmpty())
        pane.field(field)->setText(value);
    QSignalSpy done(&pane, &BuyNumbersPane::searchFinished);
    QTest::mouseClick(pane.searchButton(), Qt::LeftButton);
    QVERIFY(!pane.isSearching()); // nothing was sent
    QVERIFY2(pane.errorFor(errorField).startsWith(expected), qPrintable(pane.errorFor(errorField)));
    QTest::qWait(200);
    QCOMPARE(done.size(), 0);
    QCOMPARE(pane.resultsModel()->rowCount(), 0);
    // Corrected, the message goes and the search runs.
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("TX")));
    if (!field.isEmpty())
        pane.field(field)->clear();
    QVERIFY(searchAndWait(pane));
    QVERIFY(pane.errorFor(errorField).isEmpty());
    QVERIFY(pane.resultsModel()->rowCount() > 0);
}

void TestBuyNumbers::tollFreeRegularWithQuantity()
{
    BuyNumbersPane pane(*m_f->context);
    QAbstractItemModelTester tester(pane.resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setKind(BuyNumbersPane::Kind::TollFree);
    pane.setVanity(false);
    pane.quantityBox()->setValue(5);
    QVERIFY(searchAndWait(pane));
    QCOMPARE(pane.resultsModel()->rowCount(), 5);
    for (const AvailableNumber &n : pane.resultsModel()->numbers()) {
        QVERIFY(n.isTollFree());
        QVERIFY2(validation::isTollFreeNpa(n.e164.mid(2, 3)), qPrintable(n.e164));
        QVERIFY(n.monthly.cents() > 0);
    }
    // Sorting through the header works on the client.
    pane.resultsView()->sortByColumn(AvailableNumbersModel::NumberColumn, Qt::DescendingOrder);
    const QList<AvailableNumber> sorted = pane.resultsModel()->numbers();
    QVERIFY(sorted.first().e164 > sorted.last().e164);
}

void TestBuyNumbers::tollFreeVanity()
{
    BuyNumbersPane pane(*m_f->context);
    QAbstractItemModelTester tester(pane.resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setKind(BuyNumbersPane::Kind::TollFree);
    pane.setVanity(true);
    pane.field(QStringLiteral("pattern"))->setText(QStringLiteral("8XX-OUR-FOOD"));
    QVERIFY(searchAndWait(pane));
    QVERIFY(pane.resultsModel()->rowCount() >= 7); // one per toll-free area code in the sandbox
    for (const AvailableNumber &n : pane.resultsModel()->numbers()) {
        QVERIFY2(n.e164.endsWith(QStringLiteral("6873663")), qPrintable(n.e164));
        QVERIFY2(n.vanity.endsWith(QStringLiteral("OUR-FOOD")), qPrintable(n.vanity));
    }
    QVERIFY(pane.resultsModel()->index(0, 0).data().toString().contains(QStringLiteral("OUR-FOOD")));

    pane.field(QStringLiteral("pattern"))->setText(QStringLiteral("877-555-XXXX"));
    pane.quantityBox()->setValue(20);
    QVERIFY(searchAndWait(pane));
    QCOMPARE(pane.resultsModel()->rowCount(), 20);
    for (const AvailableNumber &n : pane.resultsModel()->numbers())
        QVERIFY2(n.e164.startsWith(QStringLiteral("+1877555")), qPrintable(n.e164));
}

void TestBuyNumbers::vanityPatternRefusedBeforeSending()
{
    BuyNumbersPane pane(*m_f->context);
    pane.setKind(BuyNumbersPane::Kind::TollFree);
    pane.setVanity(true);
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("877-555"), QStringLiteral("501-555-XXXX"),
                               QStringLiteral("877-XXX-XXXX"), QStringLiteral("877-5$5-XXXX")}) {
        pane.field(QStringLiteral("pattern"))->setText(bad);
        QVERIFY(!pane.search());
        QVERIFY(!pane.isSearching());
        QCOMPARE(pane.errorFor(QStringLiteral("pattern")), validation::vanityPattern(bad));
        QVERIFY(!pane.errorFor(QStringLiteral("pattern")).isEmpty());
    }
}

void TestBuyNumbers::totalAgainstWallet()
{
    BuyNumbersPane pane(*m_f->context);
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("TX")));
    QVERIFY(searchAndWait(pane));
    QVERIFY(!pane.purchaseButton()->isEnabled()); // nothing selected yet
    QVERIFY(!pane.purchaseButton()->toolTip().isEmpty());
    selectRows(pane, 3);
    QCOMPARE(pane.selectedNumbers().size(), 3);
    QVERIFY(pane.purchaseButton()->isEnabled());
    qint64 monthly = 0, setup = 0;
    for (int row = 0; row < 3; ++row) {
        monthly += pane.resultsModel()->numberAt(row).monthly.cents();
        setup += pane.resultsModel()->numberAt(row).setup.cents();
    }
    QPointer<PurchaseDialog> dialog = pane.purchaseSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->monthlyTotal().cents(), monthly);
    QCOMPARE(dialog->setupTotal().cents(), setup);
    QCOMPARE(dialog->dueNow().cents(), monthly + setup);
    QVERIFY(dialog->walletBalance());
    QCOMPARE(dialog->walletBalance()->cents(), cachedWalletCents(*m_f));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->refusal().isEmpty());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("purchaseDueNow"))->text(),
             dialog->dueNow().format());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_f->writeQueue->pendingCount(), 0);
}

void TestBuyNumbers::shortWalletIsRefused()
{
    // The cached wallet holds less than the purchase costs (e.g. spent elsewhere since the last sync).
    const auto original = m_f->cache->document(QStringLiteral("partner"));
    QVERIFY(original);
    QJsonObject partner = original->object();
    QJsonObject wallet = partner.value(QLatin1String("wallet")).toObject();
    wallet.insert(QStringLiteral("balance_cents"), 150);
    partner.insert(QStringLiteral("wallet"), wallet);
    cache::CachedDocument poor = *original;
    poor.body = QJsonDocument(partner).toJson(QJsonDocument::Compact);
    QVERIFY(m_f->cache->storeDocument(poor));
    const auto restore = qScopeGuard([&] { m_f->cache->storeDocument(*original); });

    BuyNumbersPane pane(*m_f->context);
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("CA")));
    QVERIFY(searchAndWait(pane));
    selectRows(pane, 2);
    QPointer<PurchaseDialog> dialog = pane.purchaseSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->walletBalance()->cents(), 150);
    QVERIFY(dialog->dueNow().cents() > 150);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->refusal().contains(QStringLiteral("wallet")), qPrintable(dialog->refusal()));
    QVERIFY(dialog->message().contains(QStringLiteral("$1.50")));
    QVERIFY(!dialog->confirm());
    QCOMPARE(m_f->writeQueue->pendingCount(), 0);
    const QString e164 = pane.selectedNumbers().first();
    const HttpAnswer still =
        m_f->api->call("GET", QStringLiteral("phone-numbers/available"), {}, {},
                       QUrlQuery{{"type", "local"}, {"state", "CA"}, {"quantity", "100"}});
    QVERIFY(QJsonDocument(still.json).toJson().contains(e164.toUtf8())); // still for sale: nothing bought
    dialog->reject();
}

void TestBuyNumbers::purchaseLandsInTheCacheAfterSync()
{
    BuyNumbersPane pane(*m_f->context);
    QAbstractItemModelTester tester(pane.resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("WA")));
    QVERIFY(searchAndWait(pane));
    selectRows(pane, 2);
    const QStringList picked = pane.selectedNumbers();
    QCOMPARE(picked.size(), 2);
    const qint64 walletBefore = m_f->api->call("GET", QStringLiteral("partner"))
                                    .json.value("wallet")
                                    .toObject()
                                    .value("balance_cents")
                                    .toInteger();
    QPointer<PurchaseDialog> dialog = pane.purchaseSelected();
    QVERIFY(dialog);
    const qint64 due = dialog->dueNow().cents();
    QSignalSpy purchased(&pane, &BuyNumbersPane::purchased);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY2(purchased.wait(15'000), qPrintable(dialog ? dialog->message() : pane.statusText()));
    QCOMPARE(purchased.first().first().toStringList(), picked);
    QTRY_VERIFY(dialog.isNull()); // closed on success
    // Gone from the results, charged on the server exactly as confirmed.
    QCOMPARE(pane.resultsModel()->rowOf(picked.at(0)), -1);
    QCOMPARE(pane.resultsModel()->rowOf(picked.at(1)), -1);
    const qint64 walletAfter = m_f->api->call("GET", QStringLiteral("partner"))
                                   .json.value("wallet")
                                   .toObject()
                                   .value("balance_cents")
                                   .toInteger();
    QCOMPARE(walletBefore - walletAfter, due);
    QCOMPARE(m_f->writeQueue->pendingCount(), 0);
    // The inventory is the cache: the numbers arrive with the sync.
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery q(m_f->cache->database());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e164 IN (?, ?)"));
            q.addBindValue(picked.at(0));
            q.addBindValue(picked.at(1));
            return q.exec() && q.next() && q.value(0).toInt() == 2;
        }(),
        15'000);
    QCOMPARE(cachedWalletCents(*m_f), walletAfter);
}

void TestBuyNumbers::offlineSaysSearchingNeedsAConnection()
{
    BuyNumbersPane pane(*m_f->context);
    m_f->context->setOnline(false);
    QVERIFY(pane.noticeText().contains(QStringLiteral("needs a connection")));
    QVERIFY(!pane.searchButton()->isEnabled());
    QVERIFY(pane.searchButton()->toolTip().contains(QStringLiteral("offline")));
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("AR")));
    QVERIFY(!pane.search());
    QVERIFY(!pane.isSearching());
    QVERIFY(!pane.purchaseButton()->isEnabled());
    m_f->context->setOnline(true);
    QVERIFY(pane.noticeText().isEmpty());
    QVERIFY(pane.searchButton()->isEnabled());
    QVERIFY(searchAndWait(pane));
}

void TestBuyNumbers::readOnlyCannotBuy()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
    BuyNumbersPane pane(*f.context);
    QVERIFY(pane.noticeText().contains(QStringLiteral("Read-only")));
    // Searching is a read: allowed.
    pane.stateBox()->setCurrentIndex(pane.stateBox()->findData(QStringLiteral("AR")));
    QVERIFY(searchAndWait(pane));
    QVERIFY(pane.resultsModel()->rowCount() > 0);
    selectRows(pane, 1);
    QVERIFY(!pane.purchaseButton()->isEnabled());
    QVERIFY(pane.purchaseButton()->toolTip().contains(QStringLiteral("Read-only")));
    QVERIFY(!pane.purchaseSelected());
    // A dialog built anyway refuses too.
    PurchaseDialog dialog(*f.context, {pane.resultsModel()->numberAt(0)});
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.confirm());
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    // And the server refuses this credential whatever the client does.
    TestApi support(f.url, f.token);
    const HttpAnswer a = support.call("POST", QStringLiteral("phone-numbers/purchase"),
                                      {{"numbers", QJsonArray{pane.resultsModel()->numberAt(0).e164}}});
    QCOMPARE(a.status, 403);
}

QTEST_MAIN(TestBuyNumbers)
#include "tst_buynumbers.moc"
