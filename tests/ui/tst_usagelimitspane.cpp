// Usage Limits on a real synced cache: every tenant's caps beside its usage (the tenant-usage list sync),
// bars' levels, sorting by closeness, the attention filters agreeing with an independent computation, the
// Edit Limits dialog (bad fields refused with their message and nothing sent; Recommended; Reset to
// Defaults; saved through the write path and equal on the server), alerts raised on the sandbox clock
// notified once each, and the read-only role with every write disabled.
#include "ConsoleTestFixture.h"

#include "domain/UsageForecast.h"
#include "items/ItemRoles.h"
#include "items/UsageLimitsTableModel.h"
#include "limits/EditLimitsDialog.h"
#include "limits/UsageAlertListModel.h"
#include "limits/UsageAlertWatcher.h"
#include "limits/UsageLimitsPane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

using namespace simuwave;
using items::UsageLimitsTableModel;

namespace {
struct TenantUsageRow
{
    QString id, name, status;
    qint64 meters[4][2]; // used, cap (-1 = none): spend, extensions, dids, minutes
    int threshold = 80;
    QDate start, end;
    QDateTime asOf;
};
} // namespace

class TestUsageLimitsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_f.reset(); }
    void everyTenantHasItsUsageAndCaps();
    void sortsByClosenessToAnyCap();
    void attentionFiltersAgreeWithAnIndependentCount_data();
    void attentionFiltersAgreeWithAnIndependentCount();
    void badFieldsAreRefusedAndNothingIsSent_data();
    void badFieldsAreRefusedAndNothingIsSent();
    void savesThroughTheWritePath();
    void resetToDefaultsFillsTheTenantDefaults();
    void alertsAreNotifiedOnceAndTheTenantIsSuspended();
    void readOnlyDisablesEveryWrite();

private:
    QList<TenantUsageRow> usageRows() const;
    std::unique_ptr<ConsoleTestFixture> m_f;
};

void TestUsageLimitsPane::initTestCase()
{
    m_f = std::make_unique<ConsoleTestFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error));
    // Forecasts are checked between the 3rd and the 15th of the sandbox's month: a day or more measured, and
    // half the cycle still to come. Elsewhere the clock moves there (usage accrues on the way).
    const QDateTime now = QDateTime::fromString(
        m_f->api->call("GET", QStringLiteral("sandbox/knobs")).json.value(QLatin1String("now")).toString(),
        Qt::ISODate);
    QVERIFY(now.isValid());
    const QDate day = now.date();
    QDateTime target;
    if (day.day() < 3)
        target = QDateTime(QDate(day.year(), day.month(), 3), QTime(12, 0), Qt::UTC);
    else if (day.day() > 15)
        target = QDateTime(QDate(day.year(), day.month(), 1).addMonths(1).addDays(3), QTime(12, 0), Qt::UTC);
    if (target.isValid()) {
        QVERIFY2(m_f->advanceClock(now.secsTo(target)), qPrintable(m_f->error));
        QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    }
}

QList<TenantUsageRow> TestUsageLimitsPane::usageRows() const
{
    QList<TenantUsageRow> rows;
    QSqlQuery q(m_f->cache->database());
    const bool ok = q.exec(QStringLiteral(
        "SELECT n.id, n.name, n.status, u.spend_cents_used, l.monthly_spend_cents, u.extensions_used, "
        "l.max_extensions, u.dids_used, l.max_dids, u.minutes_used, l.max_monthly_minutes, "
        "l.alert_threshold_percent, u.period_start, u.period_end, u.updated_at FROM tenants n "
        "JOIN tenant_usage u ON u.id = n.id JOIN tenant_limits l ON l.id = n.id"));
    if (!ok)
        return rows;
    while (q.next()) {
        TenantUsageRow r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.status = q.value(2).toString();
        for (int m = 0; m < 4; ++m) {
            r.meters[m][0] = q.value(3 + 2 * m).toLongLong();
            r.meters[m][1] = q.value(4 + 2 * m).isNull() ? -1 : q.value(4 + 2 * m).toLongLong();
        }
        r.threshold = q.value(11).toInt();
        r.start = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        r.end = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        r.asOf = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
        rows.append(r);
    }
    return rows;
}

