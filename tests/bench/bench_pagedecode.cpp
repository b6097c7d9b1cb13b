// Decoding list pages for the sync: the old path (JsonGuard::parseObject + PageDecoder::decode +
// RecordDecoder::decodePage over QJsonDocument) beside the new one (RecordDecoder::decodePageJson, simdjson
// on the raw body), on the same invoices and phone-numbers pages fetched once from the in-process sandbox.
// Prints MB/s, records/s and the ratio; asserts nothing about time.
//
//   bench_pagedecode [seed [pages]]   (default: seed large, the first 40 pages of each resource; 0 = all)
#include "../net/SyncTestSupport.h"
#include "BenchSupport.h"

#include "api/JsonGuard.h"
#include "api/PageDecoder.h"
#include "cache/RecordDecoder.h"
#include "SandboxServer.h"

#include <algorithm>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace simuwave;
using bench::say;
using cache::Resource;

namespace {

qint64 recordsIn(const cache::RecordPage &p)
{
    return p.upsertCount() + p.tombstones.size();
}

// Best of three runs over every page: {milliseconds, records}.
std::pair<double, qint64> measure(const QList<QByteArray> &pages,
                                  const std::function<qint64(const QByteArray &)> &decode)
{
    double best = 0;
    qint64 records = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        for (const QByteArray &body : pages)
            n += decode(body);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (run == 0 || ms < best)
            best = ms;
        records = n;
    }
    return {best, records};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The sandbox has no medium seed: the large one, but only its first pages, keeps the run short while the
    // pages are the real mix (invoices with line items).
    const QString seed = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("large");
    const int maxPages = argc > 2 ? QByteArray(argv[2]).toInt() : 40;

    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(QStringLiteral("sandbox"));
    options.seed = seed;
    options.partnerRateLimitPerMinute = 100'000;
    options.clockSpeed = 0;
    sandbox::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        say(QStringLiteral("sandbox failed: ") + error);
        return 1;
    }
    TestApi api(server.baseUrl(), server.credentials().value(QLatin1String("admin_api_key")).toString());

    for (const Resource resource : {Resource::Invoices, Resource::PhoneNumbers}) {
        // The pages the sync asks for (delta listing from the epoch, 1000 per page), fetched untimed.
        QList<QByteArray> pages;
        qint64 bytes = 0;
        int padded = 0;
        QString cursor;
        for (;;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            q.addQueryItem(QStringLiteral("updated_since"), QStringLiteral("1970-01-01T00%3A00%3A00.000Z"));
            const HttpAnswer a = api.call("GET", cache::resourceName(resource), {}, {}, q);
            if (a.status != 200) {
                say(QStringLiteral("fetch failed: HTTP %1").arg(a.status));
                return 1;
            }
            pages.append(a.body);
            bytes += a.body.size();
            padded += a.body.capacity() - a.body.size() >= 64 ? 1 : 0;
            if (!a.json.value(QLatin1String("has_more")).toBool() || pages.size() == maxPages)
                break;
            cursor = a.json.value(QLatin1String("next_cursor")).toString();
        }

        const auto oldPath = [resource](const QByteArray &body) -> qint64 {
            QJsonObject envelope;
            Page page;
            cache::RecordPage records;
            QString why;
            if (!JsonGuard::parseObject(body, 64, &envelope, &why) ||
                !PageDecoder::decode(envelope, &page, &why) ||
                !cache::RecordDecoder::decodePage(resource, page.data, &records, &why)) {
                say(QStringLiteral("old path refused a page: ") + why);
                return 0;
            }
            return recordsIn(records);
        };
        const auto newPath = [resource](const QByteArray &body, qsizetype paddingAfter) -> qint64 {
            cache::RecordPage records;
            cache::PageEnvelope envelope;
            QString why;
            if (!cache::RecordDecoder::decodePageJson(resource, body, 64, &records, &envelope, &why,
                                                      paddingAfter)) {
                say(QStringLiteral("new path refused a page: ") + why);
                return 0;
            }
            return recordsIn(records);
        };

        const auto [oldMs, oldRecords] = measure(pages, oldPath);
        const auto [newMs, newRecords] = measure(
            pages, [&](const QByteArray &body) { return newPath(body, body.capacity() - body.size()); });
        const auto [copyMs, copyRecords] =
            measure(pages, [&](const QByteArray &body) { return newPath(body, 0); });
        const double mb = double(bytes) / (1024.0 * 1024.0);
        const auto line = [&](const char *name, double ms, qint64 records) {
            say(QStringLiteral("  %1 %2 ms  %3 MB/s  %4 records/s")
                    .arg(QLatin1String(name), -34)
                    .arg(ms, 8, 'f', 1)
                    .arg(mb * 1000.0 / ms, 7, 'f', 1)
                    .arg(qRound64(double(records) * 1000.0 / ms), 9));
        };
        say(QStringLiteral(
                "bench_pagedecode %1 (seed %2): %3 pages, %4 records, %5 MB; %6 of the bodies have "
                "simdjson's padding spare")
                .arg(cache::resourceName(resource), seed)
                .arg(pages.size())
                .arg(oldRecords)
                .arg(mb, 0, 'f', 1)
                .arg(padded));
        line("old (QJsonDocument), best of 3:", oldMs, oldRecords);
        line("new (simdjson, in place), best of 3:", newMs, newRecords);
        line("new (simdjson, copied), best of 3:", copyMs, copyRecords);
        say(QStringLiteral("  new / old throughput: %1x").arg(oldMs / newMs, 0, 'f', 2));
        if (oldRecords != newRecords || newRecords != copyRecords)
            say(QStringLiteral("  the paths decoded different record counts!"));
    }
    return 0;
}
