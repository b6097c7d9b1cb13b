#pragma once
// A tiny HTTP/1.1 server for tests: it records every request and answers with scripted raw bytes,
// so faults a real server will not produce on demand (stalls, resets, broken bodies) are easy.
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <deque>
#include <functional>

#include <sys/socket.h>

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 atMs = 0; // since the server started
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

struct ScriptedReply
{
    enum class Action
    {
        Send,          // write `bytes`, then close
        SendThenStall, // write `bytes` (e.g. headers and half a body), then keep the connection silent
        SendThenReset, // write `bytes`, then reset the connection (RST)
    };
    Action action = Action::Send;
    QByteArray bytes;

    static ScriptedReply send(const QByteArray &bytes) { return {Action::Send, bytes}; }
    static ScriptedReply stall(const QByteArray &bytes = {}) { return {Action::SendThenStall, bytes}; }
    static ScriptedReply reset(const QByteArray &bytes = {}) { return {Action::SendThenReset, bytes}; }
};

// A raw HTTP/1.1 answer with Content-Length and Connection: close.
inline QByteArray httpResponse(int status, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &contentType = "application/json")
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

class ScriptedHttpServer : public QObject
{
public:
    explicit ScriptedHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
        m_clock.start();
    }
    ~ScriptedHttpServer() override
    {
        for (QTcpSocket *s : std::as_const(m_sockets)) {
            s->disconnect(this);
            s->abort();
            delete s;
        }
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost) { return m_server.listen(address, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString host() const { return m_server.serverAddress().toString(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://%1:%2/v1").arg(host()).arg(port())); }

    void enqueue(const ScriptedReply &reply) { m_script.push_back(reply); }
    // Used when the script is empty.
    void setFallback(std::function<ScriptedReply(const RecordedRequest &)> fallback)
    {
        m_fallback = std::move(fallback);
    }

    const QList<RecordedRequest> &requests() const { return m_requests; }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(nullptr);
            m_sockets.append(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        }
    }

    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // wait for the body
        request.body = buffer.mid(end + 4, length);
        request.atMs = m_clock.elapsed();
        buffer.clear();
        m_requests.append(request);

        ScriptedReply reply;
        if (!m_script.empty()) {
            reply = m_script.front();
            m_script.pop_front();
        } else if (m_fallback) {
            reply = m_fallback(request);
        } else {
            reply = ScriptedReply::send(httpResponse(500, "{}"));
        }
        socket->write(reply.bytes);
        socket->flush();
        switch (reply.action) {
        case ScriptedReply::Action::Send:
            socket->disconnectFromHost();
            break;
        case ScriptedReply::Action::SendThenStall:
            break;
        case ScriptedReply::Action::SendThenReset: {
            socket->waitForBytesWritten(1000);
            // SO_LINGER with a zero timeout makes close() send RST: a real connection reset.
            linger lg{1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            socket->abort();
            break;
        }
        }
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<ScriptedReply> m_script;
    std::function<ScriptedReply(const RecordedRequest &)> m_fallback;
    QList<RecordedRequest> m_requests;
};