void TestUsageLimitsPane::everyTenantHasItsUsageAndCaps()
{
    UsageLimitsPane pane(*m_f->context);
    pane.activated();
    QVERIFY(pane.model());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM tenant_usage) FROM tenants")) &&
            q.next());
    const int tenants = q.value(0).toInt();
    QVERIFY(tenants > 0);
    QCOMPARE(q.value(1).toInt(), tenants); // the sync brought every tenant's usage in one listing
    QTRY_COMPARE(pane.model()->rowCount(), tenants);
    QTRY_VERIFY(pane.model()->isRowLoaded(tenants - 1) || pane.model()->isRowLoaded(0));
    QHash<QString, TenantUsageRow> byId;
    for (const TenantUsageRow &r : usageRows())
        byId.insert(r.id, r);
    QTRY_VERIFY(pane.model()->isRowLoaded(0));
    int checked = 0, amber = 0, red = 0;
    for (int row = 0; row < pane.model()->rowCount() && pane.model()->isRowLoaded(row); ++row) {
        const TenantUsageRow r = byId.value(pane.model()->recordId(row));
        QVERIFY(!r.id.isEmpty());
        const int columns[] = {UsageLimitsTableModel::SpendColumn, UsageLimitsTableModel::ExtensionsColumn,
                               UsageLimitsTableModel::DidsColumn, UsageLimitsTableModel::MinutesColumn};
        for (int m = 0; m < 4; ++m) {
            const QModelIndex i = pane.model()->index(row, columns[m]);
            QCOMPARE(i.data(items::UsageUsedRole).toLongLong(), r.meters[m][0]);
            const qint64 cap = r.meters[m][1];
            QCOMPARE(i.data(items::UsageLimitRole).isValid(), cap >= 0);
            auto level = items::UsageLevel::Unlimited;
            if (cap >= 0) {
                QCOMPARE(i.data(items::UsageLimitRole).toLongLong(), cap);
                level = r.meters[m][0] >= cap                               ? items::UsageLevel::AtCap
                        : r.meters[m][0] * 100 >= cap * qint64(r.threshold) ? items::UsageLevel::PastThreshold
                                                                            : items::UsageLevel::Normal;
            }
            QCOMPARE(i.data(items::UsageLevelRole).toInt(), int(level));
            amber += level == items::UsageLevel::PastThreshold;
            red += level == items::UsageLevel::AtCap;
        }
        ++checked;
    }
    QCOMPARE(checked, tenants); // the demo's tenants fit in one block
    QVERIFY(amber + red > 0);   // the demo has tenants near their caps
}

void TestUsageLimitsPane::sortsByClosenessToAnyCap()
{
    UsageLimitsPane pane(*m_f->context);
    pane.activated();
    QTRY_VERIFY(pane.model()->isRowCountKnown() && pane.model()->rowCount() > 2);
    QTRY_VERIFY(pane.model()->isRowLoaded(pane.model()->rowCount() - 1));
    // Default: closest to any cap first.
    QCOMPARE(pane.model()->sortColumn(), int(UsageLimitsTableModel::ClosestColumn));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        const qint64 key = pane.model()
                               ->index(row, UsageLimitsTableModel::ClosestColumn)
                               .data(items::SortKeyRole)
                               .toLongLong();
        QVERIFY2(key <= previous,
                 qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(key).arg(previous)));
        previous = key;
    }
    // By one cap: the minutes column sorts by its percentage.
    pane.model()->sort(UsageLimitsTableModel::MinutesColumn, Qt::DescendingOrder);
    QTRY_VERIFY(pane.model()->isRowCountKnown() && pane.model()->isRowLoaded(pane.model()->rowCount() - 1));
    previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        const QVariant p =
            pane.model()->index(row, UsageLimitsTableModel::MinutesColumn).data(items::UsagePercentRole);
        const qint64 key = p.isValid() ? p.toLongLong() : -1;
        QVERIFY(key <= previous);
        previous = key;
    }
}

void TestUsageLimitsPane::attentionFiltersAgreeWithAnIndependentCount_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("past a threshold") << "over_threshold";
    QTest::newRow("at a cap") << "at_cap";
    QTest::newRow("will cross") << "will_cross";
}

