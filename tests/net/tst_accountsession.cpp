// AccountSession: sign-in, API keys, 401/403 handling and sign-out, against a scripted server and
// the in-memory keychain (scenarios 20-23, 34, 37).
#include "ScriptedHttpServer.h"
#include "SecretTestUtil.h"

#include "api/ApiClient.h"
#include "api/CommandJob.h"
#include "credentials/AccountSession.h"
#include "credentials/InMemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace simuwave;
using namespace std::chrono_literals;
using State = AccountSession::State;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray meBody(const QString &role, const QStringList &scopes,
                  const QString &authType = QStringLiteral("session"))
{
    return json({{QStringLiteral("auth_type"), authType},
                 {QStringLiteral("role"), role.isEmpty() ? QJsonValue() : QJsonValue(role)},
                 {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                 {QStringLiteral("session_expires_at"), QStringLiteral("2030-01-01T08:00:00Z")}});
}

} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AccountSession> m_session;
    Profile m_password;
    Profile m_apiKey;
    QString m_role = QStringLiteral("partner_admin");
    QByteArray m_validToken = "sess_valid_token_123";

    ScriptedReply route(const RecordedRequest &r)
    {
        const QByteArray auth = r.header("authorization");
        if (r.method == "POST" && r.target == "/v1/auth/sessions") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QStringLiteral("password")).toString() != QLatin1String("right"))
                return ScriptedReply::send(httpResponse(
                    401, R"({"error":{"code":"invalid_credentials","message":"Wrong email or password."}})",
                    {{"X-Request-Id", "req_401"}}));
            if (!body.contains(QStringLiteral("totp_code")))
                return ScriptedReply::send(httpResponse(
                    401, R"({"error":{"code":"totp_required","message":"Enter the 6-digit code."}})"));
            return ScriptedReply::send(httpResponse(
                201,
                json({{QStringLiteral("token"), QString::fromLatin1(m_validToken)},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_at"), QStringLiteral("2030-01-01T08:00:00Z")},
                      {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("usr_1")},
                                                           {QStringLiteral("role"), m_role}}}})));
        }
        if (auth != "Bearer " + m_validToken && auth != "Bearer sk_test_good_key_0001")
            return ScriptedReply::send(httpResponse(401, R"({"error":{"code":"invalid_token"}})"));
        if (r.method == "GET" && r.target == "/v1/me") {
            if (auth == "Bearer sk_test_good_key_0001")
                return ScriptedReply::send(
                    httpResponse(200, meBody({}, {QStringLiteral("tenants:read")}, "api_key")));
            return ScriptedReply::send(httpResponse(200, meBody(m_role, {QStringLiteral("tenants:read")})));
        }
        if (r.method == "DELETE" && r.target == "/v1/auth/sessions/current")
            return ScriptedReply::send(httpResponse(204, {}, {}, {}));
        if (r.method == "DELETE")
            return ScriptedReply::send(httpResponse(403, R"({"error":{"code":"forbidden"}})"));
        return ScriptedReply::send(httpResponse(404, "{}"));
    }

    int countRequests(const QByteArray &method, const QByteArray &target) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.method == method && r.target == target;
        return n;
    }

    void waitForState(State state) { QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), state, 5000); }

