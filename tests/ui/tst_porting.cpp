// Porting against the real sandbox: the New Port Request wizard refuses bad input before sending (invalid,
// duplicate and owned numbers; documents checked by content; a date in the past; advice on Mondays, Fridays
// and short notice), then runs end to end with both uploads; on the accelerated sandbox clock the request is
// rejected (Appendix B reason and fix shown), resubmitted with the fix and completed, each status change
// notified once and in the timeline. The LOA PDF holds every field (pdftotext). The CSV import reports
// row-level errors and sends only the good rows. The read-only role can do none of it.
#include "ConsoleTestFixture.h"

#include "main/AppResources.h"
#include "porting/NewPortWizard.h"
#include "porting/PortAgeDelegate.h"
#include "porting/PortCsvImport.h"
#include "porting/PortDetailView.h"
#include "porting/PortingPane.h"
#include "porting/PortStatusWatcher.h"
#include "print/LoaPdfRenderer.h"
#include "widgets/BulkResultDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QtTest>

using namespace simuwave;

class TestPorting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_f.reset(); }
    void wizardRefusesBadInputAndSendsNothing();
    void loaHoldsEveryField();
    void csvImportReportsRowErrorsAndSendsOnlyGoodRows();
    // Last but one: it moves the sandbox clock a month on.
    void wizardEndToEndRejectedResubmittedCompleted();
    void readOnlyCannotPort();
    void longWaitsStandOut_data();
    void longWaitsStandOut();

private:
    void fillValid(NewPortWizard &w, const QString &numbers, const QString &holder);
    QString writeFile(const QString &name, const QByteArray &data);
    QString pdfFile();
    QString pngFile();
    QString ownedNumber();
    int serverPortCount();
    std::unique_ptr<ConsoleTestFixture> m_f;
    QTemporaryDir m_dir;
};

void TestPorting::initTestCase()
{
    QVERIFY(!registerBundledFonts().isEmpty());
    m_f = std::make_unique<ConsoleTestFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error));
}

QString TestPorting::writeFile(const QString &name, const QByteArray &data)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

