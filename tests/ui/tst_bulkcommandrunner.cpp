// The shared bulk path (ui/widgets: BulkCommandRunner, BulkResultDialog, BulkResultModel) against the real
// sandbox: every item goes through the WriteQueue and ends with its own outcome; a partial failure reports
// exactly the items that failed, with the server's reason; validation refuses an item before anything is
// sent; Cancel stops what is not sent yet; the read-only role sends nothing.
#include "ConsoleTestFixture.h"

#include "items/ItemRoles.h"
#include "widgets/BulkCommandRunner.h"
#include "widgets/BulkResultDialog.h"
#include "widgets/BulkResultModel.h"
#include "write/EditCommand.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace simuwave;
using Outcome = BulkCommandRunner::Outcome;

namespace {

QStringList numberIds(ConsoleTestFixture &f, const QString &where, int limit)
{
    QSqlQuery q(f.cache->database());
    q.exec(
        QStringLiteral("SELECT id FROM phone_numbers WHERE %1 ORDER BY e164 LIMIT %2").arg(where).arg(limit));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// An active tenant with room for at least `room` more DIDs (its max_dids cap, read over HTTP).
QString activeTenant(ConsoleTestFixture &f, int room = 10)
{
    QSqlQuery q(f.cache->database());
    q.exec(QStringLiteral("SELECT t.id, (SELECT COUNT(*) FROM phone_numbers n WHERE n.tenant_id = t.id)"
                          " FROM tenants t WHERE t.status = 'ACTIVE' ORDER BY t.id"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QJsonValue max = f.api->call("GET", QStringLiteral("tenants/%1/limits").arg(id))
                                   .json.value(QLatin1String("max_dids"));
        if (max.isNull() || max.toInteger() - q.value(1).toLongLong() >= room)
            return id;
    }
    return {};
}

BulkCommandRunner::Item assignItem(const QString &id, const QString &tenant)
{
    BulkCommandRunner::Item item;
    item.key = id;
    item.label = id;
    item.command = EditCommand::action(QStringLiteral("phone-numbers"), id, QStringLiteral("assign"),
                                       {{QStringLiteral("tenant_id"), tenant}});
    return item;
}

BulkCommandRunner::Item releaseItem(const QString &id)
{
    BulkCommandRunner::Item item;
    item.key = id;
    item.label = id;
    item.command = EditCommand::action(QStringLiteral("phone-numbers"), id, QStringLiteral("release"));
    return item;
}

QJsonObject serverNumber(ConsoleTestFixture &f, const QString &id)
{
    return f.api->call("GET", QStringLiteral("phone-numbers/") + id).json;
}

} // namespace

class TestBulkCommandRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkAssignReachesTheServer();
    void partialFailureReportsExactlyTheFailedItem();
    void invalidItemIsNotSent();
    void cancelStopsWhatIsNotSent();
    void readOnlySendsNothing();
    void dialogConfirmRunAndResults();
    void dialogCancelBeforeConfirmSendsNothing();
};

void TestBulkCommandRunner::bulkAssignReachesTheServer()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QString tenant = activeTenant(f);
    QVERIFY(!tenant.isEmpty());
    const QStringList ids = numberIds(f, QStringLiteral("tenant_id IS NULL AND status = 'ACTIVE'"), 5);
    QCOMPARE(ids.size(), 5);

    BulkCommandRunner runner(f.writeQueue.get());
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(assignItem(id, tenant));
    runner.setItems(items);
    QVERIFY(runner.precheck().isEmpty());
    QSignalSpy finished(&runner, &BulkCommandRunner::finished);
    QSignalSpy progress(&runner, &BulkCommandRunner::progressChanged);
    runner.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(runner.countOf(Outcome::Succeeded), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    for (const QString &id : ids) {
        QCOMPARE(serverNumber(f, id).value(QLatin1String("tenant_id")).toString(), tenant);
        // The server's answer is in the cache at once (no sync needed).
        QCOMPARE(f.cache->phoneNumber(id)->tenantId, tenant);
    }
    QCOMPARE(f.writeQueue->pendingCount(), 0);
}

void TestBulkCommandRunner::partialFailureReportsExactlyTheFailedItem()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QStringList ids = numberIds(f, QStringLiteral("status = 'ACTIVE' AND tenant_id IS NULL"), 4);
    QCOMPARE(ids.size(), 4);
    // One of them is released on the server behind the console's back: releasing it again is a 409.
    QCOMPARE(f.api->call("POST", QStringLiteral("phone-numbers/%1/release").arg(ids.at(2))).status, 200);