void TestUsageLimitsPane::attentionFiltersAgreeWithAnIndependentCount()
{
    QFETCH(QString, filter);
    // A tenant suspended (so that it takes no more calls) one minute under a minutes cap: it will cross.
    QSqlQuery q(m_f->cache->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT n.id, u.minutes_used, n.status FROM tenants n JOIN tenant_usage u ON "
                              "u.id = n.id WHERE n.status IN ('ACTIVE', 'SUSPENDED') AND u.minutes_used > 10 "
                              "ORDER BY n.status DESC, n.id LIMIT 1")));
    QVERIFY(q.next());
    const QString suspended = q.value(0).toString();
    const bool active = q.value(2).toString() == QLatin1String("ACTIVE");
    q.finish();
    if (active)
        QCOMPARE(m_f->api
                     ->call("POST", QStringLiteral("tenants/%1/suspend").arg(suspended),
                            {{QStringLiteral("reason"), QStringLiteral("manual")}})
                     .status,
                 200);
    const qint64 used = m_f->api->call("GET", QStringLiteral("tenants/%1/usage").arg(suspended))
                            .json.value(QLatin1String("minutes"))
                            .toObject()
                            .value(QLatin1String("used"))
                            .toInteger();
    const HttpAnswer put = m_f->api->call("PUT", QStringLiteral("tenants/%1/limits").arg(suspended),
                                          {{QStringLiteral("max_monthly_minutes"), used + 1},
                                           {QStringLiteral("alert_threshold_percent"), 100},
                                           {QStringLiteral("auto_suspend"), false}});
    QCOMPARE(put.status, 200);
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));

    qint64 expected = 0;
    for (const TenantUsageRow &r : usageRows()) {
        bool hit = false;
        for (int m = 0; m < 4; ++m) {
            const qint64 u = r.meters[m][0], cap = r.meters[m][1];
            if (cap < 0)
                continue;
            if (filter == QLatin1String("over_threshold"))
                hit |= u * 100 >= cap * r.threshold;
            else if (filter == QLatin1String("at_cap"))
                hit |= u >= cap;
            else if (m == 0 || m == 3)
                hit |= forecastUsage(u, cap, r.start, r.end, r.asOf).state == UsageForecast::State::WillCross;
        }
        expected += hit;
    }
    QVERIFY(expected > 0);
    UsageLimitsPane pane(*m_f->context);
    pane.activated();
    QTRY_VERIFY(pane.model()->isRowCountKnown());
    QVERIFY(pane.openWith({{QStringLiteral("filter"), filter}}));
    QTRY_COMPARE(pane.model()->rowCount(), int(expected));
    if (filter == QLatin1String("will_cross")) {
        QTRY_VERIFY(pane.model()->isRowLoaded(0));
        QStringList ids;
        for (int row = 0; row < pane.model()->rowCount(); ++row)
            ids << pane.model()->recordId(row);
        QVERIFY(ids.contains(suspended));
        const int row = int(ids.indexOf(suspended));
        QCOMPARE(pane.model()
                     ->index(row, UsageLimitsTableModel::ForecastColumn)
                     .data(items::ForecastStateRole)
                     .toInt(),
                 int(UsageForecast::State::WillCross));
    }
}

void TestUsageLimitsPane::badFieldsAreRefusedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("spend with 3 decimals") << "monthly_spend_cents"
                                           << "12.345"
                                           << "Monthly spend limit";
    QTest::newRow("spend in words") << "monthly_spend_cents"
                                    << "lots"
                                    << "Monthly spend limit";
    QTest::newRow("negative extensions") << "max_extensions"
                                         << "-3"
                                         << "Max extensions";
    QTest::newRow("DIDs in words") << "max_dids"
                                   << "ten"
                                   << "Max DIDs";
    QTest::newRow("fractional minutes") << "max_monthly_minutes"
                                        << "1.5"
                                        << "Max monthly minutes";
    QTest::newRow("threshold 0") << "alert_threshold_percent"
                                 << "0"
                                 << "Alert threshold";
    QTest::newRow("threshold 101") << "alert_threshold_percent"
                                   << "101"
                                   << "Alert threshold";
    QTest::newRow("threshold blank") << "alert_threshold_percent"
                                     << ""
                                     << "Alert threshold";
}

void TestUsageLimitsPane::badFieldsAreRefusedAndNothingIsSent()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    UsageLimitsPane pane(*m_f->context);
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tenants WHERE status = 'ACTIVE' ORDER BY id LIMIT 1")) &&
            q.next());
    const QString tenant = q.value(0).toString();
    q.finish();
    QPointer<EditLimitsDialog> dialog = pane.editLimits(tenant);
    QVERIFY(dialog);
    const int before = m_f->outbox->count();
    dialog->applyRecommended();
    dialog->field(field)->setText(text);
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->errorFor(field).contains(message), qPrintable(dialog->errorFor(field)));
    QCOMPARE(m_f->outbox->count(), before);
    // Every other field is fine.
    for (const QString &other :
         {QStringLiteral("monthly_spend_cents"), QStringLiteral("max_extensions"), QStringLiteral("max_dids"),
          QStringLiteral("max_monthly_minutes"), QStringLiteral("alert_threshold_percent")})
        if (other != field)
            QVERIFY(dialog->errorFor(other).isEmpty());
    dialog->reject();
}

