#include "domain/Money.h"
#include <QTest>
class tst_placeholder : public QObject
{
    Q_OBJECT
private slots:
    void links() { QCOMPARE(simuwave::placeholderModels(), 0); }
};
QTEST_GUILESS_MAIN(tst_placeholder)
#include "tst_placeholder.moc"