    BulkCommandRunner runner(f.writeQueue.get());
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(releaseItem(id));
    // And one that does not exist at all (404).
    items.append(releaseItem(QStringLiteral("pn_does_not_exist")));
    runner.setItems(items);
    QSignalSpy finished(&runner, &BulkCommandRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(runner.countOf(Outcome::Succeeded), 3);
    QCOMPARE(runner.countOf(Outcome::Failed), 2);
    QCOMPARE(runner.result(2).outcome, Outcome::Failed);
    QVERIFY(!runner.result(2).message.isEmpty());
    QCOMPARE(runner.result(4).outcome, Outcome::Failed);
    for (int i : {0, 1, 3}) {
        QCOMPARE(runner.result(i).outcome, Outcome::Succeeded);
        QCOMPARE(serverNumber(f, ids.at(i)).value(QLatin1String("status")).toString(),
                 QStringLiteral("RELEASED"));
    }
    // The failures are reported in the result list, not left behind in "Pending changes", and they did not
    // block the queue.
    QCOMPARE(f.writeQueue->pendingCount(), 0);
}

void TestBulkCommandRunner::invalidItemIsNotSent()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QStringList ids = numberIds(f, QStringLiteral("status = 'ACTIVE'"), 2);
    QCOMPARE(ids.size(), 2);
    const QString before = serverNumber(f, ids.at(1)).value(QLatin1String("cnam")).toString();
    QList<BulkCommandRunner::Item> items;
    BulkCommandRunner::Item good;
    good.key = ids.at(0);
    good.command = EditCommand::patch(QStringLiteral("phone-numbers"), ids.at(0),
                                      {{QStringLiteral("cnam"), QStringLiteral("ACME SUPPORT")}});
    BulkCommandRunner::Item bad;
    bad.key = ids.at(1);
    bad.command = EditCommand::patch(QStringLiteral("phone-numbers"), ids.at(1),
                                     {{QStringLiteral("cnam"), QStringLiteral("MUCH TOO LONG FOR CNAM")}});
    items << good << bad;
    BulkCommandRunner runner(f.writeQueue.get());
    runner.setItems(items);
    const auto refused = runner.precheck();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().item.key, ids.at(1));
    QVERIFY(refused.first().fields.contains(QStringLiteral("cnam")));
    QSignalSpy finished(&runner, &BulkCommandRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(runner.result(0).outcome, Outcome::Succeeded);
    QCOMPARE(runner.result(1).outcome, Outcome::NotSent);
    QVERIFY(runner.result(1).fields.contains(QStringLiteral("cnam")));
    QCOMPARE(serverNumber(f, ids.at(0)).value(QLatin1String("cnam")).toString(),
             QStringLiteral("ACME SUPPORT"));
    QCOMPARE(serverNumber(f, ids.at(1)).value(QLatin1String("cnam")).toString(), before);
}

void TestBulkCommandRunner::cancelStopsWhatIsNotSent()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QString tenant = activeTenant(f);
    const QStringList ids = numberIds(f, QStringLiteral("tenant_id IS NULL AND status = 'ACTIVE'"), 6);
    QCOMPARE(ids.size(), 6);
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(assignItem(id, tenant));
    BulkCommandRunner runner(f.writeQueue.get());
    runner.setItems(items);
    QSignalSpy finished(&runner, &BulkCommandRunner::finished);
    // Cancel as soon as the first answer arrived.
    connect(&runner, &BulkCommandRunner::itemChanged, &runner, [&runner](int index) {
        if (runner.result(index).outcome == Outcome::Succeeded)
            runner.cancel();
    });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), 30'000);
    QCOMPARE(finished.size(), 1);
    QVERIFY(runner.wasCancelled());
    const int done = runner.countOf(Outcome::Succeeded);
    QVERIFY(done >= 1);
    QCOMPARE(done + runner.countOf(Outcome::Cancelled), 6);
    for (int i = 0; i < ids.size(); ++i) {
        const QString onServer = serverNumber(f, ids.at(i)).value(QLatin1String("tenant_id")).toString();
        QCOMPARE(onServer == tenant, runner.result(i).outcome == Outcome::Succeeded);
    }
    QCOMPARE(f.writeQueue->pendingCount(), 0);
}

