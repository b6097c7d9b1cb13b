// The Invoices pane on a real synced cache and the sandbox: the selected invoice in full; Mark as Paid and a
// partial refund reach the server through the write queue; a refund larger than what was paid is refused on
// its field and nothing is sent; Void is for drafts only; the read-only role sees every action disabled with
// its reason but can still export; exporting the current filter writes one PDF per invoice.
#include "ConsoleTestFixture.h"

#include "invoices/InvoiceDetailView.h"
#include "invoices/InvoicesPane.h"
#include "main/AppResources.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

using namespace simuwave;

class TestInvoicesPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!registerBundledFonts().isEmpty()); }
    void markPaidAndRefund();
    void refundBeyondPaidIsRefused();
    void readOnlyDisablesActions();
    void exportTheFilter();
    void statsAndDateRangeFollowTheFilter();

private:
    static QString firstWith(ConsoleTestFixture &f, const QString &where)
    {
        QSqlQuery q(f.cache->database());
        return q.exec(QStringLiteral("SELECT id FROM invoices WHERE %1 ORDER BY issue_date DESC LIMIT 1")
                          .arg(where)) &&
                       q.next()
                   ? q.value(0).toString()
                   : QString();
    }
};

void TestInvoicesPane::markPaidAndRefund()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InvoicesPane pane(*f.context);
    pane.activated();
    const QString id = firstWith(f, QStringLiteral("status IN ('sent', 'overdue')"));
    QVERIFY(!id.isEmpty());
    InvoiceDetailView *detail = pane.detail();
    detail->showInvoice(id);
    QVERIFY(detail->findChild<QTableWidget *>(QStringLiteral("invoiceLines"))->rowCount() > 0);
    auto *markPaid = detail->findChild<QPushButton *>(QStringLiteral("invoiceMarkPaid"));
    QVERIFY(markPaid->isEnabled());
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("invoiceVoid"))->isEnabled());
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("invoiceVoid"))->toolTip().isEmpty());

    QSignalSpy done(f.writeQueue.get(), &WriteQueue::commandSucceeded);
    QTest::mouseClick(markPaid, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    const QJsonObject server = f.api->call("GET", QStringLiteral("invoices/") + id).json;
    QCOMPARE(server.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    QTRY_COMPARE(f.cache->invoice(id)->status.value, InvoiceStatus::Paid);
    // Now refundable: a partial refund of $1.00.
    auto *refund = detail->findChild<QPushButton *>(QStringLiteral("invoiceRefund"));
    QTRY_VERIFY(refund->isEnabled());
    detail->findChild<QLineEdit *>(QStringLiteral("refundAmount"))->setText(QStringLiteral("1.00"));
    done.clear();
    QTest::mouseClick(refund, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    QCOMPARE(f.api->call("GET", QStringLiteral("invoices/") + id)
                 .json.value(QLatin1String("refunded_cents"))
                 .toInteger(),
             server.value(QLatin1String("refunded_cents")).toInteger() + 100);
}

void TestInvoicesPane::refundBeyondPaidIsRefused()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InvoicesPane pane(*f.context);
    pane.activated();
    const QString id = firstWith(f, QStringLiteral("status = 'paid' AND paid_cents > 0"));
    QVERIFY(!id.isEmpty());
    const qint64 paid = f.cache->invoice(id)->paid.cents();
    pane.detail()->showInvoice(id);
    pane.detail()
        ->findChild<QLineEdit *>(QStringLiteral("refundAmount"))
        ->setText(Money::fromCents(paid + 1).toDecimalString());
    QVERIFY(!pane.detail()->refund());
    QVERIFY2(pane.detail()->refundError().startsWith(QStringLiteral("Refund amount:")),
             qPrintable(pane.detail()->refundError()));
    pane.detail()->findChild<QLineEdit *>(QStringLiteral("refundAmount"))->setText(QStringLiteral("12.345"));
    QVERIFY(!pane.detail()->refund());
    QVERIFY(pane.detail()->refundError().contains(QStringLiteral("Refund amount")));
    QCOMPARE(f.outbox->count(), 0); // nothing sent
    QCOMPARE(f.api->call("GET", QStringLiteral("invoices/") + id)
                 .json.value(QLatin1String("paid_cents"))
                 .toInteger(),
             paid);
}

void TestInvoicesPane::readOnlyDisablesActions()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
    InvoicesPane pane(*f.context);
    pane.activated();
    pane.detail()->showInvoice(firstWith(f, QStringLiteral("status IN ('sent', 'overdue')")));
    for (const char *name : {"invoiceRemind", "invoiceMarkPaid", "invoiceRefund", "invoiceVoid"}) {
        auto *b = pane.detail()->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(!b->isEnabled(), name);
        QVERIFY2(b->toolTip().contains(QStringLiteral("Read-only")), qPrintable(b->toolTip()));
    }
    QVERIFY(pane.detail()->findChild<QPushButton *>(QStringLiteral("invoicePdf"))->isEnabled());
    QVERIFY(!pane.detail()->markPaid());
    QCOMPARE(f.outbox->count(), 0);
}

