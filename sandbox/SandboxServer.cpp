#include "SandboxServer.h"

#include "core/Auth.h"
#include "core/RateLimiter.h"
#include "core/SandboxContext.h"
#include "core/Wire.h"
#include "resources/Resources.h"
#include "storage/SandboxDatabase.h"
#include "storage/Seeder.h"

#include <atomic>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxHttp, "simuwave.sandbox.http")
Q_LOGGING_CATEGORY(lcSandbox, "simuwave.sandbox")

namespace simuwave::sandbox {

// Everything about one request the pipeline needs after handleRequest() has returned (added latency
// runs the handler later from a timer).
struct PendingRequest
{
    ApiRequest req;
    QPointer<QTcpSocket> socket;
    const QHttpServerRequest *httpRequest = nullptr; // lives as long as its socket (Qt 6.4)
    const Route *route = nullptr;
    RateLimiter::Result rate;
    bool hasRate = false;
    QString idempotencyKey;  // namespaced, empty when none
    QString idempotencyHash; // of method, path and body
    bool replayed = false;
    QElapsedTimer timer;
};

static QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_rateLimiter(std::make_unique<RateLimiter>())
{}

SandboxServer::~SandboxServer()
{
    if (m_ctx) {
        SandboxDatabase::setMeta(m_ctx->db(), QStringLiteral("clock_ms"), QString::number(m_clock.nowMs()));
        m_ctx.reset();
        SandboxDatabase::close(m_connectionName);
    }
}

QStringList SandboxServer::seedProfiles()
{
    return {QStringLiteral("minimal"), QStringLiteral("demo"), QStringLiteral("large"),
            QStringLiteral("huge")};
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    static std::atomic<int> instance{0};
    m_options = options;
    m_knobs = options.knobs;
    m_connectionName = QStringLiteral("simuwave-sandbox-%1").arg(++instance);
    const QString profile = options.seed.isEmpty() ? QStringLiteral("minimal") : options.seed;
    if (!seedProfiles().contains(profile)) {
        *error = tr("Unknown seed '%1' (use %2).").arg(profile, seedProfiles().join(QStringLiteral(", ")));
        return false;
    }
    if (options.dataDir.isEmpty()) {
        *error = tr("A data folder is required (--data DIR).");
        return false;
    }

    QList<SeedHook> seedHooks;
    m_schema = SandboxDatabase::coreSchema();
    ResourceSetup setup{m_router, m_schema, seedHooks, m_tickers};
    setupAllResources(setup);
    if (m_knobs.enabled)
        setupAdminResources(setup);

    if (!SandboxDatabase::open(options.dataDir, m_connectionName, m_schema, error))
        return false;
    m_ctx = std::make_unique<SandboxContext>(m_connectionName, m_clock, m_knobs);
    m_ctx->runLifecycles = [this](qint64 now) {
        for (const auto &ticker : std::as_const(m_tickers))
            ticker(*m_ctx, now);
    };
    QSqlDatabase db = m_ctx->db();
    m_clock.start(SandboxDatabase::meta(db, QStringLiteral("clock_ms")).toLongLong(), options.clockSpeed);

    if (SandboxDatabase::isEmpty(db)) {
        QElapsedTimer t;
        t.start();
        if (!seeder::seed(db, profile, m_clock.nowMs(), seedHooks, &m_credentials, error))
            return false;
        m_seedMs = qMax<qint64>(1, t.elapsed());
        qCInfo(lcSandbox, "Seeded '%s' in %lld ms", qPrintable(profile), m_seedMs);
    } else {
        if (!options.seed.isEmpty())
            qCInfo(lcSandbox, "The data folder is not empty: --seed %s ignored", qPrintable(options.seed));
        m_credentials =
            QJsonDocument::fromJson(SandboxDatabase::meta(db, QStringLiteral("credentials")).toUtf8())
                .object();
    }

    // Bring the lifecycles up to the clock before the first request: otherwise a seeded record already due
    // for its next step changes under the first client a tick later, without any action of its own.
    tick();
    m_port = listen(options.host, options.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1:%2.").arg(options.host.toString()).arg(options.port);
        return false;
    }
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(250);
    connect(m_tickTimer, &QTimer::timeout, this, &SandboxServer::tick);
    m_tickTimer->start();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_options.host.toString());
    u.setPort(m_port);
    u.setPath(QStringLiteral("/v1"));
    return u;
}

