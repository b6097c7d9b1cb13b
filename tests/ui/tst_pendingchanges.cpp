// Conflicts in "Pending changes" against the real sandbox: a change made on a version of a record that was
// changed meanwhile on the server (412) shows both versions; "Send my change again" applies it on top of the
// server's version, "Keep the server's version" drops it; a conflict seen before the dialog opened (or in an
// earlier session) reads the server's version when selected.
#include "ConsoleTestFixture.h"

#include "main/PendingChangesDialog.h"
#include "write/EditCommand.h"

#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace simuwave;

class TestPendingChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendMineAgainAfterA412();
    void keepTheServersVersion();

private:
    // Makes a stale edit of a tenant's name: read its ETag, change it on the server, then send the edit with
    // the old ETag. Returns the outbox id of the conflicting command.
    static qint64 makeConflict(ConsoleTestFixture &f, const QString &tenantId, const QString &mine,
                               const QString &theirs);
};

qint64 TestPendingChanges::makeConflict(ConsoleTestFixture &f, const QString &tenantId, const QString &mine,
                                        const QString &theirs)
{
    const HttpAnswer before = f.api->call("GET", QStringLiteral("tenants/") + tenantId);
    if (before.status != 200 || before.etag.isEmpty())
        return 0;
    if (f.api->call("PATCH", QStringLiteral("tenants/") + tenantId, {{QStringLiteral("name"), theirs}})
            .status != 200)
        return 0;
    QSignalSpy conflict(f.writeQueue.get(), &WriteQueue::conflict);
    const auto submitted = f.writeQueue->submit(EditCommand::patch(QStringLiteral("tenants"), tenantId,
                                                                   {{QStringLiteral("name"), mine}},
                                                                   QString::fromLatin1(before.etag)));
    if (!submitted.accepted || !conflict.wait(15'000))
        return 0;
    return conflict.first().first().toLongLong();
}

void TestPendingChanges::sendMineAgainAfterA412()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QString id = f.api->listPages(QStringLiteral("tenants"))
                           .first()
                           .first()
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    PendingChangesDialog dialog;
    dialog.setOutbox(f.outbox.get());
    dialog.setWriteQueue(f.writeQueue.get());
    dialog.show();

    const qint64 entry =
        makeConflict(f, id, QStringLiteral("Mine Incorporated"), QStringLiteral("Theirs LLC"));
    QVERIFY(entry > 0);
    QTRY_COMPARE(dialog.rowCount(), 1);
    QVERIFY(dialog.selectChange(entry));
    auto *versions = dialog.findChild<QTableWidget *>(QStringLiteral("pendingChangesVersions"));
    QTRY_COMPARE(versions->rowCount(), 1);
    QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("name"));
    QCOMPARE(versions->item(0, 1)->text(), QStringLiteral("Mine Incorporated"));
    QCOMPARE(versions->item(0, 2)->text(), QStringLiteral("Theirs LLC"));
    // Nothing was decided for the user: the server still has its version, the change waits.
    QCOMPARE(f.api->call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
             QStringLiteral("Theirs LLC"));
    QCOMPARE(f.outbox->count(), 1);

    QSignalSpy sent(f.writeQueue.get(), &WriteQueue::commandSucceeded);
    auto *sendMine = dialog.findChild<QPushButton *>(QStringLiteral("pendingChangesSendMine"));
    QVERIFY(sendMine->isEnabled());
    QTest::mouseClick(sendMine, Qt::LeftButton);
    QVERIFY(sent.wait(15'000));
    QCOMPARE(f.api->call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
             QStringLiteral("Mine Incorporated"));
    QTRY_COMPARE(f.outbox->count(), 0);
    QCOMPARE(f.cache->tenant(id)->name, QStringLiteral("Mine Incorporated"));
}

void TestPendingChanges::keepTheServersVersion()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QString id = f.api->listPages(QStringLiteral("tenants"))
                           .first()
                           .at(1)
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    // The conflict happens before the dialog exists: selecting it reads the server's version.
    const qint64 entry = makeConflict(f, id, QStringLiteral("Mine Again"), QStringLiteral("Server Wins Co"));
    QVERIFY(entry > 0);
    PendingChangesDialog dialog;
    dialog.setOutbox(f.outbox.get());
    dialog.setWriteQueue(f.writeQueue.get());
    dialog.show();
    QVERIFY(dialog.selectChange(entry));
    auto *versions = dialog.findChild<QTableWidget *>(QStringLiteral("pendingChangesVersions"));
    QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 1, 15'000);
    QCOMPARE(versions->item(0, 2)->text(), QStringLiteral("Server Wins Co"));

    auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("pendingChangesKeepServer"));
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE(f.outbox->count(), 0);
    QTRY_COMPARE(dialog.rowCount(), 0);
    QCOMPARE(f.api->call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
             QStringLiteral("Server Wins Co"));
}

QTEST_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
