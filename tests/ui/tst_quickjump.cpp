// Ctrl+K over the cache: typing part of a tenant's name, a number in any written form or an invoice number
// lists the records under the field; choosing one opens its pane with that record selected.
#include "ConsoleTestFixture.h"

#include "main/MainWindow.h"
#include "main/QuickJumpSearch.h"
#include "main/StandardPanes.h"
#include "main/ThemeController.h"
#include "widgets/RecordListPane.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QtTest>

using namespace simuwave;

class TestQuickJump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsAndOpensRecords_data();
    void findsAndOpensRecords();
};

void TestQuickJump::findsAndOpensRecords_data()
{
    QTest::addColumn<QString>("sql"); // picks the record and the text to type
    QTest::addColumn<QString>("pane");
    QTest::addColumn<QString>("prefix"); // the hit's kind
    QTest::newRow("tenant by part of its name")
        << "SELECT id, substr(name, 2, 6) FROM tenants WHERE status = 'ACTIVE' LIMIT 1"
        << "tenants"
        << "Tenant";
    QTest::newRow("number written with punctuation")
        << "SELECT id, '(' || substr(e164, 3, 3) || ') ' || substr(e164, 6, 3) || '-' || substr(e164, 9, 4) "
           "FROM phone_numbers LIMIT 1 OFFSET 7"
        << "numbers-inventory"
        << "Number";
    QTest::newRow("invoice number") << "SELECT id, number FROM invoices LIMIT 1 OFFSET 3"
                                    << "invoices"
                                    << "Invoice";
}

void TestQuickJump::findsAndOpensRecords()
{
    QFETCH(QString, sql);
    QFETCH(QString, pane);
    QFETCH(QString, prefix);
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QSqlQuery q(f.cache->database());
    QVERIFY(q.exec(sql) && q.next());
    const QString id = q.value(0).toString();
    const QString typed = q.value(1).toString();

    ThemeController theme(QGuiApplication::palette());
    MainWindow window(*f.settings, theme);
    addStandardPanes(window, *f.context);
    window.setQuickJumpSearch([&f](const QString &text) {
        QList<std::tuple<QString, QString, QVariantMap>> out;
        for (const QuickJumpHit &hit : QuickJumpSearch(*f.context).search(text))
            out.append({hit.text, hit.paneId, hit.params});
        return out;
    });
    window.show();
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("quickJump"));
    auto *results = window.findChild<QListWidget *>(QStringLiteral("quickJumpResults"));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, typed);
    QVERIFY(results->isVisible());
    int row = -1;
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->text().startsWith(prefix) &&
            results->item(i)->data(Qt::UserRole + 1).toMap().value(QStringLiteral("id")).toString() == id)
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(typed));
    Q_EMIT results->itemActivated(results->item(row));
    QCOMPARE(window.currentPane()->id(), pane);
    auto *list = qobject_cast<RecordListPane *>(window.currentPane());
    QVERIFY(list);
    QTRY_COMPARE(list->view()->currentRecordId(), id);
    QVERIFY(field->text().isEmpty());
}

QTEST_MAIN(TestQuickJump)
#include "tst_quickjump.moc"
