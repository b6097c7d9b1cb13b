// Settings: each preference is stored at once and used — the paper size of generated PDFs (US Letter vs A4,
// read back from the PDF with pdfinfo), desktop notifications off (nothing raised, events still kept), and
// the background refresh interval remembered.
#include "ConsoleTestFixture.h"

#include "e911/E911Pane.h"
#include "settings/SettingsPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QProcess>
#include <QtTest>

using namespace simuwave;

class TestSettingsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ConsoleTestFixture>();
        QVERIFY2(m_f->start(), qPrintable(m_f->error));
    }
    void cleanupTestCase() { m_f.reset(); }

    void paperSizeIsUsedByThePdfs_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("letter") << "letter"
                                << "(letter)";
        QTest::newRow("a4") << "a4"
                            << "(A4)";
    }
    void paperSizeIsUsedByThePdfs()
    {
        QFETCH(QString, paper);
        QFETCH(QString, pageSize);
        SettingsPane settings(*m_f->context);
        QComboBox *combo = settings.paperCombo();
        combo->setCurrentIndex(combo->findData(paper));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(m_f->context->settings().value(SettingsPane::paperKey()).toString(), paper);
        E911Pane e911(*m_f->context);
        const QString path = m_dir.filePath(paper + QStringLiteral(".pdf"));
        QCOMPARE(e911.exportReport(path, true), QString());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(pageSize), qPrintable(out));
    }

    void notificationsCanBeTurnedOff()
    {
        SettingsPane settings(*m_f->context);
        QSignalSpy raised(m_f->context.get(), &ConsoleContext::notificationRequested);
        settings.notificationsBox()->setChecked(false);
        m_f->context->notify(QStringLiteral("Port of (501) 555-0100: Completed"), QString());
        QCOMPARE(raised.count(), 0);
        settings.notificationsBox()->setChecked(true);
        m_f->context->notify(QStringLiteral("Port of (501) 555-0100: Completed"), QString());
        QCOMPARE(raised.count(), 1);
    }

    void refreshIntervalIsRemembered()
    {
        {
            SettingsPane settings(*m_f->context);
            QComboBox *combo = settings.refreshCombo();
            combo->setCurrentIndex(combo->findData(300));
            Q_EMIT combo->activated(combo->currentIndex());
        }
        QCOMPARE(m_f->context->settings().value(SettingsPane::refreshKey()).toInt(), 300);
        SettingsPane again(*m_f->context);
        QCOMPARE(again.refreshCombo()->currentData().toInt(), 300);
    }

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsPane)
#include "tst_settingspane.moc"
