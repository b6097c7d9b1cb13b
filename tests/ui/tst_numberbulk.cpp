// Bulk actions of Numbers → Inventory and Numbers → E911 against the sandbox, driven from the panes'
// selections: assign to a tenant, release, and one E911 address for many numbers. Each shows its
// confirmation first (nothing sent before it) and the result of each number afterwards; a partial failure
// names exactly the number that failed; an address the guide forbids is refused before anything is sent;
// Ctrl+A on a long list takes rows not loaded yet too; the read-only role has every action disabled.
#include "ConsoleTestFixture.h"

#include "e911/E911Pane.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "numbers/AssignTenantDialog.h"
#include "numbers/EditNumberDialog.h"
#include "numbers/NumberActions.h"
#include "numbers/NumberInventoryPane.h"
#include "widgets/BulkResultDialog.h"
#include "widgets/BulkResultModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace simuwave;
using Outcome = BulkCommandRunner::Outcome;

namespace {

// Waits until the pane's model knows its rows and has loaded the first `rows` of them.
bool waitForRows(RecordListPane &pane, int rows)
{
    pane.activated();
    return QTest::qWaitFor(
        [&] {
            items::LazySqlTableModel *m = pane.model();
            if (!m || !m->isRowCountKnown() || m->rowCount() < rows)
                return false;
            for (int r = 0; r < rows; ++r)
                m->index(r, 0).data(); // asks for the block
            return m->isRowLoaded(rows - 1);
        },
        15'000);
}

void selectRows(RecordListPane &pane, const QList<int> &rows)
{
    QItemSelectionModel *selection = pane.view()->table()->selectionModel();
    selection->clearSelection();
    const int last = pane.model()->columnCount() - 1;
    for (int row : rows)
        selection->select(QItemSelection(pane.model()->index(row, 0), pane.model()->index(row, last)),
                          QItemSelectionModel::Select);
}

QStringList sqlIds(ConsoleTestFixture &f, const QString &where, int limit)
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

QJsonObject serverNumber(ConsoleTestFixture &f, const QString &id)
{
    return f.api->call("GET", QStringLiteral("phone-numbers/") + id).json;
}

void fillAddress(EditNumberDialog *d, const QString &street, const QString &city, const QString &state,
                 const QString &zip)
{
    d->field(QStringLiteral("e911_address.street"))->setText(street);
    d->field(QStringLiteral("e911_address.city"))->setText(city);
    d->field(QStringLiteral("e911_address.state"))->setText(state);
    d->field(QStringLiteral("e911_address.zip"))->setText(zip);
}

bool runConfirmed(BulkResultDialog *dialog)
{
    QSignalSpy finished(dialog, &BulkResultDialog::runFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    return finished.size() == 1 || finished.wait(60'000);
}

} // namespace

class TestNumberBulk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bulkAssignFromTheInventory();
    void selectAllTakesRowsNotLoadedYet();
    void bulkReleaseReportsTheOneThatFailed();
    void bulkEditSetsOnlyWhatWasFilled();
    void bulkE911ReportsExactlyTheBadNumber();
    void badCityFailsAtRegistration();
    void readOnlyDisablesEveryAction();
};

void TestNumberBulk::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<BulkResultDialog *>();
}

void TestNumberBulk::bulkAssignFromTheInventory()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    NumberInventoryPane pane(*f.context);
    QVERIFY(!pane.assignButton()->isEnabled()); // nothing selected yet
    QVERIFY(!pane.assignButton()->toolTip().isEmpty());
    pane.activated();
    QTRY_VERIFY(pane.model());
    auto *model = qobject_cast<items::PhoneNumberTableModel *>(pane.model());
    model->setUnassignedOnly();
    model->setStatusFilter({NumberStatus::Active});
    QVERIFY(waitForRows(pane, 5));
    selectRows(pane, {0, 1, 2, 3, 4});
    const QStringList ids = pane.selectedIds();
    QCOMPARE(ids, sqlIds(f, QStringLiteral("tenant_id IS NULL AND status = 'ACTIVE'"), 5));
    QTRY_VERIFY(pane.assignButton()->isEnabled());
    QVERIFY(pane.releaseButton()->isEnabled() && pane.e911Button()->isEnabled() &&
            pane.editButton()->isEnabled());

