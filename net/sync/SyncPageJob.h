#pragma once
#include "api/GetPageJob.h"
#include "cache/CacheTypes.h"

namespace simuwave {

// One page of a list the sync engine stores: the envelope and every record are checked and decoded into
// the cache's types on a pool thread (ApiJob::BackgroundDecoder), so that the next page is parsed while the
// engine writes the previous one. A record that breaks the contract fails the job like a bad envelope.
class SyncPageJob : public GetPageJob
{
    Q_OBJECT
public:
    SyncPageJob(ApiClient *client, cache::Resource resource, const QString &path, QObject *parent = nullptr);

    // After finished(): the decoded records, and the updated_at of the first and last element as the
    // server wrote them (empty for an empty page).
    cache::RecordPage takeRecords() { return std::move(m_records); }
    QString firstUpdatedAt() const { return m_firstUpdatedAt; }
    QString lastUpdatedAt() const { return m_lastUpdatedAt; }
    // The cursor nextCursorHint() announced; empty before the body arrived, or with no hint.
    QString cursorHint() const { return m_cursorHint; }

Q_SIGNALS:
    // The body has arrived and, by a quick look at its end, promises a next page at `cursor`. Only a hint:
    // the page is not checked yet (the engine may ask for that page meanwhile, and drops the request if the
    // decoded page says otherwise).
    void nextCursorHint(const QString &cursor);

protected:
    void bodyReceived(const QByteArray &body) override;
    std::shared_ptr<BackgroundDecoder> backgroundDecoder() override;
    void backgroundDecoded(const std::shared_ptr<BackgroundDecoder> &decoder) override;

private:
    cache::Resource m_resource;
    cache::RecordPage m_records;
    QString m_firstUpdatedAt;
    QString m_lastUpdatedAt;
    QString m_cursorHint;
};

} // namespace simuwave
