// Profiles in QSettings: round trip, validation naming the field, and never a secret in the file.
#include "SecretTestUtil.h"

#include "credentials/InMemorySecretStore.h"
#include "credentials/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace simuwave;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const Profile p = ProfileStore::newProfile();
        QCOMPARE(p.serverUrl, QUrl(QStringLiteral("https://api.simuwave.com/v1")));
        QCOMPARE(p.authKind, Profile::AuthKind::Password);
        const Profile s = ProfileStore::sandboxProfile(QUrl(QStringLiteral("http://127.0.0.1:8123/v1")));
        QCOMPARE(s.authKind, Profile::AuthKind::ApiKey);
        QVERIFY(!s.name.isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        QString firstId;
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::changed);
            Profile a = ProfileStore::newProfile();
            a.name = QStringLiteral("  Acme production ");
            a.email = QStringLiteral("ops@acme.example");
            QVERIFY(store.save(&a));
            QVERIFY(!a.id.isEmpty());
            QCOMPARE(a.name, QStringLiteral("Acme production"));
            firstId = a.id;
            Profile b = ProfileStore::sandboxProfile(QUrl(QStringLiteral("http://127.0.0.1:8123/v1")));
            QVERIFY(store.save(&b));
            store.setCurrentProfileId(b.id);
            QCOMPARE(changed.count(), 3);
        }
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("Acme production"));
        const auto a = store.profile(firstId);
        QVERIFY(a);
        QCOMPARE(a->email, QStringLiteral("ops@acme.example"));
        QCOMPARE(a->serverUrl, QUrl(QStringLiteral("https://api.simuwave.com/v1")));
        QCOMPARE(store.profile(store.currentProfileId())->authKind, Profile::AuthKind::ApiKey);
        // Edit keeps the id; remove forgets the current one.
        Profile edited = *a;
        edited.email = QStringLiteral("billing@acme.example");
        QVERIFY(store.save(&edited));
        QCOMPARE(edited.id, firstId);
        QCOMPARE(store.profile(firstId)->email, QStringLiteral("billing@acme.example"));
        store.remove(store.currentProfileId());
        QVERIFY(store.currentProfileId().isEmpty());
        QCOMPARE(store.profiles().size(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        const int pw = int(Profile::AuthKind::Password);
        const int key = int(Profile::AuthKind::ApiKey);
        const QString prod = QStringLiteral("https://api.simuwave.com/v1");
        QTest::newRow("ok") << "Acme" << prod << pw << "a@b.co" << QString();
        QTest::newRow("api key needs no email") << "Keys" << prod << key << QString() << QString();
        QTest::newRow("empty name") << "  " << prod << pw << "a@b.co"
                                    << "name";
        QTest::newRow("duplicate name") << "existing" << prod << pw << "a@b.co"
                                        << "name";
        QTest::newRow("long name") << QString(101, QLatin1Char('n')) << prod << pw << "a@b.co"
                                   << "name";
        QTest::newRow("plain http remote") << "Acme"
                                           << "http://api.simuwave.com/v1" << pw << "a@b.co"
                                           << "server_url";
        QTest::newRow("not a url") << "Acme"
                                   << "::::" << pw << "a@b.co"
                                   << "server_url";
        QTest::newRow("bad email") << "Acme" << prod << pw << "nobody"
                                   << "email";
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, email);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("v.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile existing = ProfileStore::newProfile();
        existing.name = QStringLiteral("Existing");
        existing.email = QStringLiteral("x@y.zz");
        QVERIFY(store.save(&existing));

        Profile p;
        p.name = name;
        p.serverUrl = QUrl(url);
        p.authKind = Profile::AuthKind(kind);
        p.email = email;
        QString gotField, message;
        QCOMPARE(store.save(&p, &gotField, &message), field.isEmpty());
        QCOMPARE(gotField, field);
        QCOMPARE(message.isEmpty(), field.isEmpty());
        QCOMPARE(store.profiles().size(), field.isEmpty() ? 2 : 1);
    }

    void damagedEntryIsSkipped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/broken/name"), QStringLiteral("Broken"));
        settings.setValue(QStringLiteral("profiles/broken/auth_kind"), QStringLiteral("magic"));
        ProfileStore store(&settings);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.profile(QStringLiteral("broken")));
    }

    // The settings file never holds the secret, even when the keychain is unavailable.
    void settingsNeverHoldTheSecret()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        const QString secret = QStringLiteral("sk_test_NeverInSettings7f3a9");
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore profiles(&settings);
            Profile p = ProfileStore::newProfile();
            p.name = QStringLiteral("Acme");
            p.authKind = Profile::AuthKind::ApiKey;
            QVERIFY(profiles.save(&p));
            profiles.setCurrentProfileId(p.id);
            InMemorySecretStore secrets;
            secrets.setBehaviour(InMemorySecretStore::Behaviour::Unavailable);
            QCOMPARE(runSecretJob(secrets.writeSecret(SecretStore::profileKey(p.id), secret)).status,
                     SecretJob::Status::SessionOnly);
            const SecretResult read = runSecretJob(secrets.readSecret(SecretStore::profileKey(p.id)));
            QCOMPARE(read.secret, secret);
            settings.sync();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("Acme")); // the file is the one written
        QVERIFY(!content.contains(secret.toUtf8()));
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile any(it.next());
            QVERIFY(any.open(QIODevice::ReadOnly));
            QVERIFY2(!any.readAll().contains(secret.toUtf8()), qPrintable(any.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