QJsonObject SandboxServer::credentials() const
{
    QJsonObject c{{QStringLiteral("url"), baseUrl().toString()}};
    for (auto it = m_credentials.constBegin(); it != m_credentials.constEnd(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

void SandboxServer::tick()
{
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_ctx->db();
    db.transaction();
    for (const auto &ticker : std::as_const(m_tickers))
        ticker(*m_ctx, now);
    if (now - m_lastClockSave > 5000) {
        m_lastClockSave = now;
        SandboxDatabase::setMeta(db, QStringLiteral("clock_ms"), QString::number(now));
        QSqlQuery q(db);
        m_ctx->exec(q, QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"),
                    {now - 24LL * 3600 * 1000});
    }
    db.commit();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if it ever declines.
    auto responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto p = std::make_shared<PendingRequest>();
    p->timer.start();
    p->socket = socket;
    p->httpRequest = &request;
    p->req.method = methodName(request.method());
    p->req.path = request.url().path();
    p->req.query = request.query();
    for (const auto &[name, value] : request.headers())
        p->req.headers.insert(name.toLower(), value);
    p->req.body = request.body();
    p->req.requestId = "req_" + QByteArray::number(++m_requestCounter, 36).rightJustified(6, '0') + '_' +
                       wire::randomToken(8);
    process(p);
    return true;
}

void SandboxServer::process(std::shared_ptr<PendingRequest> p)
{
    ApiRequest &req = p->req;
    const bool adminPath = req.path.startsWith(QLatin1String("/v1/sandbox/"));
    auto *rng = QRandomGenerator::global();
    if (!adminPath && m_knobs.dropRate > 0 && rng->generateDouble() < m_knobs.dropRate) {
        qCDebug(lcSandboxHttp) << req.method << req.path << "-> connection dropped (knob)";
        p->socket->abort();
        return;
    }
    if (!adminPath && m_knobs.errorRate > 0 && rng->generateDouble() < m_knobs.errorRate) {
        if (rng->bounded(2) == 0) {
            auto r = errors::make(503, QStringLiteral("api_error"), QStringLiteral("service_unavailable"),
                                  tr("The service is temporarily unavailable; retry later."));
            r.addHeader("Retry-After", "2");
            return send(p, r);
        }
        return send(p, errors::make(500, QStringLiteral("api_error"), QStringLiteral("internal_error"),
                                    tr("An internal error occurred.")));
    }
    if (req.body.size() > m_options.maxBodyBytes)
        return send(
            p, errors::make(413, QStringLiteral("invalid_request_error"), QStringLiteral("payload_too_large"),
                            tr("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));

    const Router::Match match = m_router.match(req.method, req.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            auto r = errors::make(
                405, QStringLiteral("invalid_request_error"), QStringLiteral("method_not_allowed"),
                tr("%1 is not allowed on %2.").arg(QString::fromLatin1(req.method), req.path));
            r.addHeader("Allow", match.allowedMethods.join(", "));
            return send(p, r);
        }
        return send(
            p, errors::make(404, QStringLiteral("not_found_error"), QStringLiteral("route_not_found"),
                            tr("No such endpoint: %1 %2.").arg(QString::fromLatin1(req.method), req.path)));
    }
    p->route = match.route;
    req.params = match.params;
    req.routePattern = match.route->pattern;
    const Permission &perm = match.route->permission;

    if (perm.access != Access::Public) {
        auto result = auth::authenticate(*m_ctx, req.header("authorization"));
        if (auto *err = std::get_if<ApiResponse>(&result))
            return send(p, *err);
        req.principal = std::get<Principal>(result);

        if (!adminPath) {
            const qint64 wall = QDateTime::currentMSecsSinceEpoch();
            int partnerLimit = m_options.partnerRateLimitPerMinute;
            if (m_knobs.rateLimitPerMinute > 0)
                partnerLimit = qMin(partnerLimit, m_knobs.rateLimitPerMinute);
            RateLimiter::Result shown = m_rateLimiter->hit(QStringLiteral("partner"), partnerLimit, wall);
            if (req.principal.kind == Principal::Kind::ApiKey) {
                int keyLimit = req.principal.rateLimitPerMinute > 0 ? req.principal.rateLimitPerMinute : 100;
                if (m_knobs.rateLimitPerMinute > 0)
                    keyLimit = qMin(keyLimit, m_knobs.rateLimitPerMinute);
                const auto k =
                    m_rateLimiter->hit(QStringLiteral("key:%1").arg(req.principal.keyId), keyLimit, wall);
                if (!k.allowed || (shown.allowed && k.remaining < shown.remaining))
                    shown = k;
            }
            p->rate = shown;
            p->hasRate = true;
            if (!shown.allowed) {
                auto r = errors::make(429, QStringLiteral("rate_limit_error"), QStringLiteral("rate_limited"),
                                      tr("Too many requests: the limit is %1 per minute.").arg(shown.limit));
                r.addHeader("Retry-After", QByteArray::number(shown.retryAfterSeconds));
                return send(p, r);
            }
        }
        if (perm.access == Access::Read || perm.access == Access::Write) {
            if (auto denied = auth::authorize(req.principal, perm.scope, perm.access == Access::Write))
                return send(p, *denied);
        }
    }

    // Idempotency-Key on POST: replay the first answer, refuse a different body, 409 while in flight.
    const QByteArray idemKey = req.header("idempotency-key");
    if (req.method == "POST" && !idemKey.isEmpty()) {
        if (idemKey.size() > 255)
            return send(
                p, errors::validationField(QStringLiteral("Idempotency-Key"),
                                           tr("The Idempotency-Key header must be at most 255 characters.")));
        p->idempotencyKey = QString::fromUtf8(idemKey);
        p->idempotencyHash =
            QString::fromLatin1(wire::sha256Hex(req.method + ' ' + req.path.toUtf8() + '\n' + req.body));
        if (m_idempotencyInFlight.contains(p->idempotencyKey)) {
            p->idempotencyKey.clear();
            return send(
                p, errors::make(
                       409, QStringLiteral("idempotency_error"), QStringLiteral("idempotency_key_in_use"),
                       tr("A request with this Idempotency-Key is still being processed; retry later.")));
        }
        QSqlQuery q(m_ctx->db());
        if (m_ctx->exec(q,
                        QStringLiteral(
                            "SELECT request_hash, status, content_type, body FROM idempotency WHERE key = ?"),
                        {p->idempotencyKey}) &&
            q.next()) {
            const QString storedHash = q.value(0).toString();
            p->idempotencyKey.clear(); // nothing to store again
            if (storedHash != p->idempotencyHash)
                return send(
                    p, errors::make(422, QStringLiteral("idempotency_error"),
                                    QStringLiteral("idempotency_key_reused"),
                                    tr("This Idempotency-Key was already used with a different request."),
                                    QStringLiteral("Idempotency-Key")));
            ApiResponse replay = ApiResponse::bytes(q.value(3).toByteArray(), q.value(2).toByteArray());
            replay.status = q.value(1).toInt();
            replay.empty = replay.rawBody.isEmpty();
            p->replayed = true;
            replay.addHeader("Idempotent-Replayed", "true");
            return send(p, replay);
        }
        m_idempotencyInFlight.insert(p->idempotencyKey);
    }

    if (m_knobs.latencyMs > 0 && !adminPath) {
        QTimer::singleShot(m_knobs.latencyMs, this, [this, p] { runHandler(p); });
        return;
    }
    runHandler(p);
}

std::optional<ApiResponse> SandboxServer::checkIfMatch(PendingRequest &p)
{
    const QByteArray ifMatch = p.req.header("if-match");
    if (ifMatch.isEmpty() || !(p.req.method == "PATCH" || p.req.method == "PUT" || p.req.method == "DELETE"))
        return std::nullopt;
    const Route *get = m_router.find("GET", p.route->pattern);
    if (!get)
        return std::nullopt;
    ApiRequest probe = p.req;
    probe.method = "GET";
    probe.body.clear();
    const ApiResponse current = get->handler(probe, *m_ctx);
    if (current.status != 200)
        return std::nullopt; // the write handler answers 404 and the like itself
    if (wire::etagMatches(ifMatch, wire::etagFor(current.serializedBody())))
        return std::nullopt;
    return errors::make(412, QStringLiteral("precondition_failed"), QStringLiteral("etag_mismatch"),
                        tr("The resource was changed since you read it (If-Match does not match its ETag)."),
                        QStringLiteral("If-Match"));
}

void SandboxServer::runHandler(std::shared_ptr<PendingRequest> p)
{
    if (!p->socket) {
        m_idempotencyInFlight.remove(p->idempotencyKey);
        return;
    }
    QSqlDatabase db = m_ctx->db();
    const bool write = p->req.method != "GET";
    if (write)
        db.transaction();
    ApiResponse r;
    if (auto failed = checkIfMatch(*p))
        r = *failed;
    else
        r = p->route->handler(p->req, *m_ctx);
    if (write) {
        if (r.status >= 400 && !r.keepChanges)
            db.rollback();
        else
            db.commit();
    }
    if (!p->idempotencyKey.isEmpty()) {
        m_idempotencyInFlight.remove(p->idempotencyKey);
        if (r.status < 500) {
            QByteArray body = r.serializedBody();
            if (r.isError() && !r.isRaw) {
                QJsonObject o = r.json.toObject(), e = o.value(QStringLiteral("error")).toObject();
                e.insert(QStringLiteral("request_id"), QString::fromLatin1(p->req.requestId));
                o.insert(QStringLiteral("error"), e);
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            QSqlQuery q(db);
            m_ctx->exec(
                q,
                QStringLiteral(
                    "INSERT OR REPLACE INTO idempotency(key, request_hash, status, content_type, body, "
                    "created_at) VALUES(?,?,?,?,?,?)"),
                {p->idempotencyKey, p->idempotencyHash, r.status, r.contentType, body, m_clock.nowMs()});
        }
    }
    send(p, std::move(r));
}

void SandboxServer::send(const std::shared_ptr<PendingRequest> &p, ApiResponse r)
{
    if (!p->socket || p->socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (r.isError() && !r.isRaw && r.json.isObject()) {
        QJsonObject o = r.json.toObject();
        QJsonObject e = o.value(QStringLiteral("error")).toObject();
        if (e.value(QStringLiteral("request_id")).isNull()) {
            e.insert(QStringLiteral("request_id"), QString::fromLatin1(p->req.requestId));
            o.insert(QStringLiteral("error"), e);
            r.json = o;
        }
    }
    QByteArray body = r.serializedBody();
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.emplaceBack(QByteArray("X-Request-Id"), p->req.requestId);
    if (p->req.method == "GET" && r.status == 200) {
        const QByteArray etag = wire::etagFor(body);
        headers.emplaceBack(QByteArray("ETag"), etag);
        const QByteArray inm = p->req.header("if-none-match");
        if (!inm.isEmpty() && wire::etagMatches(inm, etag)) {
            r.status = 304;
            r.empty = true;
            body.clear();
        }
    }
    if (p->hasRate) {
        headers.emplaceBack(QByteArray("X-RateLimit-Limit"), QByteArray::number(p->rate.limit));
        headers.emplaceBack(QByteArray("X-RateLimit-Remaining"), QByteArray::number(p->rate.remaining));
        headers.emplaceBack(QByteArray("X-RateLimit-Reset"), QByteArray::number(p->rate.resetEpochSeconds));
    }
    headers.append(r.headers);
    const bool noBody = r.status == 204 || r.status == 304;
    if (!noBody && !body.isEmpty())
        headers.emplaceBack(QByteArray("Content-Type"), r.contentType == "application/json"
                                                            ? QByteArray("application/json; charset=utf-8")
                                                            : r.contentType);
    if (!noBody)
        headers.emplaceBack(QByteArray("Content-Length"), QByteArray::number(body.size()));
    headers.emplaceBack(QByteArray("Cache-Control"), QByteArray("no-cache")); // revalidate with the ETag

    auto responder = makeResponder(*p->httpRequest, p->socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    for (const auto &[k, v] : std::as_const(headers))
        responder.writeHeader(k, v);
    responder.writeBody(body);
    qCDebug(lcSandboxHttp).noquote() << p->req.method << p->req.path << r.status << p->timer.elapsed() << "ms"
                                     << p->req.requestId;
}

} // namespace simuwave::sandbox
