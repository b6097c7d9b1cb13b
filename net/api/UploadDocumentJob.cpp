#include "api/UploadDocumentJob.h"

#include <QRandomGenerator>

namespace simuwave {

UploadDocumentJob::UploadDocumentJob(ApiClient *client, const QString &portRequestId, const QString &kind,
                                     const QString &fileName, const QByteArray &data, QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("port-requests/%1/documents").arg(portRequestId), parent)
{
    // A boundary that cannot occur in the file: random, and checked.
    QByteArray boundary;
    do {
        boundary = "simuwave-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    } while (data.contains(boundary));
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\r'), QLatin1Char('_'));
    safeName.replace(QLatin1Char('\n'), QLatin1Char('_'));
    const QString type = sniffContentType(data);
    QByteArray body;
    body.reserve(data.size() + 512);
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind.toUtf8() +
            "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            safeName.toUtf8() + "\"\r\nContent-Type: " +
            (type.isEmpty() ? QByteArrayLiteral("application/octet-stream") : type.toLatin1()) + "\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    setBody(body, "multipart/form-data; boundary=" + boundary);
}

QString UploadDocumentJob::sniffContentType(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

} // namespace simuwave