void TestUsageLimitsPane::savesThroughTheWritePath()
{
    UsageLimitsPane pane(*m_f->context);
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tenants WHERE status = 'TRIAL' ORDER BY id LIMIT 1")) &&
            q.next());
    const QString tenant = q.value(0).toString();
    q.finish();
    QPointer<EditLimitsDialog> dialog = pane.editLimits(tenant);
    QVERIFY(dialog);
    QSignalSpy saved(dialog.data(), &EditLimitsDialog::saved);
    dialog->applyRecommended();
    QCOMPARE(dialog->field(QStringLiteral("monthly_spend_cents"))->text(), QStringLiteral("500.00"));
    QVERIFY(dialog->autoSuspend()->isChecked());
    dialog->field(QStringLiteral("monthly_spend_cents"))->setText(QStringLiteral("$750.25"));
    dialog->field(QStringLiteral("max_dids"))->setText(QStringLiteral("7"));
    dialog->field(QStringLiteral("max_monthly_minutes"))->clear(); // unlimited
    dialog->field(QStringLiteral("alert_threshold_percent"))->setText(QStringLiteral("65"));
    QVERIFY(dialog->save());
    QTRY_COMPARE(saved.count(), 1);
    const QJsonObject server = m_f->api->call("GET", QStringLiteral("tenants/%1/limits").arg(tenant)).json;
    QCOMPARE(server.value(QLatin1String("monthly_spend_cents")).toInteger(), 75025);
    QCOMPARE(server.value(QLatin1String("max_dids")).toInteger(), 7);
    QCOMPARE(server.value(QLatin1String("max_extensions")).toInteger(), 50);
    QVERIFY(server.value(QLatin1String("max_monthly_minutes")).isNull());
    QCOMPARE(server.value(QLatin1String("alert_threshold_percent")).toInt(), 65);
    // The answer went into the cache at once.
    const auto cached = m_f->cache->tenantLimits(tenant);
    QVERIFY(cached);
    QCOMPARE(cached->limits.monthlySpendCents.value_or(-1), 75025);
    QVERIFY(!cached->limits.maxMonthlyMinutes);
}

void TestUsageLimitsPane::resetToDefaultsFillsTheTenantDefaults()
{
    UsageLimitsPane pane(*m_f->context);
    const auto doc = m_f->cache->document(QStringLiteral("tenant-defaults"));
    QVERIFY(doc);
    const auto defaults = UsageLimits::fromJson(doc->object().value(QLatin1String("limits")).toObject());
    QVERIFY(defaults);
    QSqlQuery q(m_f->cache->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id FROM tenants WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1")) &&
        q.next());
    const QString tenant = q.value(0).toString();
    q.finish();
    QPointer<EditLimitsDialog> dialog = pane.editLimits(tenant);
    QVERIFY(dialog);
    QVERIFY(dialog->defaultsButton()->isEnabled());
    dialog->field(QStringLiteral("max_dids"))->setText(QStringLiteral("999"));
    QVERIFY(dialog->resetToDefaults());
    const auto shown = dialog->limits();
    QVERIFY(shown);
    QCOMPARE(*shown, *defaults);
    dialog->reject();

    // The pane's own Reset to Defaults asks the server (POST .../limits/reset), whose answer is cached.
    m_f->api->call("PUT", QStringLiteral("tenants/%1/limits").arg(tenant), {{QStringLiteral("max_dids"), 3}});
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    QCOMPARE(m_f->cache->tenantLimits(tenant)->limits.maxDids.value_or(-1), 3);
    QVERIFY(pane.resetToDefaults(tenant));
    QTRY_COMPARE(m_f->cache->tenantLimits(tenant)->limits.maxDids, defaults->maxDids);
    const QJsonValue serverDids = m_f->api->call("GET", QStringLiteral("tenants/%1/limits").arg(tenant))
                                      .json.value(QLatin1String("max_dids"));
    QCOMPARE(serverDids.isNull(), !defaults->maxDids);
    QCOMPARE(serverDids.toInteger(), defaults->maxDids.value_or(0));
}

