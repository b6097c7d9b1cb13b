// The SecretStore contract on the in-memory backend: round trip, timeouts, session-only fallback,
// empty or corrupt tokens (scenarios 34-37).
#include "SecretTestUtil.h"

#include "credentials/InMemorySecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace simuwave;
using namespace std::chrono_literals;
using Status = SecretJob::Status;

class TestSecretStore : public QObject
{
    Q_OBJECT
    const QString m_key = SecretStore::profileKey(QStringLiteral("p1"));
    const QString m_token = QStringLiteral("sess_5f2b9c0e7d1a4e3b");

private Q_SLOTS:
    void roundTrip()
    {
        InMemorySecretStore store;
        QCOMPARE(runSecretJob(store.readSecret(m_key)).status, Status::NotFound);
        QCOMPARE(runSecretJob(store.writeSecret(m_key, m_token)).status, Status::Ok);
        QCOMPARE(store.storedValue(m_key), m_token);
        const SecretResult read = runSecretJob(store.readSecret(m_key));
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, m_token);
        QCOMPARE(runSecretJob(store.deleteSecret(m_key)).status, Status::Ok);
        QVERIFY(!store.hasStoredValue(m_key));
        QCOMPARE(runSecretJob(store.readSecret(m_key)).status, Status::NotFound);
        QVERIFY(!store.isSessionOnly());
    }

    void jobsAreAsynchronous()
    {
        InMemorySecretStore store;
        SecretJob *job = store.readSecret(m_key);
        QSignalSpy finished(job, &SecretJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0); // callers may connect after start() returns
        QVERIFY(finished.wait(1000));
    }

    // Scenario 34: no keychain -> kept for this session only, with a banner text.
    void unavailableKeepsSecretForSession()
    {
        InMemorySecretStore store;
        store.setBehaviour(InMemorySecretStore::Behaviour::Unavailable);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
        const SecretResult write = runSecretJob(store.writeSecret(m_key, m_token));
        QCOMPARE(write.status, Status::SessionOnly);
        QVERIFY(store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(store.sessionOnlyMessage().contains(QLatin1String("this session only")));
        QVERIFY(!store.hasStoredValue(m_key)); // nothing persisted anywhere
        const SecretResult read = runSecretJob(store.readSecret(m_key));
        QCOMPARE(read.status, Status::SessionOnly);
        QCOMPARE(read.secret, m_token);
        QCOMPARE(runSecretJob(store.deleteSecret(m_key)).status, Status::SessionOnly);
        QCOMPARE(runSecretJob(store.readSecret(m_key)).status, Status::NotFound);
    }

    // Scenario 35: a job that never finishes times out and counts as unavailable.
    void hangingBackendTimesOut()
    {
        InMemorySecretStore store;
        store.setBehaviour(InMemorySecretStore::Behaviour::Hang);
        store.setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        const SecretResult read = runSecretJob(store.readSecret(m_key), 5000);
        QVERIFY(read.finished);
        QVERIFY(clock.elapsed() >= 290);
        QCOMPARE(read.status, Status::NotFound);
        QVERIFY(store.isSessionOnly());
        QVERIFY(store.sessionOnlyMessage().contains(QLatin1String("did not answer")));
        // Later jobs do not wait for the hung keychain again.
        clock.restart();
        QCOMPARE(runSecretJob(store.writeSecret(m_key, m_token)).status, Status::SessionOnly);
        QVERIFY(clock.elapsed() < 300);
    }

    // Scenario 36: after the user unlocks the keyring the store tries again; the session secret
    // stays usable until it is written.
    void retryAfterUnlock()
    {
        InMemorySecretStore store;
        store.setBehaviour(InMemorySecretStore::Behaviour::Unavailable);
        QCOMPARE(runSecretJob(store.writeSecret(m_key, m_token)).status, Status::SessionOnly);
        store.setBehaviour(InMemorySecretStore::Behaviour::Available);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
        store.retryKeychain();
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(!store.isSessionOnly());
        const SecretResult read = runSecretJob(store.readSecret(m_key));
        QCOMPARE(read.status, Status::SessionOnly);
        QCOMPARE(read.secret, m_token);
        QCOMPARE(runSecretJob(store.writeSecret(m_key, m_token)).status, Status::Ok);
        QCOMPARE(store.storedValue(m_key), m_token);
    }

    // Scenario 37: an empty or corrupt stored token is treated as missing.
    void corruptStoredTokenIsMissing_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("binary garbage") << QString::fromLatin1("\x01\x02\xff\xfe", 4);
        QTest::newRow("embedded newline") << QStringLiteral("sess_abc\nsess_def");
        QTest::newRow("replacement chars") << QStringLiteral("sess_\uFFFD\uFFFD");
        QTest::newRow("absurdly long") << QString(20000, QLatin1Char('a'));
    }
    void corruptStoredTokenIsMissing()
    {
        QFETCH(QString, stored);
        InMemorySecretStore store;
        store.setStoredValue(m_key, stored);
        const SecretResult read = runSecretJob(store.readSecret(m_key));
        QCOMPARE(read.status, Status::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!store.isSessionOnly());
    }

    void refusesToWriteEmptySecret()
    {
        InMemorySecretStore store;
        const SecretResult write = runSecretJob(store.writeSecret(m_key, QString()));
        QCOMPARE(write.status, Status::Failed);
        QVERIFY(!write.errorText.isEmpty());
        QVERIFY(!store.hasStoredValue(m_key));
    }

    void plausibleSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("api key") << QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc") << true;
        QTest::newRow("jwt") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space inside") << QStringLiteral("sk_test abc") << false;
        QTest::newRow("non-ascii") << QStringLiteral("sk_tést") << false;
    }
    void plausibleSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(bool, plausible);
        QCOMPARE(SecretStore::isPlausibleSecret(secret), plausible);
    }

    void jobOutlivingStoreFinishes()
    {
        auto *store = new InMemorySecretStore;
        SecretJob *job = store->readSecret(m_key);
        delete store;
        const SecretResult r = runSecretJob(job);
        QVERIFY(r.finished);
        QCOMPARE(r.status, Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
