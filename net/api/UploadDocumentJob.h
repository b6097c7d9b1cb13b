#pragma once
// Uploads one port-request document (POST port-requests/{id}/documents, multipart/form-data with the
// fields `kind` and `file`). The body is built in memory once (documents are at most 10 MiB) so that every
// retry sends the same bytes. The server's answer (the document's metadata) is json().
#include "api/ApiJob.h"

namespace simuwave {

class UploadDocumentJob : public ApiJob
{
    Q_OBJECT
public:
    // kind: "loa" or "carrier_bill".
    UploadDocumentJob(ApiClient *client, const QString &portRequestId, const QString &kind,
                      const QString &fileName, const QByteArray &data, QObject *parent = nullptr);

    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    // The document's type from its first bytes (never its name): "application/pdf", "image/png",
    // "image/jpeg", or empty when it is none of them.
    static QString sniffContentType(const QByteArray &data);
};

} // namespace simuwave
