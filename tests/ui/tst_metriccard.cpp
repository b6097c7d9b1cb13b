// MetricCard (ui/widgets), the headline figure of the dashboard and the revenue pane: value, caption and
// tooltip shown as set, "—" after clearing, and clicked() from the mouse and the keyboard only when the card
// is clickable.
#include "widgets/MetricCard.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace simuwave;

class TestMetricCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsValueAndCaption()
    {
        MetricCard card(QStringLiteral("mrr"), QStringLiteral("MRR"));
        card.show();
        QCOMPARE(card.objectName(), QStringLiteral("card-mrr"));
        auto *value = card.findChild<QLabel *>(QStringLiteral("cardValue-mrr"));
        auto *caption = card.findChild<QLabel *>(QStringLiteral("cardCaption-mrr"));
        QVERIFY(value && caption);
        QCOMPARE(card.value(), QStringLiteral("—"));
        QVERIFY(!caption->isVisible());
        QCOMPARE(value->accessibleName(), QStringLiteral("MRR"));
        QVERIFY(value->font().bold());
        QVERIFY(value->font().pointSizeF() > card.font().pointSizeF());

        card.setValue(QStringLiteral("$1,234.00"), QStringLiteral("Monthly fees"));
        card.setCaption(QStringLiteral("+4.0% vs the prior 30 days"));
        QCOMPARE(card.value(), QStringLiteral("$1,234.00"));
        QCOMPARE(value->text(), QStringLiteral("$1,234.00"));
        QCOMPARE(value->toolTip(), QStringLiteral("Monthly fees"));
        QCOMPARE(card.caption(), QStringLiteral("+4.0% vs the prior 30 days"));
        QVERIFY(caption->isVisible());

        card.clearValue();
        QCOMPARE(card.value(), QStringLiteral("—"));
        QCOMPARE(card.caption(), QString());
        QVERIFY(!caption->isVisible());
    }

    void clicksOnlyWhenClickable()
    {
        MetricCard card(QStringLiteral("tenants"), QStringLiteral("Tenants"));
        card.show();
        QSignalSpy clicked(&card, &MetricCard::clicked);
        QTest::mouseClick(&card, Qt::LeftButton);
        QTest::keyClick(&card, Qt::Key_Space);
        QCOMPARE(clicked.size(), 0);
        QCOMPARE(card.focusPolicy(), Qt::NoFocus);

        card.setClickable(true);
        QCOMPARE(card.focusPolicy(), Qt::StrongFocus);
        QCOMPARE(card.accessibleName(), QStringLiteral("Tenants"));
        QTest::mouseClick(&card, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
        // A click on the value label reaches the card too.
        QTest::mouseClick(card.findChild<QLabel *>(QStringLiteral("cardValue-tenants")), Qt::LeftButton);
        QCOMPARE(clicked.size(), 2);
        QTest::keyClick(&card, Qt::Key_Space);
        QTest::keyClick(&card, Qt::Key_Return);
        QCOMPARE(clicked.size(), 4);
        QTest::mouseClick(&card, Qt::RightButton);
        QCOMPARE(clicked.size(), 4);
    }
};

QTEST_MAIN(TestMetricCard)
#include "tst_metriccard.moc"