void TestInvoicesPane::exportTheFilter()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InvoicesPane pane(*f.context);
    pane.activated();
    QVERIFY(pane.openWith({{QStringLiteral("status"), QStringLiteral("overdue")}}));
    QSqlQuery q(f.cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'overdue'")) && q.next());
    const int overdue = q.value(0).toInt();
    QVERIFY(overdue > 0);
    QTRY_COMPARE(pane.model()->rowCount(), overdue);
    QTemporaryDir out;
    QSignalSpy finished(&pane, &InvoicesPane::exportFinished);
    pane.exportTo(out.path());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().at(0).toInt(), overdue);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size(), overdue);
}

void TestInvoicesPane::statsAndDateRangeFollowTheFilter()
{
    ConsoleTestFixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InvoicesPane pane(*f.context);
    pane.activated();
    const auto sql = [&f](const QString &text) {
        QSqlQuery q(f.cache->database());
        return q.exec(text) && q.next() ? q.value(0).toLongLong() : -1;
    };
    auto *stats = pane.findChild<QLabel *>(QStringLiteral("invoicesStats"));
    QTRY_COMPARE(stats->property("invoiceCount").toLongLong(),
                 sql(QStringLiteral("SELECT COUNT(*) FROM invoices")));
    QVERIFY(pane.openWith({{QStringLiteral("status"), QStringLiteral("overdue")}}));
    const qint64 outstanding =
        sql(QStringLiteral("SELECT SUM(due_cents) FROM invoices WHERE status = 'overdue'"));
    QVERIFY(outstanding > 0);
    QTRY_COMPARE(stats->property("outstandingCents").toLongLong(), outstanding);
    QVERIFY(stats->text().contains(Money::fromCents(outstanding).format(QLocale())));
    // Issue dates from a year ago: fewer invoices, exactly those SQL finds.
    QVERIFY(pane.openWith({{QStringLiteral("status"), QStringLiteral("paid")}}));
    const QDate from = QDate::currentDate().addYears(-1);
    pane.findChild<QDateEdit *>(QStringLiteral("invoicesFrom"))->setDate(from);
    pane.findChild<QCheckBox *>(QStringLiteral("invoicesUseFrom"))->setChecked(true);
    const qint64 expected =
        sql(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid' AND issue_date >= '%1'")
                .arg(from.toString(Qt::ISODate)));
    QVERIFY(expected > 0);
    QVERIFY(expected < sql(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid'")));
    QTRY_COMPARE(pane.model()->rowCount(), int(expected));
    QTRY_COMPARE(stats->property("invoiceCount").toLongLong(), expected);
}

QTEST_MAIN(TestInvoicesPane)
#include "tst_invoicespane.moc"
