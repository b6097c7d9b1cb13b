#pragma once
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace simuwave {

// The demo workspace: runs the bundled simuwave-sandbox with the demo seed on a free loopback port and
// reports the URL (and the demo credentials) from the one JSON line it prints once listening. Fully
// asynchronous: the UI thread never waits on the process. The process is stopped when this object goes.
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // bin/simuwave-sandbox next to the running executable, or an empty string when it is not there.
    static QString locateExecutable();

    // Starts `executable` on `dataDir` (created by the sandbox, seeded only when empty). Emits ready() or
    // failed() exactly once.
    void start(const QString &executable, const QString &dataDir);
    void stop();
    bool isRunning() const;
    qint64 processId() const;

    QUrl url() const { return m_url; }
    // The whole start-up line: url, admin and support accounts, API keys. Holds secrets: never log it.
    QJsonObject info() const { return m_info; }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);
    // The sandbox went away after ready() without stop() being called.
    void stopped(const QString &message);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &message);

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
    QJsonObject m_info;
    bool m_reported = false;
    bool m_stopping = false;
};

} // namespace simuwave
