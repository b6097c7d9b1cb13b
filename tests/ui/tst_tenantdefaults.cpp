// Tenant Defaults on a real synced cache: the fields show the cached document, bad fields are refused with
// their message and nothing is sent, a good change is saved through the write path and equals the server's
// afterwards (the cached document follows at once), and the read-only role cannot change anything.
#include "ConsoleTestFixture.h"

#include "limits/UsageLimitsForm.h"
#include "tenants/TenantDefaultsPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace simuwave;

class TestTenantDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ConsoleTestFixture>();
        QVERIFY2(m_f->start(), qPrintable(m_f->error));
    }
    void cleanupTestCase() { m_f.reset(); }

    void showsTheCachedDefaults()
    {
        TenantDefaultsPane pane(*m_f->context);
        const QJsonObject d = m_f->cache->document(QStringLiteral("tenant-defaults"))->object();
        QCOMPARE(pane.timezoneCombo()->currentText(), d.value(QLatin1String("timezone")).toString());
        QCOMPARE(pane.cnamField()->text(), d.value(QLatin1String("default_cnam")).toString());
        QCOMPARE(pane.behaviorCombo()->currentData().toString(),
                 d.value(QLatin1String("suspension_behavior")).toString());
        const auto shown = pane.limitsForm()->limits();
        QVERIFY(shown);
        QCOMPARE(*shown, *UsageLimits::fromJson(d.value(QLatin1String("limits")).toObject()));
        QVERIFY(!pane.isDirty());
    }

    void badFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("CNAM of 16") << "default_cnam"
                                    << "SIXTEEN CHARS XX"
                                    << "15";
        QTest::newRow("negative DIDs") << "max_dids"
                                       << "-1"
                                       << "Max DIDs";
        QTest::newRow("spend in words") << "monthly_spend_cents"
                                        << "five hundred"
                                        << "Monthly spend limit";
        QTest::newRow("threshold 0") << "alert_threshold_percent"
                                     << "0"
                                     << "Alert threshold";
    }
    void badFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        TenantDefaultsPane pane(*m_f->context);
        QLineEdit *edit =
            field == QLatin1String("default_cnam") ? pane.cnamField() : pane.limitsForm()->field(field);
        QVERIFY(edit);
        edit->setText(text);
        const int before = m_f->outbox->count();
        QVERIFY(!pane.save());
        QVERIFY2(pane.errorFor(field).contains(message), qPrintable(pane.errorFor(field)));
        QCOMPARE(m_f->outbox->count(), before);
    }

    void savesAndTheServerAgrees()
    {
        TenantDefaultsPane pane(*m_f->context);
        pane.timezoneCombo()->setCurrentText(QStringLiteral("America/Denver"));
        pane.cnamField()->setText(QStringLiteral("NEW TENANT"));
        pane.limitsForm()->field(QStringLiteral("max_dids"))->setText(QStringLiteral("12"));
        pane.limitsForm()->field(QStringLiteral("monthly_spend_cents"))->setText(QStringLiteral("650"));
        QTest::keyClick(pane.limitsForm()->field(QStringLiteral("max_dids")),
                        Qt::Key_End); // an edit by the user
        QVERIFY(pane.save());
        QTRY_COMPARE(m_f->api->call("GET", QStringLiteral("tenant-defaults"))
                         .json.value(QLatin1String("timezone"))
                         .toString(),
                     QStringLiteral("America/Denver"));
        const QJsonObject server = m_f->api->call("GET", QStringLiteral("tenant-defaults")).json;
        QCOMPARE(server.value(QLatin1String("default_cnam")).toString(), QStringLiteral("NEW TENANT"));
        const QJsonObject limits = server.value(QLatin1String("limits")).toObject();
        QCOMPARE(limits.value(QLatin1String("max_dids")).toInt(), 12);
        QCOMPARE(limits.value(QLatin1String("monthly_spend_cents")).toInteger(), 65000);
        QTRY_COMPARE(m_f->cache->document(QStringLiteral("tenant-defaults"))
                         ->object()
                         .value(QLatin1String("default_cnam"))
                         .toString(),
                     QStringLiteral("NEW TENANT"));
        // A new tenant takes them.
        const HttpAnswer t =
            m_f->api->call("POST", QStringLiteral("tenants"),
                           {{QStringLiteral("name"), QStringLiteral("Defaults Check")},
                            {QStringLiteral("sip_prefix"), QStringLiteral("defchk1")},
                            {QStringLiteral("billing_email"), QStringLiteral("b@defchk.example")}});
        QCOMPARE(t.status, 201);
        QCOMPARE(t.json.value(QLatin1String("timezone")).toString(), QStringLiteral("America/Denver"));
    }

    void readOnlyCannotChangeThem()
    {
        ConsoleTestFixture ro;
        QVERIFY2(ro.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(ro.error));
        TenantDefaultsPane pane(*ro.context);
        auto *save = pane.findChild<QPushButton *>(QStringLiteral("defaultsSave"));
        QVERIFY(save && !save->isEnabled());
        QVERIFY(save->toolTip().contains(QLatin1String("Read-only")));
        QVERIFY(!pane.cnamField()->isEnabled());
        QVERIFY(!pane.save());
        QCOMPARE(ro.outbox->count(), 0);
        TestApi support(ro.url, ro.token);
        QJsonObject d = ro.cache->document(QStringLiteral("tenant-defaults"))->object();
        d.remove(QStringLiteral("updated_at"));
        QCOMPARE(support.call("PUT", QStringLiteral("tenant-defaults"), d).status, 403);
    }

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
};

QTEST_MAIN(TestTenantDefaults)
#include "tst_tenantdefaults.moc"