QString TestPorting::pdfFile()
{
    return writeFile(QStringLiteral("signed-loa.pdf"),
                     "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

QString TestPorting::pngFile()
{
    QImage bill(40, 20, QImage::Format_RGB32);
    bill.fill(Qt::white);
    const QString path = m_dir.filePath(QStringLiteral("bill.png"));
    bill.save(path, "PNG");
    return path;
}

QString TestPorting::ownedNumber()
{
    QSqlQuery q(m_f->cache->database());
    if (!q.exec(QStringLiteral("SELECT e164 FROM phone_numbers WHERE status = 'ACTIVE' LIMIT 1")) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

int TestPorting::serverPortCount()
{
    const HttpAnswer a = m_f->api->call("GET", QStringLiteral("port-requests"), {}, {},
                                        QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1000")}});
    return a.status == 200 ? int(a.json.value(QLatin1String("data")).toArray().size()) : -1;
}

void TestPorting::fillValid(NewPortWizard &w, const QString &numbers, const QString &holder)
{
    w.numbersEdit()->setPlainText(numbers);
    w.field(QStringLiteral("current_carrier"))->setText(QStringLiteral("AT&T"));
    w.field(QStringLiteral("account_holder_name"))->setText(holder);
    w.field(QStringLiteral("account_number"))->setText(QStringLiteral("5120 7788 1"));
    w.field(QStringLiteral("pin"))->setText(QStringLiteral("2468"));
    w.field(QStringLiteral("service_address.street"))->setText(QStringLiteral("1450 Harbor Blvd"));
    w.field(QStringLiteral("service_address.city"))->setText(QStringLiteral("Little Rock"));
    w.field(QStringLiteral("service_address.state"))->setText(QStringLiteral("AR"));
    w.field(QStringLiteral("service_address.zip"))->setText(QStringLiteral("72201"));
    // A Wednesday three weeks or more out: no advice.
    QDate d = QDate::currentDate().addDays(21);
    while (d.dayOfWeek() != Qt::Wednesday)
        d = d.addDays(1);
    w.desiredDate()->setDate(d);
    QString error;
    QVERIFY2(w.setDocument(QStringLiteral("loa"), pdfFile(), &error), qPrintable(error));
    QVERIFY2(w.setDocument(QStringLiteral("carrier_bill"), pngFile(), &error), qPrintable(error));
}

void TestPorting::wizardRefusesBadInputAndSendsNothing()
{
    NewPortWizard w(*m_f->context);
    const QString owned = ownedNumber();
    QVERIFY(!owned.isEmpty());
    fillValid(w, QStringLiteral("not a number\n(501) 555-9101\n501.555.9101\n") + owned,
              QStringLiteral("Kestrel Dental"));
    QStringList problems;
    const QStringList ok = w.numbers(&problems);
    QCOMPARE(ok, QStringList{QStringLiteral("+15015559101")});
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(QLatin1String("not a phone number")));
    QVERIFY(problems.at(1).contains(QLatin1String("listed twice")));
    QVERIFY(problems.at(2).contains(QLatin1String("already in your inventory")));
    // Documents are checked by their content, not their name.
    QString error;
    QVERIFY(
        !w.setDocument(QStringLiteral("loa"), writeFile(QStringLiteral("fake.pdf"), "just text"), &error));
    QVERIFY2(error.contains(QLatin1String("PDF, PNG or JPEG")), qPrintable(error));
    QVERIFY(!w.setDocument(
        QStringLiteral("loa"),
        writeFile(QStringLiteral("big.pdf"), QByteArray("%PDF-") + QByteArray(11 * 1024 * 1024, 'x')),
        &error));
    QVERIFY(error.contains(QLatin1String("10 MiB")));
    // Dates: in the past is refused; Mondays, Fridays and short notice get the guide's advice.
    w.desiredDate()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(w.problems().value(QStringLiteral("desired_date")).contains(QLatin1String("past")));
    QDate monday = QDate::currentDate().addDays(20);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    w.desiredDate()->setDate(monday);
    QVERIFY(w.dateAdvice().contains(QLatin1String("Monday")));
    w.desiredDate()->setDate(QDate::currentDate().addDays(3));
    QVERIFY(w.dateAdvice().contains(QLatin1String("two weeks")));
    w.field(QStringLiteral("service_address.street"))->setText(QStringLiteral("PO Box 12"));
    w.field(QStringLiteral("account_holder_name"))->clear();
    const int before = m_f->outbox->count();
    QVERIFY(!w.submit());
    const QMap<QString, QString> p = w.problems();
    QVERIFY(p.contains(QStringLiteral("numbers")));
    QVERIFY(p.value(QStringLiteral("account_holder_name")).contains(QLatin1String("Account holder name")));
    QVERIFY(p.contains(QStringLiteral("service_address.street")));
    QCOMPARE(m_f->outbox->count(), before);
}

void TestPorting::wizardEndToEndRejectedResubmittedCompleted()
{
    PortingPane pane(*m_f->context);
    QCOMPARE(pane.statusWatcher()->scan(), 0); // the first look only takes note
    QSignalSpy notified(m_f->context.get(), &ConsoleContext::notificationRequested);
    NewPortWizard w(*m_f->context);
    fillValid(w, QStringLiteral("(501) 555-9201, 501-555-9202"), QStringLiteral("Kestrel Dental MISMATCH"));
    QVERIFY(w.dateAdvice().isEmpty());
    QVERIFY2(w.problems().isEmpty(), qPrintable(w.problems().values().join(QLatin1Char('\n'))));
    QSignalSpy submitted(&w, &NewPortWizard::submitted);
    QVERIFY(w.submit());
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);
    const QString id = submitted.first().at(0).toString();
    QVERIFY2(submitted.first().at(1).toBool(), qPrintable(submitted.first().at(2).toString()));
    QVERIFY(id.startsWith(QLatin1String("port_")));
    const QJsonObject server = m_f->api->call("GET", QStringLiteral("port-requests/") + id).json;
    QCOMPARE(server.value(QLatin1String("documents")).toArray().size(), 2);
    QCOMPARE(server.value(QLatin1String("numbers")).toArray().size(), 2);

    const auto step = [&](qint64 seconds, const char *status) {
        QVERIFY2(m_f->advanceClock(seconds), qPrintable(m_f->error));
        QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
        QTRY_COMPARE(m_f->cache->portRequest(id)->status.raw, QString::fromLatin1(status));
        pane.statusWatcher()->scan();
    };
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    step(3601, "SUBMITTED");
    step(24 * 3600 + 1, "REJECTED");
    pane.detail()->showPort(id);
    QVERIFY(pane.detail()->rejectionText().contains(QLatin1String("How to fix it")));
    QVERIFY2(pane.detail()->rejectionText().contains(QLatin1String("bill"), Qt::CaseInsensitive),
             qPrintable(pane.detail()->rejectionText()));
    // Resubmit with the holder exactly as on the bill; an invalid correction is refused first.
    QMap<QString, QString> errors;
    QVERIFY(
        !pane.detail()->resubmit({{QStringLiteral("account_holder_name"), QStringLiteral("  ")}}, &errors));
    QVERIFY(errors.contains(QStringLiteral("account_holder_name")));
    QVERIFY(
        pane.detail()->resubmit({{QStringLiteral("account_holder_name"), QStringLiteral("Kestrel Dental")}}));
    QTRY_COMPARE(m_f->api->call("GET", QStringLiteral("port-requests/") + id)
                     .json.value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("PENDING"));
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    step(3601, "SUBMITTED");
    step(24 * 3600 + 1, "FOC_RECEIVED");
    step(30 * 24 * 3600, "COMPLETED");
    // The timeline: every status the request went through, in order.
    pane.detail()->showPort(id);
    QStringList statuses;
    for (int i = 0; i < pane.detail()->timeline()->topLevelItemCount(); ++i)
        statuses << pane.detail()->timeline()->topLevelItem(i)->text(1);
    QCOMPARE(statuses, (QStringList{displayName(PortStatus::Pending), displayName(PortStatus::Submitted),
                                    displayName(PortStatus::Rejected), displayName(PortStatus::Pending),
                                    displayName(PortStatus::Submitted), displayName(PortStatus::FocReceived),
                                    displayName(PortStatus::Completed)}));
    // One notification per change of this request, never twice.
    const auto aboutThisPort = [&notified] {
        int n = 0;
        for (const QList<QVariant> &args : std::as_const(notified))
            n += args.at(0).toString().contains(QLatin1String("(501) 555-9201"));
        return n;
    };
    QCOMPARE(aboutThisPort(), 6);
    QCOMPARE(pane.statusWatcher()->scan(), 0);
    QCOMPARE(aboutThisPort(), 6);
}

void TestPorting::loaHoldsEveryField()
{
    LoaPdfInput in;
    in.date = QDate(2026, 12, 2);
    in.accountHolderName = QStringLiteral("Kestrel Dental PLLC");
    in.businessName = QStringLiteral("Kestrel Dental Springfield");
    in.currentCarrier = QStringLiteral("Spectrum Business");
    for (int i = 0; i < 70; ++i) // enough to flow onto a second page
        in.numbers << QStringLiteral("+1501555%1").arg(3000 + i);
    in.serviceAddress = Address{QStringLiteral("1450 Harbor Blvd Suite 12"), QStringLiteral("Little Rock"),
                                QStringLiteral("AR"), QStringLiteral("72201"), QStringLiteral("US")};
    in.accountNumber = QStringLiteral("8812-3390-1");
    in.branding.brandName = QStringLiteral("Acme Phones");
    in.branding.supportEmail = QStringLiteral("help@acmephones.example");
    in.fontFamily = registerBundledFonts();
    const QString path = m_dir.filePath(QStringLiteral("loa.pdf"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(LoaPdfRenderer::render(in, &out), QString());
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &needle :
         {QStringLiteral("LETTER OF AUTHORIZATION"), QStringLiteral("December 2, 2026"), in.accountHolderName,
          in.businessName, in.currentCarrier, in.branding.brandName, QStringLiteral("(501) 555-3000"),
          QStringLiteral("(501) 555-3069"), in.serviceAddress.street, QStringLiteral("Little Rock, AR 72201"),
          in.accountNumber, QStringLiteral("Signature"), QStringLiteral("Name (printed)"),
          QStringLiteral("Title")})
        QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QChar(0xFB01)));
    // A request with no numbers is refused.
    in.numbers.clear();
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QVERIFY(!LoaPdfRenderer::render(in, &none).isEmpty());
}

void TestPorting::csvImportReportsRowErrorsAndSendsOnlyGoodRows()
{
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sip_prefix FROM tenants WHERE status = 'ACTIVE' LIMIT 1")) &&
            q.next());
    const QString sip = q.value(0).toString();
    q.finish();
    QDate d = QDate::currentDate().addDays(25);
    while (d.dayOfWeek() != Qt::Tuesday)
        d = d.addDays(1);
    const QString date = d.toString(Qt::ISODate);
    const QByteArray csv =
        "numbers,current_carrier,account_holder_name,account_number,pin,service_street,service_city,service_"
        "state,"
        "service_zip,tenant,desired_date\n" +
        QStringLiteral(
            "(501) 555-9301;(501) 555-9302,Verizon,\"Lark Studio, LLC\",4410 1,1234,1 Main St,Little Rock,"
            "AR,72201,%1,%2\n")
            .arg(sip, date)
            .toUtf8() +
        QStringLiteral("555-12,Verizon,Robin Cafe,4410 2,,2 Main St,Little Rock,AR,72201,%1,%2\n")
            .arg(sip, date)
            .toUtf8() +
        QStringLiteral(
            "(501) 555-9303,Verizon,Wren Law,4410 3,,3 Main St,Little Rock,AR,72201,no-such-tenant,%1\n")
            .arg(date)
            .toUtf8() +
        QStringLiteral("(501) 555-9304,,Finch Bakery,4410 4,,PO Box 7,Little Rock,AR,72201,%1,2020-01-01\n")
            .arg(sip)
            .toUtf8();
    QString fileError;
    const QList<PortCsvImport::Row> rows =
        PortCsvImport::read(csv, m_f->cache.get(), QDate::currentDate(), &fileError);
    QVERIFY2(fileError.isEmpty(), qPrintable(fileError));
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(0).errors.isEmpty(), qPrintable(rows.at(0).errors.join(QLatin1Char('\n'))));
    QCOMPARE(rows.at(0).body.value(QLatin1String("account_holder_name")).toString(),
             QStringLiteral("Lark Studio, LLC"));
    QCOMPARE(rows.at(1).line, 3);
    QVERIFY(rows.at(1).errors.join(QLatin1Char(' ')).contains(QLatin1String("not a phone number")));
    QVERIFY(rows.at(2).errors.join(QLatin1Char(' ')).contains(QLatin1String("no-such-tenant")));
    QVERIFY(rows.at(3).errors.size() >= 3); // carrier, PO box, past date
    // A file without the needed columns is refused as a whole.
    PortCsvImport::read("numbers,tenant\n+15015550000,x\n", m_f->cache.get(), QDate::currentDate(),
                        &fileError);
    QVERIFY(fileError.contains(QLatin1String("current_carrier")));

    const int before = serverPortCount();
    QVERIFY(before > 0);
    PortingPane pane(*m_f->context);
    QPointer<QDialog> report = pane.importCsv(writeFile(QStringLiteral("ports.csv"), csv));
    QVERIFY(report);
    QCOMPARE(serverPortCount(), before); // nothing sent before the user confirms
    auto *send = report->findChild<QPushButton *>(QStringLiteral("portImportSend"));
    QVERIFY(send && send->isEnabled());
    send->click();
    auto *results = pane.findChild<BulkResultDialog *>(QStringLiteral("portImportResults"));
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->runner()->isFinished(), 20000);
    QCOMPARE(results->runner()->count(), 1);
    QCOMPARE(results->runner()->countOf(BulkCommandRunner::Outcome::Succeeded), 1);
    QCOMPARE(serverPortCount(), before + 1);
    results->close();
}

