// The tenant detail below the Tenants list, on a real synced cache: the tenant's numbers, invoices and port
// requests (each list filtered in SQL, counts equal to the cache's), its usage against each limit with the
// bar's level, following the pane's selection, and a row opening its own pane.
#include "ConsoleTestFixture.h"

#include "items/InvoiceTableModel.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "items/PortRequestTableModel.h"
#include "tenants/TenantDetailView.h"
#include "tenants/TenantsPane.h"

#include <QAbstractItemModelTester>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace simuwave;

class TestTenantDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ConsoleTestFixture>();
        QVERIFY2(m_f->start(), qPrintable(m_f->error));
    }
    void cleanupTestCase() { m_f.reset(); }

    void showsTheTenantsRecords()
    {
        // A tenant with numbers, invoices and a port request.
        QSqlQuery q(m_f->cache->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT t.id, (SELECT COUNT(*) FROM phone_numbers n WHERE n.tenant_id = t.id), (SELECT COUNT(*) "
            "FROM "
            "invoices i WHERE i.tenant_id = t.id), (SELECT COUNT(*) FROM port_requests p WHERE p.tenant_id = "
            "t.id) "
            "FROM tenants t WHERE EXISTS (SELECT 1 FROM port_requests p WHERE p.tenant_id = t.id) AND EXISTS "
            "(SELECT 1 FROM phone_numbers n WHERE n.tenant_id = t.id) ORDER BY t.id LIMIT 1")));
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        const int numbers = q.value(1).toInt(), invoices = q.value(2).toInt(), ports = q.value(3).toInt();
        q.finish();
        QVERIFY(numbers > 0 && ports > 0);

        TenantsPane pane(*m_f->context);
        pane.activated();
        QVERIFY(pane.openWith({{QStringLiteral("id"), id}}));
        QTRY_COMPARE(pane.detail()->tenantId(), id); // follows the selection
        TenantDetailView *d = pane.detail();
        QAbstractItemModelTester t1(d->numbersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(d->invoicesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(d->portsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(d->numbersModel()->rowCount(), numbers);
        QTRY_COMPARE(d->invoicesModel()->rowCount(), invoices);
        QTRY_COMPARE(d->portsModel()->rowCount(), ports);
        QTRY_VERIFY(d->numbersModel()->isRowLoaded(0));
        for (int row = 0; row < qMin(numbers, 50); ++row)
            if (d->numbersModel()->isRowLoaded(row))
                QCOMPARE(d->numbersModel()->index(row, 0).data(items::TenantIdRole).toString(), id);

        // Usage against the limits, as cached.
        const auto usage = m_f->cache->tenantUsage(id);
        QVERIFY(usage);
        QProgressBar *dids = d->meterBar(QStringLiteral("dids"));
        QVERIFY(dids->format().contains(QString::number(usage->dids.used)));
        if (usage->dids.limit) {
            QCOMPARE(dids->value(),
                     int(qMin<qint64>(100, usage->dids.used * 100 / qMax<qint64>(1, *usage->dids.limit))));
            QVERIFY(dids->property("usageLevel").isValid());
        }

        // A number opens in the inventory.
        QSignalSpy open(&pane, &Pane::navigateRequested);
        auto *view = d->findChild<QTableView *>(QStringLiteral("tenantNumbers"));
        QVERIFY(view);
        Q_EMIT view->activated(d->numbersModel()->index(0, 0));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("numbers-inventory"));
        QCOMPARE(open.first().at(1).toMap().value(QStringLiteral("id")).toString(),
                 d->numbersModel()->recordId(0));

        // Another tenant: the lists follow.
        QVERIFY(q.exec(
            QStringLiteral("SELECT id FROM tenants WHERE id <> '%1' AND dids_count = 0 LIMIT 1").arg(id)));
        if (q.next()) {
            d->showTenant(q.value(0).toString());
            QTRY_COMPARE(d->numbersModel()->rowCount(), 0);
        }
    }

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
};

QTEST_MAIN(TestTenantDetail)
#include "tst_tenantdetail.moc"
