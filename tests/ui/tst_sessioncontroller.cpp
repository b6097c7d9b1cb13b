// The session controller against the real bin/simuwave-sandbox: the demo workspace path (sign-in, first
// sync, status bar), going offline, the read-only badge, the sign-in dialog's checks and pending changes.
#include "cache/CacheTypes.h"
#include "cache/OutboxStore.h"
#include "cache/SqlCache.h"
#include "credentials/InMemorySecretStore.h"
#include "main/ConsoleContext.h"
#include "main/ConsoleStatusBar.h"
#include "main/DemoSandbox.h"
#include "main/MainWindow.h"
#include "main/PendingChangesDialog.h"
#include "main/SessionController.h"
#include "main/ThemeController.h"
#include "signin/SignInDialog.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace simuwave;

namespace {
constexpr int kSlow = 60000;
}

class TestSessionController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstStartShowsSignIn();
    void demoWorkspaceSignsInAndSyncs();
    void stoppingTheSandboxGoesOffline();
    void supportSignInShowsReadOnlyBadge();
    void pendingChangesCanBeCancelled();
    void revokedSessionAsksToSignInAgainAndResumes();
    void signInDialogRefusesBadFields_data();
    void signInDialogRefusesBadFields();

private:
    void openDemoAndWaitOnline();
    QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<ThemeController> m_theme;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<SessionController> m_session;
};

void TestSessionController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_theme = std::make_unique<ThemeController>(QGuiApplication::palette());
    m_window = std::make_unique<MainWindow>(*m_settings, *m_theme);
    m_context = std::make_unique<ConsoleContext>(*m_settings);
    SessionController::Options options;
    options.dataDir = m_dir->path();
    options.sandboxExecutable = QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-sandbox");
    QVERIFY2(QFileInfo(options.sandboxExecutable).isExecutable(), qPrintable(options.sandboxExecutable));
    options.sync.refreshIntervalSeconds = 0;
    options.sync.retryPolicy = RetryPolicy::noRetry();
    options.sync.transferTimeout = std::chrono::milliseconds(5000);
    m_session = std::make_unique<SessionController>(m_settings.get(), m_secrets.get(), m_window.get(),
                                                    m_context.get(), options);
    m_window->show();
}

void TestSessionController::cleanup()
{
    m_session.reset();
    m_context.reset();
    m_window.reset();
    m_theme.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestSessionController::settingsText() const
{
    m_settings->sync();
    QFile file(m_dir->filePath(QStringLiteral("console.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestSessionController::openDemoAndWaitOnline()
{
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    QSignalSpy finished(m_session->syncEngine(), &SyncEngine::syncFinished);
    m_session->openDemoWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSlow);
    const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.message));
    QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), ConsoleStatusBar::tr("Online"), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->cache() != nullptr, kSlow);
}

void TestSessionController::firstStartShowsSignIn()
{
    m_session->start();
    QVERIFY(m_session->signInDialog());
    QTRY_VERIFY(m_session->signInDialog()->isVisible());
    QCOMPARE(m_session->account()->state(), AccountSession::State::NoProfile);
}

void TestSessionController::demoWorkspaceSignsInAndSyncs()
{
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    QCOMPARE(status->lastSyncText(), ConsoleStatusBar::tr("Never synced"));
    QSignalSpy progress(m_session->syncEngine(), &SyncEngine::progress);
    openDemoAndWaitOnline();
    QVERIFY(!progress.isEmpty());
    QVERIFY(status->lastSyncText() != ConsoleStatusBar::tr("Never synced"));
    QVERIFY(!status->isSyncProgressShown());
    QVERIFY(status->profileText().contains(ProfileStore::sandboxProfile(QUrl()).name));
    QVERIFY(!status->isReadOnlyBadgeShown()); // the admin can write
    QCOMPARE(m_session->account()->state(), AccountSession::State::SignedIn);
    QVERIFY(m_session->cache()->count(cache::Resource::Tenants) > 0);
    QVERIFY(m_session->cache()->count(cache::Resource::PhoneNumbers) > 0);

    // The demo's password and the session token are in the secret store only, never in the settings.
    const QJsonObject info = m_session->demoSandbox()->info();
    const QString password = info.value(QLatin1String("admin_password")).toString();
    QVERIFY(!password.isEmpty());
    const QString text = settingsText();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(password));
    const QString key = SecretStore::profileKey(m_session->account()->profile().id);
    QTRY_VERIFY(m_secrets->hasStoredValue(key));
    QVERIFY(!text.contains(m_secrets->storedValue(key)));
}

void TestSessionController::stoppingTheSandboxGoesOffline()
{
    openDemoAndWaitOnline();
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    const qint64 tenants = m_session->cache()->count(cache::Resource::Tenants);
    QVERIFY(tenants > 0);
    const QString lastSync = status->lastSyncText();

    m_session->demoSandbox()->stop();
    m_session->syncEngine()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), ConsoleStatusBar::tr("Offline"), kSlow);
    QVERIFY2(m_window->noticeText().startsWith(QStringLiteral("Offline — last synced ")),
             qPrintable(m_window->noticeText()));
    const QString time = QLocale().toString(m_session->syncEngine()->lastSyncedAt().toLocalTime().time(),
                                            QLocale::ShortFormat);
    QVERIFY2(m_window->noticeText().endsWith(time), qPrintable(m_window->noticeText()));
    QCOMPARE(status->lastSyncText(), lastSync);
    // Everything stays readable from the cache.
    QCOMPARE(m_session->cache()->count(cache::Resource::Tenants), tenants);
}