private Q_SLOTS:
    void init()
    {
        m_role = QStringLiteral("partner_admin");
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setFallback([this](const RecordedRequest &r) { return route(r); });
        m_client = std::make_unique<ApiClient>();
        RetryPolicy p;
        p.baseDelay = 10ms;
        p.maxDelay = 50ms;
        m_client->setRetryPolicy(p);
        m_secrets = std::make_unique<InMemorySecretStore>();
        m_session = std::make_unique<AccountSession>(m_client.get(), m_secrets.get());
        m_password = ProfileStore::newProfile();
        m_password.id = QStringLiteral("pw");
        m_password.name = QStringLiteral("Password");
        m_password.email = QStringLiteral("admin@acme.example");
        m_password.serverUrl = m_server->baseUrl();
        m_apiKey = ProfileStore::sandboxProfile(m_server->baseUrl());
        m_apiKey.id = QStringLiteral("key");
    }
    void cleanup()
    {
        m_session.reset();
        m_secrets.reset();
        m_client.reset();
        m_server.reset();
    }

    void noStoredCredentialNeedsSignIn()
    {
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
        QCOMPARE(m_client->baseUrl(), m_server->baseUrl());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void refusesInsecureServer()
    {
        Profile p = m_password;
        p.serverUrl = QUrl(QStringLiteral("http://api.simuwave.com/v1"));
        m_session->activate(p);
        QCOMPARE(m_session->state(), State::NeedsSignIn);
        QVERIFY(m_session->message().contains(QLatin1String("https")));
    }

    void signInWithTotp()
    {
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
        QSignalSpy failed(m_session.get(), &AccountSession::signInFailed);

        m_session->signIn(QStringLiteral("wrong"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.last().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QVERIFY(!m_session->totpRequired());
        QVERIFY(m_session->message().contains(QLatin1String("req_401")));

        m_session->signIn(QStringLiteral("right"));
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(m_session->totpRequired());
        QCOMPARE(m_session->state(), State::NeedsSignIn);

        m_session->signIn(QStringLiteral("right"), QStringLiteral("123456"));
        waitForState(State::SignedIn);
        QCOMPARE(m_session->role(), QStringLiteral("partner_admin"));
        QVERIFY(m_session->canWrite());
        QCOMPARE(m_secrets->storedValue(SecretStore::profileKey(QStringLiteral("pw"))),
                 QString::fromLatin1(m_validToken));
        QTRY_COMPARE(countRequests("GET", "/v1/me"), 1);
        // The password went to the server and nowhere else.
        const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().at(2).body).object();
        QCOMPARE(sent.value(QStringLiteral("email")).toString(), QStringLiteral("admin@acme.example"));
        QCOMPARE(sent.value(QStringLiteral("totp_code")).toString(), QStringLiteral("123456"));
        QVERIFY(!m_server->requests().at(2).header("idempotency-key").isEmpty());
    }

    void storedTokenSignsInOffline()
    {
        m_secrets->setStoredValue(SecretStore::profileKey(QStringLiteral("pw")),
                                  QString::fromLatin1(m_validToken));
        m_server.reset(); // the server is gone: a plane
        m_session->activate(m_password);
        waitForState(State::SignedIn);
        QTest::qWait(200);
        QCOMPARE(m_session->state(), State::SignedIn); // a failed /me does not sign out
    }

    // Scenario 37: a corrupt stored token means "sign in".
    void corruptStoredTokenNeedsSignIn()
    {
        m_secrets->setStoredValue(SecretStore::profileKey(QStringLiteral("pw")), QStringLiteral("\n\x01"));
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
    }

    // Scenarios 20/21: a 401 during work asks to sign in once and forgets the dead token.
    void unauthorizedDuringWorkAsksToSignIn()
    {
        m_secrets->setStoredValue(SecretStore::profileKey(QStringLiteral("pw")),
                                  QStringLiteral("sess_expired_999"));
        QSignalSpy states(m_session.get(), &AccountSession::stateChanged);
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn); // /me answered 401
        QVERIFY(m_session->message().contains(QLatin1String("expired")));
        QTRY_VERIFY(!m_secrets->hasStoredValue(SecretStore::profileKey(QStringLiteral("pw"))));
        // Several failing jobs ask once.
        int signInAsks = 0;
        for (const QList<QVariant> &s : std::as_const(states))
            signInAsks += s.first().value<State>() == State::NeedsSignIn;
        QCOMPARE(signInAsks, 1);
        // Signing in again resumes.
        m_session->signIn(QStringLiteral("right"), QStringLiteral("123456"));
        waitForState(State::SignedIn);
    }

    // Scenario 23: a 403 refreshes the role from /me.
    void forbiddenRefreshesRole()
    {
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
        m_session->signIn(QStringLiteral("right"), QStringLiteral("000000"));
        waitForState(State::SignedIn);
        QTRY_VERIFY(m_session->me().contains(QStringLiteral("scopes"))); // the first /me has answered
        QVERIFY(m_session->canWrite());
        m_role = QStringLiteral("partner_user"); // downgraded on the server
        QSignalSpy meChanged(m_session.get(), &AccountSession::meChanged);
        auto *job = new CommandJob(m_client.get(), "DELETE", QStringLiteral("tenants/tnt_1"));
        job->start();
        QTRY_COMPARE(meChanged.count(), 1);
        QCOMPARE(m_session->role(), QStringLiteral("partner_user"));
        QCOMPARE(countRequests("GET", "/v1/me"), 2);
        QVERIFY(!m_session->canWrite());
    }

    void apiKeyCheckedThenStored()
    {
        m_session->activate(m_apiKey);
        waitForState(State::NeedsSignIn);
        QSignalSpy failed(m_session.get(), &AccountSession::signInFailed);
        m_session->useApiKey(QStringLiteral("not a key"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.last().first().value<ApiError>().fields.contains(QStringLiteral("api_key")));
        m_session->useApiKey(QStringLiteral("sk_test_revoked_0002"));
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(!m_secrets->hasStoredValue(SecretStore::profileKey(QStringLiteral("key"))));
        m_session->useApiKey(QStringLiteral(" sk_test_good_key_0001 "));
        waitForState(State::SignedIn);
        QTRY_COMPARE(m_secrets->storedValue(SecretStore::profileKey(QStringLiteral("key"))),
                     QStringLiteral("sk_test_good_key_0001"));
        QVERIFY(!m_session->canWrite()); // tenants:read only
    }

    void signOutRevokesAndForgets()
    {
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
        m_session->signIn(QStringLiteral("right"), QStringLiteral("000000"));
        waitForState(State::SignedIn);
        m_session->signOut();
        QCOMPARE(m_session->state(), State::NeedsSignIn);
        QTRY_COMPARE(countRequests("DELETE", "/v1/auth/sessions/current"), 1);
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.target == "/v1/auth/sessions/current")
                QCOMPARE(r.header("authorization"), "Bearer " + m_validToken);
        }
        QTRY_VERIFY(!m_secrets->hasStoredValue(SecretStore::profileKey(QStringLiteral("pw"))));
    }

    // Scenario 34: without a keychain, signing in still works for this session.
    void signInWithoutKeychain()
    {
        m_secrets->setBehaviour(InMemorySecretStore::Behaviour::Unavailable);
        m_session->activate(m_password);
        waitForState(State::NeedsSignIn);
        QVERIFY(m_secrets->isSessionOnly());
        m_session->signIn(QStringLiteral("right"), QStringLiteral("000000"));
        waitForState(State::SignedIn);
        QVERIFY(!m_secrets->sessionOnlyMessage().isEmpty());
        QVERIFY(!m_secrets->hasStoredValue(SecretStore::profileKey(QStringLiteral("pw"))));
        const SecretResult r =
            runSecretJob(m_secrets->readSecret(SecretStore::profileKey(QStringLiteral("pw"))));
        QCOMPARE(r.status, SecretJob::Status::SessionOnly);
        QCOMPARE(r.secret.toLatin1(), m_validToken);
    }
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
