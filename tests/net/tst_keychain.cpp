// KeychainSecretStore on the real Secret Service. `./dev test` runs ctest inside dbus-run-session with
// an unlocked gnome-keyring; without a session bus this test checks the session-only fallback instead.
#include "SecretTestUtil.h"

#include "credentials/KeychainSecretStore.h"
#include "credentials/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace simuwave;
using Status = SecretJob::Status;

class TestKeychain : public QObject
{
    Q_OBJECT

    // A service of its own, so a developer's real keyring entries are never touched.
    const QString m_service = QStringLiteral("SimuWave Partner Console (test)");
    QString m_key;
    bool m_haveBus = false;

    // An independent look into the Secret Service (qtkeychain stores user=<key>, server=<service>).
    QString secretToolLookup(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), m_service});
        if (!p.waitForFinished(10000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    bool secretToolStore(const QString &key, const QByteArray &value)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("store"), QStringLiteral("--label=test"), QStringLiteral("user"), key,
                 QStringLiteral("server"), m_service, QStringLiteral("type"), QStringLiteral("plaintext")});
        p.write(value);
        p.closeWriteChannel();
        return p.waitForFinished(10000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_haveBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        m_key = SecretStore::profileKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
        qInfo("session bus: %s", m_haveBus ? "yes (real Secret Service)" : "no (session-only fallback)");
    }

    void cleanupTestCase()
    {
        if (m_haveBus) {
            KeychainSecretStore store(m_service);
            runSecretJob(store.deleteSecret(m_key));
        }
    }

    void defaultServiceName()
    {
        QCOMPARE(KeychainSecretStore::defaultService(), QStringLiteral("SimuWave Partner Console"));
    }

    void roundTripOrSessionOnly()
    {
        KeychainSecretStore store(m_service);
        const QString token = QStringLiteral("sess_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const SecretResult write = runSecretJob(store.writeSecret(m_key, token));
        QVERIFY(write.finished);
        if (!m_haveBus) {
            QCOMPARE(write.status, Status::SessionOnly);
            QVERIFY(store.isSessionOnly());
            QVERIFY(!store.sessionOnlyMessage().isEmpty());
            const SecretResult read = runSecretJob(store.readSecret(m_key));
            QCOMPARE(read.status, Status::SessionOnly);
            QCOMPARE(read.secret, token);
            return;
        }
        QCOMPARE(write.status, Status::Ok);
        QVERIFY2(!store.isSessionOnly(), qPrintable(store.sessionOnlyMessage()));
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(secretToolLookup(m_key).trimmed(), token);

        // A fresh store (as after a restart) finds it in the keychain.
        KeychainSecretStore again(m_service);
        const SecretResult read = runSecretJob(again.readSecret(m_key));
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, token);

        QCOMPARE(runSecretJob(again.deleteSecret(m_key)).status, Status::Ok);
        QCOMPARE(runSecretJob(again.readSecret(m_key)).status, Status::NotFound);
        // Deleting what is not there is fine.
        QCOMPARE(runSecretJob(again.deleteSecret(m_key)).status, Status::Ok);
        QVERIFY(!again.isSessionOnly());
    }

    // Scenario 37 with the real keychain: an empty or corrupt entry counts as missing.
    void corruptEntryIsMissing()
    {
        if (!m_haveBus || QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("needs the Secret Service and secret-tool");
        QVERIFY(secretToolStore(m_key, QByteArray("sess_abc\n\x01garbage")));
        KeychainSecretStore store(m_service);
        const SecretResult read = runSecretJob(store.readSecret(m_key));
        QCOMPARE(read.status, Status::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!store.isSessionOnly());
        QCOMPARE(runSecretJob(store.deleteSecret(m_key)).status, Status::Ok);
    }

    // The secret goes to the keychain (or memory), never to the settings file.
    void settingsFileHasNoSecret()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        const QString apiKey = QStringLiteral("sk_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore profiles(&settings);
            Profile p = ProfileStore::newProfile();
            p.name = QStringLiteral("Keychain test");
            p.authKind = Profile::AuthKind::ApiKey;
            QVERIFY(profiles.save(&p));
            KeychainSecretStore store(m_service);
            const SecretResult write = runSecretJob(store.writeSecret(SecretStore::profileKey(p.id), apiKey));
            QVERIFY(write.status == Status::Ok || write.status == Status::SessionOnly);
            const SecretResult read = runSecretJob(store.readSecret(SecretStore::profileKey(p.id)));
            QCOMPARE(read.secret, apiKey);
            runSecretJob(store.deleteSecret(SecretStore::profileKey(p.id)));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("Keychain test"));
        QVERIFY(!content.contains(apiKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