    const QString tenant = activeTenant(f);
    QVERIFY(!tenant.isEmpty());
    QPointer<AssignTenantDialog> picker = pane.assignSelected();
    QVERIFY(picker);
    QVERIFY(!picker->continueButton()->isEnabled()); // no tenant chosen yet
    QVERIFY(picker->setTenantId(tenant));
    QVERIFY(picker->continueButton()->isEnabled());
    QVERIFY(!picker->roomText().isEmpty());
    QSignalSpy opened(pane.actions(), &NumberActions::bulkDialogOpened);
    QTest::mouseClick(picker->continueButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QPointer<BulkResultDialog> bulk = pane.actions()->lastBulkDialog();
    QVERIFY(bulk);
    QAbstractItemModelTester tester(bulk->resultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(bulk->stage(), BulkResultDialog::Stage::Confirm);
    QCOMPARE(bulk->resultModel()->rowCount(), 5);
    QVERIFY(bulk->summaryLabel()->text().contains(f.cache->tenant(tenant)->name));
    QCOMPARE(f.writeQueue->pendingCount(), 0); // nothing before the confirmation
    QVERIFY(runConfirmed(bulk));
    QCOMPARE(bulk->runner()->countOf(Outcome::Succeeded), 5);
    QVERIFY(bulk->summaryLabel()->text().contains(QStringLiteral("5 done")));
    for (const QString &id : ids) {
        QCOMPARE(serverNumber(f, id).value("tenant_id").toString(), tenant);
        QCOMPARE(f.cache->phoneNumber(id)->tenantId, tenant);
    }
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    bulk->accept();
}

void TestNumberBulk::selectAllTakesRowsNotLoadedYet()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    NumberInventoryPane pane(*f.context);
    QVERIFY(waitForRows(pane, 10));
    const int rows = pane.model()->rowCount();
    QVERIFY(rows > items::LazySqlTableModel::kBlockSize); // the demo has ~400 numbers: two blocks
    QVERIFY(!pane.model()->isRowLoaded(rows - 1));
    pane.view()->table()->selectAll();
    const QStringList ids = pane.selectedIds();
    QCOMPARE(ids.size(), rows);
    QCOMPARE(ids, pane.model()->matchingRecordIds());
    QTRY_VERIFY(
        pane.findChild<QLabel *>(QStringLiteral("numberSelection"))->text().contains(QString::number(rows)));
}

void TestNumberBulk::bulkReleaseReportsTheOneThatFailed()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    NumberInventoryPane pane(*f.context);
    QVERIFY(pane.view()->setFilterValue(QStringLiteral("numberStatusFilter"), int(NumberStatus::Active)));
    QVERIFY(waitForRows(pane, 4));
    selectRows(pane, {0, 1, 2, 3});
    const QStringList ids = pane.selectedIds();
    QCOMPARE(ids.size(), 4);
    // Released on the server behind the console's back: releasing it again is refused (409).
    QCOMPARE(f.api->call("POST", QStringLiteral("phone-numbers/%1/release").arg(ids.at(2))).status, 200);

    QPointer<BulkResultDialog> bulk = pane.releaseSelected();
    QVERIFY(bulk);
    QAbstractItemModelTester tester(bulk->resultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewTester(bulk->resultView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(bulk->summaryLabel()->text().contains(QStringLiteral("Release 4")));
    QVERIFY(bulk->confirmButton()->text().contains(QStringLiteral("4")));
    QVERIFY(runConfirmed(bulk));
    QCOMPARE(bulk->runner()->countOf(Outcome::Succeeded), 3);
    QCOMPARE(bulk->runner()->countOf(Outcome::Failed), 1);
    // The list opens on exactly the one that failed, with the server's reason.
    QVERIFY(bulk->problemsOnlyBox()->isChecked());
    QCOMPARE(bulk->resultView()->model()->rowCount(), 1);
    const QModelIndex row = bulk->resultView()->model()->index(0, BulkResultModel::ItemColumn);
    QCOMPARE(row.data(items::RecordIdRole).toString(), ids.at(2));
    QVERIFY(bulk->resultView()
                ->model()
                ->index(0, BulkResultModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("already released")));
    for (int i : {0, 1, 3})
        QCOMPARE(serverNumber(f, ids.at(i)).value("status").toString(), QStringLiteral("RELEASED"));
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    bulk->accept();

    // Numbers already released in the cache are left out, and the summary says so.
    QPointer<BulkResultDialog> again = pane.actions()->release({ids.at(0), ids.at(1)});
    QVERIFY(again);
    QCOMPARE(again->resultModel()->rowCount(), 0);
    QVERIFY(again->summaryLabel()->text().contains(QStringLiteral("already released")));
    QVERIFY(!again->confirmButton()->isEnabled());
    again->cancelButton()->click();
}

void TestNumberBulk::bulkEditSetsOnlyWhatWasFilled()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    NumberInventoryPane pane(*f.context);
    QVERIFY(pane.view()->setFilterValue(QStringLiteral("numberE911Filter"), int(E911Status::Registered)));
    QVERIFY(waitForRows(pane, 3));
    selectRows(pane, {0, 1, 2});
    const QStringList ids = pane.selectedIds();
    QMap<QString, QJsonObject> addressBefore;
    for (const QString &id : ids)
        addressBefore.insert(id, serverNumber(f, id).value("e911_address").toObject());
    QPointer<EditNumberDialog> dialog = pane.editSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->numbers().size(), 3);
    QVERIFY(!dialog->applyToTenantBox()); // several numbers: the selection is what is edited
    QVERIFY(!dialog->save());             // nothing filled in
    QVERIFY(!dialog->message().isEmpty());
    dialog->field(QStringLiteral("cnam"))->setText(QStringLiteral("ACME MAIN"));
    QSignalSpy started(dialog.data(), &EditNumberDialog::bulkStarted);
    QVERIFY(dialog->save());
    QCOMPARE(started.size(), 1);
    QPointer<BulkResultDialog> bulk = started.first().first().value<BulkResultDialog *>();
    QVERIFY(bulk->summaryLabel()->text().contains(QStringLiteral("ACME MAIN")));
    QVERIFY(runConfirmed(bulk));
    QCOMPARE(bulk->runner()->countOf(Outcome::Succeeded), 3);
    for (const QString &id : ids) {
        const QJsonObject server = serverNumber(f, id);
        QCOMPARE(server.value("cnam").toString(), QStringLiteral("ACME MAIN"));
        // The address was left empty: each number keeps its own, still registered.
        QCOMPARE(server.value("e911_address").toObject(), addressBefore.value(id));
        QCOMPARE(server.value("e911_status").toString(), QStringLiteral("registered"));
    }
    bulk->accept();
}

