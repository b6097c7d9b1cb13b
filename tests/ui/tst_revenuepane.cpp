// Billing -> Revenue on a real synced demo cache: the cards show the platform's figures for the selected
// period, switching the period changes them (and is remembered), every model passes
// QAbstractItemModelTester, the CSV and PNG exports write their files, a tenant row opens the tenant, and
// a change synced from the server is picked up.
#include "ConsoleTestFixture.h"

#include "domain/Money.h"
#include "items/ItemRoles.h"
#include "revenue/ChurnRiskModel.h"
#include "revenue/RevenueBreakdownModel.h"
#include "revenue/RevenueChartView.h"
#include "revenue/RevenueFormat.h"
#include "revenue/RevenuePane.h"
#include "revenue/RevenueTrendModel.h"
#include "revenue/TenantRevenueModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace simuwave;

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestRevenuePane : public QObject
{
    Q_OBJECT
    ConsoleTestFixture m_f;
    QTemporaryDir m_out;

    QJsonObject analytics(const QString &period)
    {
        return m_f.api
            ->call("GET", QStringLiteral("analytics/revenue"), {}, {},
                   QUrlQuery{{QStringLiteral("period"), period}})
            .json;
    }

    // Shows `pane` on the sandbox's clock and waits for its first figures.
    bool showOn(RevenuePane &pane, const QJsonObject &answer)
    {
        const QDateTime now = timeOf(answer.value(QLatin1String("generated_at")));
        pane.setClock([now] { return now; });
        QSignalSpy changed(&pane, &RevenuePane::figuresChanged);
        pane.resize(1200, 900);
        pane.show();
        if (!QTest::qWaitForWindowExposed(&pane))
            return false;
        pane.activated();
        return !changed.isEmpty() || changed.wait(30'000);
    }

    void checkCards(const RevenuePane &pane, const QJsonObject &answer)
    {
        const QLocale locale;
        const QJsonObject m = answer.value(QLatin1String("metrics")).toObject();
        const auto money = [&locale, &m](const char *key) {
            return Money::fromCents(m.value(QLatin1String(key)).toInteger()).format(locale);
        };
        QCOMPARE(pane.cardText(QStringLiteral("mrr")), money("mrr_cents"));
        QCOMPARE(pane.cardText(QStringLiteral("arr")), money("arr_cents"));
        QCOMPARE(pane.cardText(QStringLiteral("revenue")), money("revenue_cents"));
        QCOMPARE(pane.cardText(QStringLiteral("active")),
                 locale.toString(m.value(QLatin1String("active_tenants")).toInteger()));
        QCOMPARE(pane.cardText(QStringLiteral("lifetime")), money("lifetime_revenue_cents"));
        QCOMPARE(pane.cardText(QStringLiteral("outstanding")), money("outstanding_cents"));
        QCOMPARE(pane.cardText(QStringLiteral("arpu")), money("arpu_cents"));
        QVERIFY(pane.cardDetailText(QStringLiteral("active")).contains(money("arpu_cents")));
        QCOMPARE(pane.cardText(QStringLiteral("collection")),
                 revenue::percentOfRatio(m.value(QLatin1String("collection_rate")).toString()));
        const QJsonObject g = m.value(QLatin1String("growth")).toObject();
        QVERIFY2(pane.cardDetailText(QStringLiteral("revenue"))
                     .contains(revenue::growth(g.value(QLatin1String("revenue")).toString())),
                 qPrintable(pane.cardDetailText(QStringLiteral("revenue"))));
        QVERIFY(pane.cardDetailText(QStringLiteral("mrr"))
                    .contains(revenue::growth(g.value(QLatin1String("mrr")).toString())));
        QCOMPARE(pane.tenantModel()->rowCount(),
                 answer.value(QLatin1String("tenants_by_revenue")).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_f.start(), qPrintable(m_f.error));
        QVERIFY(m_out.isValid());
    }

    void cardsFollowThePeriod()
    {
        RevenuePane pane(*m_f.context);
        QCOMPARE(pane.period(), RevenuePeriod::Days30); // the guide's default
        // Testers first: every reset and change the pane makes is checked.
        QAbstractItemModelTester t1(pane.trendModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(pane.tenantModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(pane.churnRiskModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(pane.breakdownModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(pane.tenantTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(pane.churnRiskTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QJsonObject month = analytics(QStringLiteral("30d"));
        QVERIFY(showOn(pane, month));
        checkCards(pane, month);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pane.trendModel()->rowCount(), 12);
        QCOMPARE(pane.breakdownModel()->rowCount(), 3);
        const QString monthRevenue = pane.cardText(QStringLiteral("revenue"));

        // 90 days: a click on the selector recomputes.
        const QJsonObject quarter = analytics(QStringLiteral("90d"));
        const QDateTime now = timeOf(quarter.value(QLatin1String("generated_at")));
        pane.setClock([now] { return now; });
        QSignalSpy changed(&pane, &RevenuePane::figuresChanged);
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("period-90d"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(changed.wait(30'000));
        QCOMPARE(pane.period(), RevenuePeriod::Days90);
        checkCards(pane, quarter);
        QVERIFY(pane.cardText(QStringLiteral("revenue")) != monthRevenue);

        // Sorting the tenants (proxy) keeps the tester happy too.
        pane.tenantTable()->sortByColumn(TenantRevenueModel::LifetimeColumn, Qt::AscendingOrder);
        pane.tenantTable()->sortByColumn(TenantRevenueModel::TenantColumn, Qt::DescendingOrder);

        // Remembered: a new pane opens on 90 days.
        RevenuePane again(*m_f.context);
        QCOMPARE(again.period(), RevenuePeriod::Days90);
        QVERIFY(again.findChild<QToolButton *>(QStringLiteral("period-90d"))->isChecked());
        pane.setPeriod(RevenuePeriod::Days30);
        QCOMPARE(m_f.settings->value(QStringLiteral("panes/revenue/period")).toString(),
                 QStringLiteral("30d"));
    }

    void exportsAndClickThrough()
    {
        RevenuePane pane(*m_f.context);
        QVERIFY(showOn(pane, analytics(QStringLiteral("30d"))));
        QString chosen;
        int asked = 0;
        pane.setSaveFileChooser([&](QWidget *, const QString &, const QString &suggested, const QString &,
                                    const std::function<void(const QString &)> &done) {
            ++asked;
            QVERIFY(suggested.contains(QLatin1String("-30d-")));
            done(chosen);
        });

        // Tenants by revenue as CSV: a header and one line per tenant, amounts as plain decimals.
        chosen = m_out.filePath(QStringLiteral("tenants.csv"));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("tenants-csv")), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QFile csv(chosen);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        const int rows = pane.tenantModel()->rowCount();
        QVERIFY(rows > 0);
        QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty rest after the last CRLF
        QVERIFY(lines.first().startsWith("Tenant,Tier,MRR,Lifetime revenue"));
        const TenantRevenue &top = pane.tenantModel()->tenants().first();
        QVERIFY2(lines.at(1).contains(Money::fromCents(top.lifetimeRevenueCents).toDecimalString().toUtf8()),
                 lines.at(1).constData());
        QVERIFY(pane.statusText().contains(QLatin1String("tenants.csv")));

        // The other tables too.
        for (const char *name : {"breakdown-csv", "trends-csv", "churn-csv", "revenue-trend-csv"}) {
            chosen = m_out.filePath(QString::fromLatin1(name) + QStringLiteral(".csv"));
            QTest::mouseClick(pane.findChild<QPushButton *>(QString::fromLatin1(name)), Qt::LeftButton);
            QFile f(chosen);
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            const qsizetype lineCount = f.readAll().count('\n');
            const qsizetype expected = QByteArray(name) == "breakdown-csv" ? 3
                                       : QByteArray(name) == "churn-csv"   ? pane.churnRiskModel()->rowCount()
                                                                           : 12;
            QCOMPARE(lineCount, expected + 1);
        }

        // Each chart as PNG, also the ones on a hidden tab.
        for (RevenueChartView *chart : pane.charts()) {
            chart->showTable(chart->kind() == RevenueChartView::Kind::ChurnRate);
            chosen = m_out.filePath(chart->fileStem() + QStringLiteral(".png"));
            QTest::mouseClick(pane.findChild<QPushButton *>(chart->fileStem() + QStringLiteral("-png")),
                              Qt::LeftButton);
            QFile png(chosen);
            QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(chosen));
            QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
            const QImage image(chosen);
            QVERIFY(!image.isNull() && image.width() >= 200);
        }
        // The table alternative lists the 12 months.
        RevenueChartView *revenueChart = pane.charts().first();
        revenueChart->showTable(true);
        QCOMPARE(revenueChart->tabs()->currentWidget(), revenueChart->tableView());
        QCOMPARE(revenueChart->tableView()->model()->rowCount(), 12);
        QVERIFY(!revenueChart->tableView()->isColumnHidden(RevenueTrendModel::RevenueColumn));
        QVERIFY(revenueChart->tableView()->isColumnHidden(RevenueTrendModel::InvoicesSentColumn));

        // Cancelled file choice: nothing written, nothing said.
        chosen.clear();
        const QString status = pane.statusText();
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("tenants-csv")), Qt::LeftButton);
        QCOMPARE(pane.statusText(), status);

        // A click on a tenant opens it.
        QSignalSpy navigate(&pane, &Pane::navigateRequested);
        QTableView *table = pane.tenantTable();
        table->scrollToTop();
        const QModelIndex first = table->model()->index(0, TenantRevenueModel::TenantColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("tenants"));
        QCOMPARE(navigate.first().at(1).toMap().value(QStringLiteral("id")).toString(),
                 first.data(items::RecordIdRole).toString());
        QVERIFY(first.data(items::RecordIdRole).toString().startsWith(QLatin1String("tnt_")));
    }

    void controlsWithoutTextHaveAccessibleNames()
    {
        RevenuePane pane(*m_f.context);
        QVERIFY(showOn(pane, analytics(QStringLiteral("30d"))));
        int named = 0;
        for (const QAbstractButton *button : pane.findChildren<QAbstractButton *>()) {
            if (button->text().isEmpty())
                QVERIFY2(!button->accessibleName().isEmpty(),
                         qPrintable(button->objectName() + QLatin1Char(' ') +
                                    QString::fromLatin1(button->metaObject()->className())));
            ++named;
        }
        QVERIFY(named >= 10);
        for (const QTableView *view : pane.findChildren<QTableView *>())
            QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
        for (const QChartView *view : pane.findChildren<QChartView *>())
            QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
    }

    // A dark palette gets dark charts, their backdrop the palette's own.
    void chartsFollowThePalette()
    {
        RevenuePane pane(*m_f.context);
        QVERIFY(showOn(pane, analytics(QStringLiteral("30d"))));
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        pane.setPalette(dark);
        for (RevenueChartView *chart : pane.charts()) {
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x18, 0x19, 0x1b));
            QVERIFY(!chart->chart()->series().isEmpty());
        }
        QPalette light = dark;
        light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
        light.setColor(QPalette::Base, Qt::white);
        pane.setPalette(light);
        QCOMPARE(pane.charts().first()->chart()->theme(), QChart::ChartThemeLight);
    }

    // A payment made on the server reaches the pane through the sync, without touching the pane.
    void followsTheCache()
    {
        RevenuePane pane(*m_f.context);
        QVERIFY(showOn(pane, analytics(QStringLiteral("30d"))));
        const qint64 outstanding = pane.figures().outstandingCents;
        QSqlQuery q(m_f.cache->database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT id FROM invoices WHERE status IN ('sent','overdue','partially_paid') "
                    "AND due_cents > 0 LIMIT 1")) &&
                q.next());
        const QString id = q.value(0).toString();
        q.finish();
        QVERIFY(m_f.api->call("POST", QStringLiteral("invoices/%1/mark-paid").arg(id)).status == 200);
        QSignalSpy changed(&pane, &RevenuePane::figuresChanged);
        QVERIFY2(m_f.waitForSync(), qPrintable(m_f.error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !pane.isComputing(), 30'000);
        QVERIFY(pane.figures().outstandingCents < outstanding);
        QCOMPARE(pane.cardText(QStringLiteral("outstanding")),
                 Money::fromCents(pane.figures().outstandingCents).format(QLocale()));
    }

    void cacheClosingClearsTheCards()
    {
        RevenuePane pane(*m_f.context);
        QVERIFY(showOn(pane, analytics(QStringLiteral("30d"))));
        QVERIFY(pane.cardText(QStringLiteral("mrr")) != QStringLiteral("—"));
        m_f.context->setCache(nullptr);
        QCOMPARE(pane.cardText(QStringLiteral("mrr")), QStringLiteral("—"));
        QCOMPARE(pane.tenantModel()->rowCount(), 0);
        m_f.context->setCache(m_f.cache.get());
        QTRY_VERIFY_WITH_TIMEOUT(pane.cardText(QStringLiteral("mrr")) != QStringLiteral("—"), 30'000);
    }
};

QTEST_MAIN(TestRevenuePane)
#include "tst_revenuepane.moc"