void TestSessionController::supportSignInShowsReadOnlyBadge()
{
    openDemoAndWaitOnline();
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    QVERIFY(!status->isReadOnlyBadgeShown());
    const QJsonObject info = m_session->demoSandbox()->info();

    m_session->showSignIn();
    SignInDialog *dialog = m_session->signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("signInProfileName"))->setText(QStringLiteral("Support"));
    dialog->findChild<QLineEdit *>(QStringLiteral("signInServer"))
        ->setText(info.value(QLatin1String("url")).toString());
    dialog->findChild<QRadioButton *>(QStringLiteral("signInPasswordMode"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInEmail"))
        ->setText(info.value(QLatin1String("support_email")).toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))
        ->setText(info.value(QLatin1String("support_password")).toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("signInTotp"))->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(status->isReadOnlyBadgeShown(), kSlow);
    QCOMPARE(m_session->account()->profile().name, QStringLiteral("Support"));
    QVERIFY(!m_session->account()->canWrite());
    QVERIFY(status->profileText().contains(QStringLiteral("Support")));
    QTRY_VERIFY(!dialog->isVisible());
    // What panes see: writes disabled, with the reason.
    QString reason;
    QTRY_VERIFY(!m_context->canWrite(&reason));
    QVERIFY2(reason.contains(QStringLiteral("Read-only")), qPrintable(reason));
}

void TestSessionController::pendingChangesCanBeCancelled()
{
    openDemoAndWaitOnline();
    ConsoleStatusBar *status = m_window->consoleStatusBar();
    OutboxStore *outbox = m_session->outbox();
    QVERIFY(outbox);
    QCOMPARE(status->pendingText(), ConsoleStatusBar::tr("No pending changes"));
    // Stop the server first so nothing could send these (the write path is not part of this test).
    m_session->demoSandbox()->stop();
    cache::OutboxEntry a;
    a.method = QStringLiteral("PATCH");
    a.path = QStringLiteral("/v1/tenants/tnt_00000001");
    a.resource = QStringLiteral("tenants");
    a.recordId = QStringLiteral("tnt_00000001");
    a.body = QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}};
    a.idempotencyKey = QStringLiteral("idem-a");
    cache::OutboxEntry b = a;
    b.idempotencyKey = QStringLiteral("idem-b");
    b.recordId = QStringLiteral("tnt_00000002");
    b.path = QStringLiteral("/v1/tenants/tnt_00000002");
    QString error;
    const auto idA = outbox->enqueue(a, &error);
    QVERIFY2(idA, qPrintable(error));
    const auto idB = outbox->enqueue(b, &error);
    QVERIFY2(idB, qPrintable(error));
    QTRY_COMPARE(status->pendingText(), ConsoleStatusBar::tr("%n pending change(s)", nullptr, 2));

    QLabel *count = status->findChild<QLabel *>(QStringLiteral("statusPending"));
    QVERIFY(count);
    QTest::mouseClick(count, Qt::LeftButton);
    PendingChangesDialog *dialog = m_session->pendingChangesDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->rowCount(), 2);

    QVERIFY(dialog->cancelChange(*idA));
    QTRY_COMPARE(dialog->rowCount(), 1);
    QCOMPARE(outbox->count(), 1);
    QVERIFY(outbox->entry(*idB).has_value());
    QTRY_COMPARE(status->pendingText(), ConsoleStatusBar::tr("%n pending change(s)", nullptr, 1));
    QVERIFY(!dialog->cancelChange(*idA)); // already gone
}

