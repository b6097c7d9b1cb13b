// KeychainSecretStore with no session bus at all (scenario 34), even inside dbus-run-session: the
// bus is hidden from this process before the first keychain job.
#include "SecretTestUtil.h"

#include "credentials/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace simuwave;
using Status = SecretJob::Status;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
    QTemporaryDir m_runtimeDir;
    const QString m_service = QStringLiteral("SimuWave Partner Console (test)");

private Q_SLOTS:
    void initTestCase()
    {
        // GLib finds the session bus through DBUS_SESSION_BUS_ADDRESS, then $XDG_RUNTIME_DIR/bus, then
        // X11 autolaunch: take all three away.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        QVERIFY(m_runtimeDir.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    }

    void writeFallsBackToSession()
    {
        KeychainSecretStore store(m_service);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
        const QString key = SecretStore::profileKey(QStringLiteral("nobus"));
        const QString token = QStringLiteral("sess_nobus_0123456789");
        QElapsedTimer clock;
        clock.start();
        const SecretResult write = runSecretJob(store.writeSecret(key, token));
        QVERIFY(write.finished);
        QVERIFY(clock.elapsed() < 15000); // an error or the ~10 s timeout, never a hang
        QCOMPARE(write.status, Status::SessionOnly);
        QVERIFY(store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(store.sessionOnlyMessage().contains(QLatin1String("this session only")));

        const SecretResult read = runSecretJob(store.readSecret(key));
        QCOMPARE(read.status, Status::SessionOnly);
        QCOMPARE(read.secret, token);

        // Nothing survives the session: a new store (a restart) finds nothing.
        KeychainSecretStore restarted(m_service);
        const SecretResult after = runSecretJob(restarted.readSecret(key));
        QCOMPARE(after.status, Status::NotFound);
        QVERIFY(restarted.isSessionOnly());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
