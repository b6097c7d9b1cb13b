// What every pane stands on: the ConsoleContext filled from a real sandbox and a real synced cache. The
// documents the sync keeps (partner account, tenant defaults, the logo), local events recorded once, and an
// edit through the context's write queue reaching the server and coming back into the cache.
#include "ConsoleTestFixture.h"

#include "cache/CacheTypes.h"
#include "items/TenantTableModel.h"
#include "write/EditCommand.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace simuwave;

class TestConsoleContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentsAreSynced();
    void eventsAreRecordedOnce();
    void editGoesThroughTheWriteQueue();
    void readOnlyRefusesEveryEdit();
    void closingTheCacheTellsThePanes();
};

void TestConsoleContext::documentsAreSynced()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QVERIFY(f.context->cache());
    const auto partner = f.context->cache()->document(QStringLiteral("partner"));
    QVERIFY(partner);
    QVERIFY(!partner->object().isEmpty());
    QVERIFY(!partner->etag.isEmpty());
    const auto defaults = f.context->cache()->document(QStringLiteral("tenant-defaults"));
    QVERIFY(defaults);
    QVERIFY(!defaults->object().isEmpty());
    // A second round revalidates: the stored ETag earns a 304 and the document stays as it was.
    const QDateTime fetched = partner->fetchedAt;
    QVERIFY2(f.waitForSync(), qPrintable(f.error));
    QCOMPARE(f.context->cache()->document(QStringLiteral("partner"))->fetchedAt, fetched);
}

void TestConsoleContext::eventsAreRecordedOnce()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("minimal")), qPrintable(f.error));
    QSignalSpy recorded(f.context.get(), &ConsoleContext::eventRecorded);
    cache::LocalEvent e;
    e.kind = QStringLiteral("port-status");
    e.key = QStringLiteral("prt_1:foc_received");
    e.subjectId = QStringLiteral("prt_1");
    e.title = QStringLiteral("FOC received");
    QVERIFY(f.context->cache()->recordEvent(e));
    QVERIFY(!f.context->cache()->recordEvent(e)); // already known: no second notification
    QCOMPARE(recorded.size(), 1);
    const auto events = f.context->cache()->events(QStringLiteral("port-status"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().key, e.key);
    QVERIFY(!events.first().seen);
    QVERIFY(f.context->cache()->markEventsSeen(QStringLiteral("port-status")));
    QVERIFY(f.context->cache()->events().first().seen);
}

void TestConsoleContext::editGoesThroughTheWriteQueue()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QString reason;
    QVERIFY(f.context->canWrite(&reason));
    items::TenantTableModel model(f.context->cache());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.context->attachModel(&model);
    QTRY_VERIFY(model.isRowCountKnown());
    QTRY_VERIFY(model.isRowLoaded(0));
    const QString id = model.recordId(0);
    const auto before = f.context->cache()->tenant(id);
    QVERIFY(before);

    const QString newName = before->name + QStringLiteral(" Renamed");
    QSignalSpy ok(f.context->writeQueue(), &WriteQueue::commandSucceeded);
    const auto result = f.context->writeQueue()->submit(
        EditCommand::patch(QStringLiteral("tenants"), id, {{QStringLiteral("name"), newName}}));
    QVERIFY2(result.accepted, qPrintable(result.reason));
    QVERIFY(ok.wait(15'000));
    QCOMPARE(f.context->cache()->tenant(id)->name, newName);
    QCOMPARE(f.api->call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
             newName);

    // Invalid input is refused before anything is sent, with the field named.
    const auto refused = f.context->writeQueue()->submit(
        EditCommand::patch(QStringLiteral("tenants"), id,
                           {{QStringLiteral("default_cnam"), QStringLiteral("A CNAM FAR TOO LONG")}}));
    QVERIFY(!refused.accepted);
    QVERIFY(std::any_of(refused.errors.cbegin(), refused.errors.cend(), [](const validation::FieldError &e) {
        return e.field == QLatin1String("default_cnam");
    }));
}

void TestConsoleContext::readOnlyRefusesEveryEdit()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("minimal"), ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
    QString reason;
    QVERIFY(!f.context->canWrite(&reason));
    QVERIFY(reason.contains(QStringLiteral("Read-only")));
    const auto result = f.context->writeQueue()->submit(EditCommand::patch(
        QStringLiteral("tenants"), QStringLiteral("tnt_x"), {{QStringLiteral("name"), QStringLiteral("X")}}));
    QVERIFY(!result.accepted);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(f.outbox->count(), 0);
    // And the server says the same to the support role's own credential.
    TestApi support(f.url, f.token);
    QCOMPARE(
        support.call("POST", QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("Nope")}})
            .status,
        403);
}

void TestConsoleContext::closingTheCacheTellsThePanes()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("minimal")), qPrintable(f.error));
    QSignalSpy closing(f.context.get(), &ConsoleContext::cacheClosing);
    QSignalSpy ready(f.context.get(), &ConsoleContext::cacheReady);
    f.context->setCache(nullptr);
    QCOMPARE(closing.size(), 1);
    QVERIFY(!f.context->cache());
    f.context->setCache(f.cache.get());
    QCOMPARE(ready.size(), 1);
}

QTEST_MAIN(TestConsoleContext)
#include "tst_consolecontext.moc"
