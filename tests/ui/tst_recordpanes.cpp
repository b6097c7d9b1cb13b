// The list panes (Tenants, Inventory, E911, Invoices, Porting) on a real synced cache: they load lazily when
// shown, count what SQL counts, filter from openWith() keys (the dashboard's deep links), search, select a
// record by id, keep their filters in the settings, and drop their model when the cache closes.
#include "ConsoleTestFixture.h"

#include "e911/E911Pane.h"
#include "invoices/InvoicesPane.h"
#include "numbers/NumberInventoryPane.h"
#include "porting/PortingPane.h"
#include "tenants/TenantsPane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace simuwave;

class TestRecordPanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_f.reset(); }
    void listsCountAndFilter_data();
    void listsCountAndFilter();
    void e911CountIsAlwaysVisible();
    void selectsARecordById();
    void filtersAreRemembered();
    void closingTheCacheDropsTheModel();

private:
    std::unique_ptr<RecordListPane> makePane(const QString &id) const;
    qint64 sqlCount(const QString &sql) const;
    std::unique_ptr<ConsoleTestFixture> m_f;
};

void TestRecordPanes::initTestCase()
{
    m_f = std::make_unique<ConsoleTestFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error));
}

std::unique_ptr<RecordListPane> TestRecordPanes::makePane(const QString &id) const
{
    ConsoleContext &c = *m_f->context;
    if (id == QLatin1String("tenants"))
        return std::make_unique<TenantsPane>(c);
    if (id == QLatin1String("numbers-inventory"))
        return std::make_unique<NumberInventoryPane>(c);
    if (id == QLatin1String("e911"))
        return std::make_unique<E911Pane>(c);
    if (id == QLatin1String("invoices"))
        return std::make_unique<InvoicesPane>(c);
    return std::make_unique<PortingPane>(c);
}

qint64 TestRecordPanes::sqlCount(const QString &sql) const
{
    QSqlQuery q(m_f->cache->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestRecordPanes::listsCountAndFilter_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("column");
    QTest::newRow("tenants by status") << "tenants"
                                       << "tenants"
                                       << "status"
                                       << "SUSPENDED"
                                       << "status";
    QTest::newRow("numbers by E911") << "numbers-inventory"
                                     << "phone_numbers"
                                     << "e911_status"
                                     << "not_set"
                                     << "e911_status";
    QTest::newRow("numbers by CNAM") << "numbers-inventory"
                                     << "phone_numbers"
                                     << "cnam_status"
                                     << "failed"
                                     << "cnam_status";
    QTest::newRow("e911 failed") << "e911"
                                 << "phone_numbers"
                                 << "e911_status"
                                 << "failed"
                                 << "e911_status";
    QTest::newRow("invoices overdue") << "invoices"
                                      << "invoices"
                                      << "status"
                                      << "overdue"
                                      << "status";
    QTest::newRow("numbers by tenant") << "numbers-inventory"
                                       << "phone_numbers"
                                       << "tenant"
                                       << "tnt_00000002"
                                       << "tenant_id";
    QTest::newRow("e911 by tenant") << "e911"
                                    << "phone_numbers"
                                    << "tenant"
                                    << "tnt_00000003"
                                    << "tenant_id";
    QTest::newRow("ports by tenant") << "porting"
                                     << "port_requests"
                                     << "tenant"
                                     << "tnt_00000001"
                                     << "tenant_id";
    QTest::newRow("ports rejected") << "porting"
                                    << "port_requests"
                                    << "status"
                                    << "REJECTED"
                                    << "status";
}

void TestRecordPanes::listsCountAndFilter()
{
    QFETCH(QString, pane);
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, column);
    auto p = makePane(pane);
    QCOMPARE(p->id(), pane);
    QVERIFY(!p->model()); // lazy: nothing is read before the pane is shown
    p->activated();
    QVERIFY(p->model());
    QAbstractItemModelTester tester(p->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 all = sqlCount(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    QVERIFY(all > 0);
    QTRY_COMPARE(p->model()->rowCount(), int(all));
    QTRY_VERIFY(
        p->view()->findChild<QLabel *>(QStringLiteral("recordCount"))->text().contains(QString::number(all)));

    QVERIFY(p->openWith({{key, value}}));
    const qint64 filtered =
        sqlCount(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = '%3'").arg(table, column, value));
    QVERIFY(filtered > 0); // the demo seed has every status
    QTRY_COMPARE(p->model()->rowCount(), int(filtered));
    QTRY_VERIFY(p->model()->isRowLoaded(0));
}

void TestRecordPanes::e911CountIsAlwaysVisible()
{
    E911Pane pane(*m_f->context);
    const qint64 expected = sqlCount(QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e911_status IN "
                                                    "('not_set','failed') AND status <> 'RELEASED'"));
    QVERIFY(expected > 0);
    QCOMPARE(pane.nonCompliantCount(), expected);
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("e911NonCompliant"))
                ->text()
                .contains(QString::number(expected)));
}

void TestRecordPanes::selectsARecordById()
{
    auto p = makePane(QStringLiteral("numbers-inventory"));
    p->activated();
    QTRY_VERIFY(p->model()->isRowCountKnown() && p->model()->rowCount() > 300);
    // A number far down the list: its block is loaded on demand, then it is selected.
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, e164 FROM phone_numbers ORDER BY e164 DESC LIMIT 1")) &&
            q.next());
    const QString id = q.value(0).toString();
    const QString digits = q.value(1).toString().mid(2);
    QVERIFY(p->openWith({{QStringLiteral("search"), digits}, {QStringLiteral("id"), id}}));
    QTRY_COMPARE(p->view()->currentRecordId(), id);
    QCOMPARE(p->view()->searchField()->text(), digits);
}

void TestRecordPanes::filtersAreRemembered()
{
    QSettings settings(m_f->dir.filePath(QStringLiteral("panes.ini")), QSettings::IniFormat);
    {
        auto p = makePane(QStringLiteral("invoices"));
        p->activated();
        QVERIFY(p->openWith({{QStringLiteral("status"), QStringLiteral("paid")}}));
        p->view()->searchField()->setText(QStringLiteral("INV"));
        settings.beginGroup(QStringLiteral("panes/invoices"));
        p->saveState(settings);
        settings.endGroup();
    }
    auto again = makePane(QStringLiteral("invoices"));
    settings.beginGroup(QStringLiteral("panes/invoices"));
    again->restoreState(settings);
    settings.endGroup();
    auto *combo = again->view()->findChild<QComboBox *>(QStringLiteral("invoiceStatusFilter"));
    QCOMPARE(combo->currentData().toInt(), int(InvoiceStatus::Paid));
    QCOMPARE(again->view()->searchField()->text(), QStringLiteral("INV"));
    again->activated();
    const qint64 paid = sqlCount(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid'"));
    QTRY_COMPARE(again->model()->rowCount(), int(paid));
}

void TestRecordPanes::closingTheCacheDropsTheModel()
{
    auto p = makePane(QStringLiteral("tenants"));
    p->activated();
    QVERIFY(p->model());
    m_f->context->setCache(nullptr);
    QVERIFY(!p->model());
    QVERIFY(p->view()->findChild<QLabel *>(QStringLiteral("recordEmpty"))->isVisibleTo(p.get()));
    m_f->context->setCache(m_f->cache.get());
    QVERIFY(p->model());
    QTRY_VERIFY(p->model()->rowCount() > 0);
}

QTEST_MAIN(TestRecordPanes)
#include "tst_recordpanes.moc"
