#include "sync/SyncPageJob.h"

#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"

#include <cctype>

namespace simuwave {

namespace {

struct PageDecoding final : ApiJob::BackgroundDecoder
{
    explicit PageDecoding(cache::Resource r)
        : resource(r)
    {}

    bool run(const QByteArray &body, int maxDepth, QString *why) override
    {
        // Straight from the body with simdjson: no QJsonDocument, same checks and reasons. The body's spare
        // capacity usually covers simdjson's padding, so the page is not copied.
        cache::PageEnvelope envelope;
        if (!cache::RecordDecoder::decodePageJson(resource, body, maxDepth, &records, &envelope, why,
                                                  body.capacity() - body.size()))
            return false;
        cache::SqlCache::prepareForStorage(&records); // the JSON columns, also off the writer's thread
        // SyncWorker reads only the paging fields: data stays empty (the records are in `records`).
        page.nextCursor = envelope.nextCursor;
        page.hasMore = envelope.hasMore;
        page.resumeCursor = envelope.resumeCursor;
        firstUpdatedAt = envelope.firstUpdatedAt;
        lastUpdatedAt = envelope.lastUpdatedAt;
        return true;
    }

    const cache::Resource resource;
    Page page;
    cache::RecordPage records;
    QString firstUpdatedAt, lastUpdatedAt;
};

} // namespace

SyncPageJob::SyncPageJob(ApiClient *client, cache::Resource resource, const QString &path, QObject *parent)
    : GetPageJob(client, path, parent)
    , m_resource(resource)
{}

void SyncPageJob::bodyReceived(const QByteArray &body)
{
    // The envelope's paging fields usually come last: look only at the tail (a record holding this text
    // can only make the hint wrong, and a wrong hint costs one dropped request).
    const QByteArrayView tail = QByteArrayView(body).last(qMin<qsizetype>(512, body.size()));
    static constexpr QByteArrayView key = "\"next_cursor\":\"";
    const qsizetype at = tail.lastIndexOf(key);
    if (at < 0 || !tail.contains(QByteArrayView("\"has_more\":true")))
        return;
    const qsizetype start = at + key.size();
    const qsizetype end = tail.indexOf('"', start);
    if (end <= start)
        return;
    const QByteArrayView cursor = tail.sliced(start, end - start);
    for (const char c : cursor) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '=' || c == '.'))
            return; // escapes or anything unusual: no hint
    }
    m_cursorHint = QString::fromLatin1(cursor);
    Q_EMIT nextCursorHint(m_cursorHint);
}

std::shared_ptr<ApiJob::BackgroundDecoder> SyncPageJob::backgroundDecoder()
{
    return std::make_shared<PageDecoding>(m_resource);
}

void SyncPageJob::backgroundDecoded(const std::shared_ptr<BackgroundDecoder> &decoder)
{
    auto *d = static_cast<PageDecoding *>(decoder.get());
    setPage(std::move(d->page));
    m_records = std::move(d->records);
    m_firstUpdatedAt = d->firstUpdatedAt;
    m_lastUpdatedAt = d->lastUpdatedAt;
}

} // namespace simuwave
