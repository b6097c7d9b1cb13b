// Tenants against the sandbox: creating through the dialog reaches the server and the cache; each invalid
// field shows its message naming it and sends nothing; the SIP prefix is suggested from the name and fixed
// after creation; a duplicate SIP prefix comes back onto its field; delete needs the exact name; the
// read-only role has every write action disabled with the reason.
#include "ConsoleTestFixture.h"

#include "tenants/TenantDialog.h"
#include "tenants/TenantsPane.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

using namespace simuwave;

class TestTenantDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_f.reset(); }
    void createReachesTheServer();
    void invalidFieldsSendNothing_data();
    void invalidFieldsSendNothing();
    void duplicateSipPrefixShowsOnItsField();
    void sipPrefixIsFixedWhenEditing();
    void deleteNeedsTheExactName();
    void readOnlyDisablesEverything();

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
};

void TestTenantDialog::initTestCase()
{
    m_f = std::make_unique<ConsoleTestFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error));
}

void TestTenantDialog::createReachesTheServer()
{
    TenantsPane pane(*m_f->context);
    pane.activated();
    TenantDialog *dialog = pane.newTenant();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(QStringLiteral("name")), QStringLiteral("Blue Harbor Dental"));
    QCOMPARE(dialog->field(QStringLiteral("sip_prefix"))->text(),
             validation::suggestSipPrefix(QStringLiteral("Blue Harbor Dental")));
    dialog->field(QStringLiteral("sip_prefix"))->setText(QStringLiteral("blueharbor9"));
    dialog->field(QStringLiteral("billing_email"))->setText(QStringLiteral("ap@blueharbor.example"));
    dialog->field(QStringLiteral("default_cnam"))->setText(QStringLiteral("BLUE HARBOR"));
    dialog->field(QStringLiteral("e911_address.street"))->setText(QStringLiteral("1200 Main St"));
    dialog->field(QStringLiteral("e911_address.city"))->setText(QStringLiteral("Little Rock"));
    dialog->field(QStringLiteral("e911_address.state"))->setText(QStringLiteral("AR"));
    dialog->field(QStringLiteral("e911_address.zip"))->setText(QStringLiteral("72201"));
    QSignalSpy saved(dialog, &TenantDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tenantSave")), Qt::LeftButton);
    QVERIFY(saved.wait(15'000));
    const QString id = saved.first().first().toString();
    const QJsonObject server = m_f->api->call("GET", QStringLiteral("tenants/") + id).json;
    QCOMPARE(server.value(QLatin1String("sip_prefix")).toString(), QStringLiteral("blueharbor9"));
    QCOMPARE(server.value(QLatin1String("default_cnam")).toString(), QStringLiteral("BLUE HARBOR"));
    QCOMPARE(m_f->cache->tenant(id)->name, QStringLiteral("Blue Harbor Dental"));
}

void TestTenantDialog::invalidFieldsSendNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("empty name") << "name"
                                << ""
                                << "Tenant name";
    QTest::newRow("short SIP prefix") << "sip_prefix"
                                      << "ab"
                                      << "SIP prefix";
    QTest::newRow("SIP prefix symbols") << "sip_prefix"
                                        << "acme-co"
                                        << "SIP prefix";
    QTest::newRow("bad email") << "billing_email"
                               << "not-an-address"
                               << "Billing email";
    QTest::newRow("CNAM 16 chars") << "default_cnam"
                                   << "ABCDEFGHIJKLMNOP"
                                   << "Caller ID name (CNAM)";
    QTest::newRow("PO box") << "e911_address.street"
                            << "PO Box 12"
                            << "E911 street";
    QTest::newRow("comma in city") << "e911_address.city"
                                   << "Little Rock, AR"
                                   << "E911 city";
    QTest::newRow("bad state") << "e911_address.state"
                               << "XX"
                               << "E911 state";
    QTest::newRow("bad ZIP") << "e911_address.zip"
                             << "7220"
                             << "E911 ZIP code";
}

void TestTenantDialog::invalidFieldsSendNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, label);
    TenantDialog dialog(*m_f->context, std::nullopt);
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Valid Name LLC"));
    dialog.field(QStringLiteral("sip_prefix"))->setText(QStringLiteral("validname1"));
    dialog.field(QStringLiteral("billing_email"))->setText(QStringLiteral("ap@valid.example"));
    dialog.field(QStringLiteral("e911_address.street"))->setText(QStringLiteral("1200 Main St"));
    dialog.field(QStringLiteral("e911_address.city"))->setText(QStringLiteral("Little Rock"));
    dialog.field(QStringLiteral("e911_address.state"))->setText(QStringLiteral("AR"));
    dialog.field(QStringLiteral("e911_address.zip"))->setText(QStringLiteral("72201"));
    dialog.field(field)->setText(value);
    const int before = m_f->outbox->count();
    const int tenants = m_f->api->listPages(QStringLiteral("tenants")).first().size();
    QVERIFY(!dialog.save());
    const QString error = dialog.errorFor(field);
    QVERIFY2(!error.isEmpty(), qPrintable(field));
    QVERIFY2(error.contains(label, Qt::CaseInsensitive) ||
                 error.contains(label.section(QLatin1Char(' '), -2), Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(m_f->outbox->count(), before);
    QCOMPARE(m_f->api->listPages(QStringLiteral("tenants")).first().size(), tenants);
}

void TestTenantDialog::duplicateSipPrefixShowsOnItsField()
{
    const QString taken = m_f->api->listPages(QStringLiteral("tenants"))
                              .first()
                              .first()
                              .toObject()
                              .value(QLatin1String("sip_prefix"))
                              .toString();
    TenantDialog dialog(*m_f->context, std::nullopt);
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Copycat Inc"));
    dialog.field(QStringLiteral("sip_prefix"))->setText(taken);
    dialog.field(QStringLiteral("billing_email"))->setText(QStringLiteral("ap@copycat.example"));
    QVERIFY(dialog.save());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorFor(QStringLiteral("sip_prefix")).isEmpty(), 15'000);
}

void TestTenantDialog::sipPrefixIsFixedWhenEditing()
{
    TenantsPane pane(*m_f->context);
    pane.activated();
    const QString id = m_f->api->listPages(QStringLiteral("tenants"))
                           .first()
                           .at(2)
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    TenantDialog *dialog = pane.editTenant(id);
    QVERIFY(dialog);
    QVERIFY(dialog->field(QStringLiteral("sip_prefix"))->isReadOnly());
    dialog->field(QStringLiteral("name"))->setText(QStringLiteral("Renamed In Dialog"));
    QSignalSpy saved(dialog, &TenantDialog::saved);
    QVERIFY(dialog->save());
    QVERIFY(saved.wait(15'000));
    QCOMPARE(
        m_f->api->call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
        QStringLiteral("Renamed In Dialog"));
}

void TestTenantDialog::deleteNeedsTheExactName()
{
    TenantsPane pane(*m_f->context);
    pane.activated();
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM tenants WHERE status = 'ACTIVE' LIMIT 1")) &&
            q.next());
    const QString id = q.value(0).toString(), name = q.value(1).toString();
    QTRY_VERIFY(pane.openWith({{QStringLiteral("id"), id}}) && pane.view()->currentRecordId() == id);
    QDialog *dialog = pane.confirmDelete(id);
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("deleteTenantConfirm"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("deleteTenantName"));
    QVERIFY(!confirm->isEnabled());
    typed->setText(name.toLower() == name ? name.toUpper() : name.toLower());
    QVERIFY(!confirm->isEnabled()); // case matters
    typed->setText(name);
    QVERIFY(confirm->isEnabled());
    QSignalSpy done(m_f->writeQueue.get(), &WriteQueue::commandSucceeded);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    const HttpAnswer after = m_f->api->call("GET", QStringLiteral("tenants/") + id);
    QVERIFY(after.status == 404 ||
            after.json.value(QLatin1String("status")).toString() == QLatin1String("CANCELLED"));
}

void TestTenantDialog::readOnlyDisablesEverything()
{
    ConsoleTestFixture ro;
    QVERIFY2(ro.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(ro.error));
    TenantsPane pane(*ro.context);
    pane.activated();
    for (const char *name : {"tenantNew", "tenantEdit", "tenantSuspend", "tenantUnsuspend", "tenantDelete"}) {
        auto *b = pane.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(b && !b->isEnabled(), name);
        QVERIFY2(b->toolTip().contains(QStringLiteral("Read-only")), qPrintable(b->toolTip()));
    }
    QVERIFY(!pane.newTenant());
    TenantDialog dialog(*ro.context, std::nullopt);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("tenantSave"))->isEnabled());
    QVERIFY(!dialog.save());
    QCOMPARE(ro.outbox->count(), 0);
}

QTEST_MAIN(TestTenantDialog)
#include "tst_tenantdialog.moc"
