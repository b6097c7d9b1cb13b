#pragma once
// The sandbox as a library: a faithful local implementation of the SimuWave partner API (Qt HttpServer
// + its own SQLite file). Tests start it in-process on a free port; the simuwave-sandbox executable is a
// thin command line around it.
#include "core/Router.h"
#include "core/SandboxClock.h"

#include <memory>
#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

class QTimer;

namespace simuwave::sandbox {

class SandboxContext;
class RateLimiter;
struct PendingRequest;

struct SandboxOptions
{
    QString dataDir; // the sandbox's own folder (SQLite file, WAL)
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;                       // 0 = a free port
    QString seed;                           // demo | large | huge | minimal; only used on an empty folder
    double clockSpeed = 1.0;                // sandbox seconds per real second
    Knobs knobs;                            // fault knobs, off by default
    int partnerRateLimitPerMinute = 1000;   // the platform's per-partner limit
    qint64 maxBodyBytes = 10 * 1024 * 1024; // larger bodies get 413
};

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (and if empty, seeds) the data folder and starts listening. False with *error on failure.
    bool start(const SandboxOptions &options, QString *error);

    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    // {"url", "admin_email", "admin_password", "admin_api_key", "support_email", "support_password",
    //  "readonly_api_key", ...}: the line the executable prints.
    QJsonObject credentials() const;
    QList<RouteInfo> routes() const { return m_router.routes(); }
    qint64 seedMilliseconds() const { return m_seedMs; } // 0 when the folder was not seeded this time
    static QStringList seedProfiles();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void process(std::shared_ptr<PendingRequest> pending);
    void runHandler(std::shared_ptr<PendingRequest> pending);
    void send(const std::shared_ptr<PendingRequest> &pending, ApiResponse response);
    std::optional<ApiResponse> checkIfMatch(PendingRequest &pending);
    void tick();

    SandboxOptions m_options;
    Router m_router;
    SandboxClock m_clock;
    Knobs m_knobs;
    QString m_connectionName;
    std::unique_ptr<SandboxContext> m_ctx;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    QStringList m_schema;
    QList<std::function<void(SandboxContext &, qint64)>> m_tickers;
    QSet<QString> m_idempotencyInFlight;
    QJsonObject m_credentials;
    QTimer *m_tickTimer = nullptr;
    quint16 m_port = 0;
    qint64 m_seedMs = 0;
    qint64 m_lastClockSave = 0;
    quint64 m_requestCounter = 0;
};

} // namespace simuwave::sandbox