void TestUsageLimitsPane::alertsAreNotifiedOnceAndTheTenantIsSuspended()
{
    UsageLimitsPane pane(*m_f->context);
    QAbstractItemModelTester alertTester(pane.alertModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    UsageAlertWatcher *watcher = pane.alertWatcher();
    watcher->scan(); // the first look at a complete cache takes note without notifying
    // An active tenant with numbers (so it takes calls) two minutes under a minutes cap.
    QSqlQuery q(m_f->cache->database());
    QVERIFY(q.exec(
        QStringLiteral("SELECT n.id, n.name, u.minutes_used FROM tenants n JOIN tenant_usage u ON "
                       "u.id = n.id WHERE n.status = 'ACTIVE' AND n.dids_count >= 4 ORDER BY n.id LIMIT 1")));
    QVERIFY(q.next());
    const QString tenant = q.value(0).toString(), name = q.value(1).toString();
    const qint64 used = q.value(2).toLongLong();
    q.finish();
    QCOMPARE(m_f->api
                 ->call("PUT", QStringLiteral("tenants/%1/limits").arg(tenant),
                        {{QStringLiteral("max_monthly_minutes"), used + 2},
                         {QStringLiteral("alert_threshold_percent"), 99},
                         {QStringLiteral("auto_suspend"), true}}) // the other caps: unlimited
                 .status,
             200);
    QSignalSpy notified(m_f->context.get(), &ConsoleContext::notificationRequested);
    QVERIFY2(m_f->advanceClock(6 * 3600), qPrintable(m_f->error));
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    watcher->scan();
    const auto aboutTenant = [&notified, &name] {
        int n = 0;
        for (const QList<QVariant> &args : std::as_const(notified))
            n += args.at(0).toString().contains(name);
        return n;
    };
    QTRY_COMPARE(aboutTenant(), 2); // the threshold, then the cap
    QCOMPARE(m_f->cache->tenant(tenant)->status.value, TenantStatus::Suspended);
    // Seen again in later syncs: no second notification.
    QVERIFY2(m_f->waitForSync(), qPrintable(m_f->error));
    watcher->scan();
    QTest::qWait(600); // the watcher's own delayed scan after the sync
    QCOMPARE(aboutTenant(), 2);
    // Both are in the alert list as new (not seen yet), pointing at the tenant.
    int listed = 0;
    for (int row = 0; row < pane.alertModel()->rowCount(); ++row) {
        const QModelIndex i = pane.alertModel()->index(row);
        listed +=
            i.data(items::TenantIdRole).toString() == tenant && i.data(items::NeedsAttentionRole).toBool();
    }
    QCOMPARE(listed, 2);
    QVERIFY(pane.alertModel()->unseenCount() >= 2);
    pane.activated(); // looking at the pane marks them seen
    pane.alertModel()->reload();
    QCOMPARE(pane.alertModel()->unseenCount(), 0);
}

void TestUsageLimitsPane::readOnlyDisablesEveryWrite()
{
    ConsoleTestFixture ro;
    QVERIFY2(ro.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(ro.error));
    UsageLimitsPane pane(*ro.context);
    pane.activated();
    QTRY_VERIFY(pane.model()->isRowLoaded(0));
    const QString tenant = pane.model()->recordId(0);
    QVERIFY(pane.openWith({{QStringLiteral("id"), tenant}}));
    QTRY_COMPARE(pane.view()->currentRecordId(), tenant);
    for (const char *name : {"limitsEdit", "limitsReset"}) {
        auto *b = pane.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(b);
        QVERIFY(!b->isEnabled());
        QVERIFY(b->toolTip().contains(QLatin1String("Read-only")));
    }
    QVERIFY(!pane.editLimits(tenant));
    QVERIFY(!pane.resetToDefaults(tenant));
    QCOMPARE(ro.outbox->count(), 0);
    // And the sandbox refuses the support user's write itself.
    TestApi support(ro.url, ro.token);
    QCOMPARE(
        support
            .call("PUT", QStringLiteral("tenants/%1/limits").arg(tenant), {{QStringLiteral("max_dids"), 1}})
            .status,
        403);
}

QTEST_MAIN(TestUsageLimitsPane)
#include "tst_usagelimitspane.moc"
