// Sandbox figures: how long seeding `large` takes (5,000 tenants, 100,000 numbers, plus whatever the
// other resource seeds add), and requests per second for a 1000-number list page over loopback.
#include "SandboxServer.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace simuwave::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SandboxOptions o;
    o.dataDir = dir.filePath(QStringLiteral("large"));
    o.seed = QStringLiteral("large");
    o.partnerRateLimitPerMinute = 10'000'000; // measure the server, not the rate limiter
    SandboxServer server;
    QString error;
    if (!server.start(o, &error)) {
        std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sandbox seed large: %lld ms\n", server.seedMilliseconds());

    const QByteArray key = server.credentials().value(QStringLiteral("admin_api_key")).toString().toUtf8();
    QNetworkAccessManager nam;
    // Walks the inventory page by page (limit=1000, following next_cursor), one request at a time.
    auto run = [&](int seconds, qint64 *bytes) {
        QString cursor;
        int requests = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000) {
            QUrl url = server.baseUrl();
            url.setPath(url.path() + QStringLiteral("/phone-numbers"));
            url.setQuery(QStringLiteral("limit=1000") +
                         (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer " + key);
            QNetworkReply *reply = nam.get(req);
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                spy.wait(30000);
            const QByteArray body = reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                std::fprintf(stderr, "bench_sandbox: unexpected answer %s\n", body.left(300).constData());
                return -1.0;
            }
            *bytes += body.size();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            cursor = page.value(QStringLiteral("has_more")).toBool()
                         ? page.value(QStringLiteral("next_cursor")).toString()
                         : QString();
            reply->deleteLater();
            ++requests;
        }
        return requests * 1000.0 / double(t.elapsed());
    };
    qint64 bytes = 0;
    run(1, &bytes); // warm-up
    bytes = 0;
    const double rps = run(5, &bytes);
    if (rps < 0)
        return 1;
    std::printf("sandbox list page of 1000 numbers: %.1f requests/s (%.0f KiB per page)\n", rps,
                double(bytes) / (rps * 5.0) / 1024.0);
    return 0;
}
