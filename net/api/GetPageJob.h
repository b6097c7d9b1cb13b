#pragma once
#include "api/ApiJob.h"
#include "api/PageDecoder.h"

#include <QDateTime>

namespace simuwave {

// GET of one page of a list resource (`tenants`, `phone-numbers`, ...), with cursor, limit,
// updated_since (delta sync) and filters; the answer is checked by PageDecoder. A 304 (after
// setIfNoneMatch) finishes with notModified() and an empty page.
class GetPageJob : public ApiJob
{
    Q_OBJECT
public:
    GetPageJob(ApiClient *client, const QString &path, QObject *parent = nullptr);

    void setLimit(int limit);
    void setCursor(const QString &cursor);
    void setUpdatedSince(const QDateTime &since); // sent as RFC 3339 UTC with milliseconds
    void setFilter(const QString &name, const QString &value);

    const Page &page() const { return m_page; }

protected:
    bool decode(const QByteArray &body, QString *why) override;
    void setPage(Page page) { m_page = std::move(page); }

private:
    void updateQuery();

    int m_limit = 0;
    QString m_cursor;
    QDateTime m_updatedSince;
    QList<std::pair<QString, QString>> m_filters;
    Page m_page;
};

// GET of one object (`me`, `tenants/tnt_1`, `partner/branding`); the result is json().
class GetObjectJob : public ApiJob
{
    Q_OBJECT
public:
    GetObjectJob(ApiClient *client, const QString &path, QObject *parent = nullptr)
        : ApiJob(client, QByteArrayLiteral("GET"), path, parent)
    {}
};

// GET of a document the cache keeps verbatim (`partner`, `tenant-defaults`, `partner/branding/logo`): a
// JSON object is checked like any answer; with acceptBinary (images) the body is taken as it is.
class GetDocumentJob : public ApiJob
{
    Q_OBJECT
public:
    GetDocumentJob(ApiClient *client, const QString &path, bool acceptBinary, QObject *parent = nullptr)
        : ApiJob(client, QByteArrayLiteral("GET"), path, parent)
        , m_acceptBinary(acceptBinary)
    {}

protected:
    bool decode(const QByteArray &body, QString *why) override
    {
        return m_acceptBinary || ApiJob::decode(body, why);
    }

private:
    bool m_acceptBinary;
};

} // namespace simuwave