void TestPorting::readOnlyCannotPort()
{
    ConsoleTestFixture ro;
    QVERIFY2(ro.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(ro.error));
    PortingPane pane(*ro.context);
    for (const char *name : {"portNew", "portImport"}) {
        auto *b = pane.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(b && !b->isEnabled());
        QVERIFY(b->toolTip().contains(QLatin1String("Read-only")));
    }
    QVERIFY(!pane.newPortRequest());
    QVERIFY(!pane.importCsv(pdfFile()));
    QSqlQuery q(ro.cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM port_requests WHERE status = 'REJECTED' LIMIT 1")) &&
            q.next());
    pane.detail()->showPort(q.value(0).toString());
    for (const char *name : {"portResubmit", "portCancel", "portUpload"})
        QVERIFY(!pane.detail()->findChild<QPushButton *>(QLatin1String(name))->isEnabled());
    QVERIFY(
        pane.detail()->findChild<QPushButton *>(QStringLiteral("portLoa"))->isEnabled()); // reading is fine
    QVERIFY(!pane.detail()->resubmit({{QStringLiteral("account_holder_name"), QStringLiteral("X")}}));
    QCOMPARE(ro.outbox->count(), 0);
    TestApi support(ro.url, ro.token);
    QCOMPARE(
        support.call("POST", QStringLiteral("port-requests/%1/cancel").arg(q.value(0).toString()), {}).status,
        403);
}

void TestPorting::longWaitsStandOut_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("waitingLong");
    QTest::newRow("pending a day") << int(PortStatus::Pending) << 1 << false;
    QTest::newRow("pending two days") << int(PortStatus::Pending) << 2 << true;
    QTest::newRow("submitted three days") << int(PortStatus::Submitted) << 3 << false;
    QTest::newRow("submitted a week") << int(PortStatus::Submitted) << 7 << true;
    QTest::newRow("rejected unfixed") << int(PortStatus::Rejected) << 4 << true;
    QTest::newRow("completed long ago") << int(PortStatus::Completed) << 90 << false;
}

void TestPorting::longWaitsStandOut()
{
    QFETCH(int, status);
    QFETCH(int, days);
    QFETCH(bool, waitingLong);
    QCOMPARE(PortAgeDelegate::isWaitingLong(status, days), waitingLong);
}

QTEST_MAIN(TestPorting)
#include "tst_porting.moc"