// A session revoked on the server (signed out elsewhere, expired): the next sync gets a 401, the console asks
// to sign in again with the profile prefilled, the cache stays readable meanwhile, and after the sign-in the
// sync resumes and the console is online again.
void TestSessionController::revokedSessionAsksToSignInAgainAndResumes()
{
    // A sandbox of the test's own and an ordinary password profile on it (the demo profile would sign
    // itself in again without asking).
    DemoSandbox server;
    QSignalSpy ready(&server, &DemoSandbox::ready);
    server.start(QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-sandbox"),
                 m_dir->filePath(QStringLiteral("own")));
    QVERIFY(ready.wait(kSlow));
    const QJsonObject info = server.info();
    Profile office;
    office.name = QStringLiteral("Office");
    office.serverUrl = server.url();
    office.authKind = Profile::AuthKind::Password;
    office.email = info.value(QLatin1String("admin_email")).toString();
    QString field, message;
    QVERIFY2(m_session->profiles()->save(&office, &field, &message), qPrintable(message));
    m_session->profiles()->setCurrentProfileId(office.id);
    ConsoleStatusBar *status = m_window->consoleStatusBar();

    m_session->start(); // no stored session: the dialog asks, prefilled for Office
    QTRY_VERIFY_WITH_TIMEOUT(m_session->signInDialog() && m_session->signInDialog()->isVisible(), kSlow);
    SignInDialog *dialog = m_session->signInDialog();
    QSignalSpy synced(m_session->syncEngine(), &SyncEngine::syncFinished);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))
        ->setText(info.value(QLatin1String("admin_password")).toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("signInTotp"))->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kSlow);
    QCOMPARE(m_session->account()->profile().name, QStringLiteral("Office"));
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), kSlow);
    QVERIFY(synced.last().first().value<SyncSummary>().ok);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->cache() && m_session->cache()->count(cache::Resource::Tenants) > 0,
                             kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), ConsoleStatusBar::tr("Online"), kSlow);
    const qint64 tenants = m_session->cache()->count(cache::Resource::Tenants);

    // Revoke the session on the server with its own token.
    const QString stored =
        m_secrets->storedValue(SecretStore::profileKey(m_session->account()->profile().id));
    const QJsonObject secret = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString token = secret.isEmpty() ? stored : secret.value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(info.value(QLatin1String("url")).toString() + QStringLiteral("/auth/sessions/current")));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.deleteResource(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kSlow);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100, 2);
    reply->deleteLater();

    m_session->syncEngine()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kSlow);
    const auto *why = dialog->findChild<QLabel *>(QStringLiteral("signInMessage"));
    QVERIFY(why && why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("session"), Qt::CaseInsensitive), qPrintable(why->text()));
    QCOMPARE(status->connectionText(), ConsoleStatusBar::tr("Not connected"));
    // Nothing lost meanwhile: the cache is still there and readable.
    QVERIFY(m_context->cache());
    QCOMPARE(m_session->cache()->count(cache::Resource::Tenants), tenants);

    synced.clear();
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))
        ->setText(info.value(QLatin1String("admin_password")).toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), kSlow);
    QVERIFY(synced.last().first().value<SyncSummary>().ok);
    QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), ConsoleStatusBar::tr("Online"), kSlow);
    QCOMPARE(m_session->cache()->count(cache::Resource::Tenants), tenants);
    QVERIFY(m_context->canWrite());
    m_session.reset(); // before the server goes
}

void TestSessionController::signInDialogRefusesBadFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("totp");
    QTest::addColumn<QString>("fieldLabel");
    const QString ok = QStringLiteral("https://api.simuwave.com/v1");
    QTest::newRow("empty name") << "" << ok << "a@b.example"
                                << "pw"
                                << ""
                                << "Profile name";
    QTest::newRow("empty server") << "P"
                                  << ""
                                  << "a@b.example"
                                  << "pw"
                                  << ""
                                  << "Server";
    QTest::newRow("plain http") << "P"
                                << "http://api.simuwave.com/v1"
                                << "a@b.example"
                                << "pw"
                                << ""
                                << "Server";
    QTest::newRow("empty email") << "P" << ok << ""
                                 << "pw"
                                 << ""
                                 << "Email";
    QTest::newRow("bad email") << "P" << ok << "not-an-address"
                               << "pw"
                               << ""
                               << "Email";
    QTest::newRow("empty password") << "P" << ok << "a@b.example"
                                    << ""
                                    << ""
                                    << "Password";
    QTest::newRow("short code") << "P" << ok << "a@b.example"
                                << "pw"
                                << "123"
                                << "Code (2FA)";
    QTest::newRow("letters in code") << "P" << ok << "a@b.example"
                                     << "pw"
                                     << "12a456"
                                     << "Code (2FA)";
}

void TestSessionController::signInDialogRefusesBadFields()
{
    QFETCH(QString, name);
    QFETCH(QString, server);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, totp);
    QFETCH(QString, fieldLabel);
    m_session->start();
    SignInDialog *dialog = m_session->signInDialog();
    QVERIFY(dialog);
    QSignalSpy requested(dialog, &SignInDialog::signInRequested);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInProfileName"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInServer"))->setText(server);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(email);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(password);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInTotp"))->setText(totp);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY2(dialog->errorText().startsWith(fieldLabel + QLatin1Char(':')), qPrintable(dialog->errorText()));
    QCOMPARE(requested.size(), 0);
    QVERIFY(dialog->isVisible());
    // Nothing was sent or stored: no profile, no session.
    QVERIFY(m_session->profiles()->profiles().isEmpty());
    QCOMPARE(m_session->account()->state(), AccountSession::State::NoProfile);

    // The same dialog with the field fixed is accepted and asks for a sign-in.
    dialog->findChild<QLineEdit *>(QStringLiteral("signInProfileName"))->setText(QStringLiteral("P"));
    dialog->findChild<QLineEdit *>(QStringLiteral("signInServer"))
        ->setText(QStringLiteral("https://127.0.0.1:1/v1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(QStringLiteral("a@b.example"));
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(QStringLiteral("pw"));
    dialog->findChild<QLineEdit *>(QStringLiteral("signInTotp"))->setText(QStringLiteral("123456"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QVERIFY(dialog->errorText().isEmpty());
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