void TestBulkCommandRunner::readOnlySendsNothing()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
    const QStringList ids = numberIds(f, QStringLiteral("status = 'ACTIVE'"), 3);
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(releaseItem(id));
    BulkResultDialog dialog(f.writeQueue.get());
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.setOperation(QStringLiteral("Release"), QStringLiteral("Release 3 numbers?"), items,
                        QStringLiteral("Release 3"), true);
    QCOMPARE(dialog.runner()->precheck().size(), 3);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.confirmButton()->toolTip().contains(QStringLiteral("Read-only")));
    QVERIFY(dialog.precheckLabel()->text().contains(QStringLiteral("Read-only")));
    // Even driven directly, nothing is sent.
    QSignalSpy finished(dialog.runner(), &BulkCommandRunner::finished);
    dialog.runner()->start();
    QVERIFY(finished.size() == 1 || finished.wait(5'000));
    QCOMPARE(dialog.runner()->countOf(Outcome::NotSent), 3);
    for (const QString &id : ids)
        QCOMPARE(serverNumber(f, id).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestBulkCommandRunner::dialogConfirmRunAndResults()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QStringList ids = numberIds(f, QStringLiteral("status = 'ACTIVE' AND tenant_id IS NULL"), 3);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(f.api->call("POST", QStringLiteral("phone-numbers/%1/release").arg(ids.at(1))).status, 200);
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(releaseItem(id));

    auto *dialog = new BulkResultDialog(f.writeQueue.get());
    QPointer<BulkResultDialog> guard(dialog);
    QAbstractItemModelTester tester(dialog->resultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewTester(dialog->resultView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->setOperation(QStringLiteral("Release numbers"), QStringLiteral("Release 3 numbers?"), items,
                         QStringLiteral("Release 3 numbers"), true);
    dialog->open();
    QCOMPARE(dialog->stage(), BulkResultDialog::Stage::Confirm);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->precheckLabel()->isHidden());
    QCOMPARE(dialog->resultModel()->rowCount(), 3);
    QSignalSpy done(dialog, &BulkResultDialog::runFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(done.size() == 1 || done.wait(30'000));
    QCOMPARE(dialog->stage(), BulkResultDialog::Stage::Finished);
    QVERIFY(dialog->closeButton()->isVisible());
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("2 done")));
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 failed")));
    // The list opens on the one problem.
    QVERIFY(dialog->problemsOnlyBox()->isChecked());
    QCOMPARE(dialog->resultView()->model()->rowCount(), 1);
    const QModelIndex row = dialog->resultView()->model()->index(0, BulkResultModel::ItemColumn);
    QCOMPARE(row.data(items::RecordIdRole).toString(), ids.at(1));
    QCOMPARE(row.data(items::BulkOutcomeRole).toInt(), int(Outcome::Failed));
    QVERIFY(
        !dialog->resultView()->model()->index(0, BulkResultModel::MessageColumn).data().toString().isEmpty());
    dialog->problemsOnlyBox()->setChecked(false);
    QCOMPARE(dialog->resultView()->model()->rowCount(), 3);
    const QString text = dialog->resultModel()->toText(true);
    QCOMPARE(text.count(QLatin1Char('\n')), 2); // header + the failed one
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // deleted on close
}

void TestBulkCommandRunner::dialogCancelBeforeConfirmSendsNothing()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QStringList ids = numberIds(f, QStringLiteral("status = 'ACTIVE'"), 2);
    QList<BulkCommandRunner::Item> items;
    for (const QString &id : ids)
        items.append(releaseItem(id));
    BulkResultDialog dialog(f.writeQueue.get());
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.setOperation(QStringLiteral("Release"), QStringLiteral("Release?"), items,
                        QStringLiteral("Release 2"));
    dialog.open();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(dialog.runner()->countOf(Outcome::Waiting), 2);
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    for (const QString &id : ids)
        QCOMPARE(serverNumber(f, id).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
}

QTEST_MAIN(TestBulkCommandRunner)
#include "tst_bulkcommandrunner.moc"