void TestNumberBulk::bulkE911ReportsExactlyTheBadNumber()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    // A number the cache still lists but the server no longer has: its update is refused (404).
    const QStringList notSet = sqlIds(f, QStringLiteral("e911_status = 'not_set' AND status = 'ACTIVE'"), 3);
    QCOMPARE(notSet.size(), 3);
    PhoneNumber ghost = *f.cache->phoneNumber(notSet.first());
    ghost.id = QStringLiteral("pn_9999992");
    ghost.e164 = QStringLiteral("+12025550100"); // sorts first in the list
    cache::RecordPage page;
    page.resource = cache::Resource::PhoneNumbers;
    page.phoneNumbers.append(ghost);
    QVERIFY(f.cache->upsertRecords(page));

    E911Pane pane(*f.context);
    QVERIFY(pane.view()->setFilterValue(QStringLiteral("e911StatusFilter"), int(E911Status::NotSet)));
    QVERIFY(waitForRows(pane, 4));
    QTRY_COMPARE(pane.model()->recordId(0), ghost.id);
    const qint64 nonCompliantBefore = pane.nonCompliantCount();
    selectRows(pane, {0, 1, 2, 3});
    const QStringList ids = pane.selectedIds();
    QCOMPARE(ids, QStringList({ghost.id}) + notSet);
    QTRY_VERIFY(pane.e911Button()->isEnabled());

    QPointer<EditNumberDialog> dialog = pane.updateE911Selected();
    QVERIFY(dialog);
    QVERIFY(!dialog->field(QStringLiteral("cnam"))); // one address, nothing else
    QCOMPARE(dialog->field(QStringLiteral("e911_address.street"))->text(), QString()); // starts empty
    QSignalSpy started(dialog.data(), &EditNumberDialog::bulkStarted);
    // Validated before sending: a PO Box is refused under the street, nothing is sent.
    fillAddress(dialog, QStringLiteral("PO Box 4410"), QStringLiteral("Dallas"), QStringLiteral("TX"),
                QStringLiteral("75226"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->errorFor(QStringLiteral("e911_address.street")).contains(QStringLiteral("PO Box")));
    QCOMPARE(started.size(), 0);
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    fillAddress(dialog, QStringLiteral("4410 Commerce St"), QStringLiteral("Dallas"), QStringLiteral("TX"),
                QStringLiteral("75226"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QPointer<BulkResultDialog> bulk = started.first().first().value<BulkResultDialog *>();
    QVERIFY(bulk);
    QAbstractItemModelTester tester(bulk->resultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(bulk->summaryLabel()->text().contains(QStringLiteral("4410 Commerce St, Dallas, TX 75226")));
    QVERIFY(runConfirmed(bulk));

    QCOMPARE(bulk->runner()->countOf(Outcome::Succeeded), 3);
    QCOMPARE(bulk->runner()->countOf(Outcome::Failed), 1);
    QCOMPARE(bulk->runner()->result(0).item.key, ghost.id);
    QCOMPARE(bulk->runner()->result(0).outcome, Outcome::Failed);
    QVERIFY(!bulk->runner()->result(0).message.isEmpty());
    QVERIFY(bulk->summaryLabel()->text().contains(QStringLiteral("1 failed")));
    QCOMPARE(bulk->resultView()->model()->rowCount(), 1); // only the problem
    QCOMPARE(bulk->resultView()->model()->index(0, 0).data(items::RecordIdRole).toString(), ghost.id);
    QVERIFY(bulk->resultModel()->toText(true).contains(QStringLiteral("(202) 555-0100")));
    for (const QString &id : notSet) {
        const QJsonObject server = serverNumber(f, id);
        QCOMPARE(server.value("e911_address").toObject().value("street").toString(),
                 QStringLiteral("4410 Commerce St"));
        QCOMPARE(server.value("e911_status").toString(), QStringLiteral("pending"));
    }
    QCOMPARE(f.writeQueue->pendingCount(), 0);
    bulk->accept();

    // The 911 provider registers them (ten sandbox minutes); the sync brings it and the count follows.
    QVERIFY2(f.advanceClock(11 * 60), qPrintable(f.error));
    QVERIFY2(f.waitForSync(), qPrintable(f.error));
    for (const QString &id : notSet)
        QCOMPARE(f.cache->phoneNumber(id)->e911Status.value, E911Status::Registered);
    QTRY_COMPARE_WITH_TIMEOUT(pane.nonCompliantCount(), nonCompliantBefore - 3, 5'000);
}

void TestNumberBulk::badCityFailsAtRegistration()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QStringList ids = sqlIds(f, QStringLiteral("e911_status = 'not_set' AND status = 'ACTIVE'"), 2);
    QCOMPARE(ids.size(), 2);
    E911Pane pane(*f.context);
    // A city spelled wrong is a valid form: the provider refuses it later, and the pane shows why.
    QPointer<EditNumberDialog> dialog = pane.actions()->updateE911(ids);
    QVERIFY(dialog);
    fillAddress(dialog, QStringLiteral("77 Elm St"), QStringLiteral("Little Rok"), QStringLiteral("AR"),
                QStringLiteral("72201"));
    QSignalSpy started(dialog.data(), &EditNumberDialog::bulkStarted);
    QVERIFY(dialog->save());
    QPointer<BulkResultDialog> bulk = started.first().first().value<BulkResultDialog *>();
    QVERIFY(runConfirmed(bulk));
    QCOMPARE(bulk->runner()->countOf(Outcome::Succeeded), 2);
    bulk->accept();
    QVERIFY2(f.advanceClock(11 * 60), qPrintable(f.error));
    QVERIFY2(f.waitForSync(), qPrintable(f.error));
    for (const QString &id : ids) {
        const auto n = f.cache->phoneNumber(id);
        QCOMPARE(n->e911Status.value, E911Status::Failed);
        QVERIFY2(n->e911Error.contains(QStringLiteral("Little Rok")), qPrintable(n->e911Error));
    }
    // Fix in place: the number's own dialog says what the provider refused.
    QPointer<EditNumberDialog> fix = pane.actions()->edit({ids.first()});
    QVERIFY(fix);
    QVERIFY(fix->findChild<QLabel *>(QStringLiteral("editNumberIntro"))
                ->text()
                .contains(QStringLiteral("Little Rok")));
    QCOMPARE(fix->field(QStringLiteral("e911_address.city"))->text(), QStringLiteral("Little Rok"));
    fix->reject();
}

void TestNumberBulk::readOnlyDisablesEveryAction()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
    NumberInventoryPane inventory(*f.context);
    QVERIFY(waitForRows(inventory, 2));
    selectRows(inventory, {0, 1});
    E911Pane e911(*f.context);
    QVERIFY(waitForRows(e911, 2));
    selectRows(e911, {0, 1});
    QTest::qWait(50);
    for (QPushButton *b : {inventory.assignButton(), inventory.releaseButton(), inventory.e911Button(),
                           inventory.editButton(), e911.editButton(), e911.e911Button()}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        QVERIFY2(b->toolTip().contains(QStringLiteral("Read-only")), qPrintable(b->toolTip()));
    }
    QVERIFY(!inventory.assignSelected());
    QVERIFY(!inventory.releaseSelected());
    QVERIFY(!inventory.updateE911Selected());
    QVERIFY(!inventory.editSelected());
    QVERIFY(!e911.editSelected());
    QVERIFY(!e911.updateE911Selected());
    const QStringList ids = inventory.selectedIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(!inventory.actions()->release(ids));
    QVERIFY(!inventory.actions()->assignTo(ids, activeTenant(f, 0)));
    QCOMPARE(f.writeQueue->pendingCount(), 0);
}

QTEST_MAIN(TestNumberBulk)
#include "tst_numberbulk.moc"
