#include "main/DemoSandbox.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace simuwave;

class TestDemoSandbox : public QObject
{
    Q_OBJECT

private slots:
    void missingExecutableFails();
    void unexpectedOutputFails();
    void realSandboxReportsItsUrl();
    void destroyingTheLauncherStopsTheSandbox();
};

void TestDemoSandbox::missingExecutableFails()
{
    QTemporaryDir dir;
    DemoSandbox sandbox;
    QSignalSpy ready(&sandbox, &DemoSandbox::ready);
    QSignalSpy failed(&sandbox, &DemoSandbox::failed);
    sandbox.start(dir.filePath(QStringLiteral("no-such-sandbox")), dir.filePath(QStringLiteral("data")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("could not be started")));
    QCOMPARE(ready.size(), 0);
}

void TestDemoSandbox::unexpectedOutputFails()
{
    // echo prints its arguments ("--data ... --seed demo --port 0"), which is not the JSON start-up line.
    const QString echo = QStringLiteral("/bin/echo");
    if (!QFileInfo(echo).isExecutable())
        QSKIP("/bin/echo is not available");
    QTemporaryDir dir;
    DemoSandbox sandbox;
    QSignalSpy ready(&sandbox, &DemoSandbox::ready);
    QSignalSpy failed(&sandbox, &DemoSandbox::failed);
    sandbox.start(echo, dir.filePath(QStringLiteral("data")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("unexpected")));
    QCOMPARE(ready.size(), 0);
}

void TestDemoSandbox::realSandboxReportsItsUrl()
{
    const QString executable = QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-sandbox");
    QVERIFY2(QFileInfo(executable).isExecutable(), qPrintable(executable));
    QTemporaryDir dir;
    DemoSandbox sandbox;
    QSignalSpy ready(&sandbox, &DemoSandbox::ready);
    QSignalSpy failed(&sandbox, &DemoSandbox::failed);
    sandbox.start(executable, dir.filePath(QStringLiteral("demo-sandbox")));
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || failed.size() == 1, 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    const QUrl url = ready.constFirst().constFirst().toUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(sandbox.url(), url);
    QVERIFY(sandbox.isRunning());

    // It really listens there.
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY2(reply->error() != QNetworkReply::ConnectionRefusedError, qPrintable(reply->errorString()));
    reply->deleteLater();

    sandbox.stop();
    QTRY_VERIFY(!sandbox.isRunning());
}

void TestDemoSandbox::destroyingTheLauncherStopsTheSandbox()
{
    const QString executable = QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-sandbox");
    QVERIFY2(QFileInfo(executable).isExecutable(), qPrintable(executable));
    QTemporaryDir dir;
    auto sandbox = std::make_unique<DemoSandbox>();
    QSignalSpy ready(sandbox.get(), &DemoSandbox::ready);
    sandbox->start(executable, dir.filePath(QStringLiteral("demo-sandbox")));
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
    const QUrl url = sandbox->url();
    const qint64 pid = sandbox->processId();
    QVERIFY(pid > 0);
    // What the console does on exit: no explicit stop, just destruction.
    sandbox.reset();
    // QProcess reaps it, so the pid is gone (not a zombie).
    QTRY_VERIFY(::kill(pid_t(pid), 0) == -1 && errno == ESRCH);

    // Nothing answers on its port any more.
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
