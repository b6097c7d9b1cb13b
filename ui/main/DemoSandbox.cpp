#include "main/DemoSandbox.h"

#include "main/UiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace simuwave {

namespace {
// A start-up line is a few hundred bytes; anything much longer without a newline is not the sandbox.
constexpr qsizetype MaxLineLength = 64 * 1024;
} // namespace

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
{
    // The sandbox logs on stderr: let it through to ours so problems stay visible.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the console dies without running its destructors (SIGKILL, crash, SIGTERM) the kernel still ends
    // the sandbox, so no orphan keeps holding the demo data folder and a port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::onReadyRead);
    connect(&m_process, &QProcess::finished, this, &DemoSandbox::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &DemoSandbox::onError);
}

DemoSandbox::~DemoSandbox()
{
    // Without this the sandbox would outlive the console. It gets a moment to end on SIGTERM (it saves its
    // clock and closes its database); only then is it killed, which QProcess's destructor would otherwise
    // do at once, warning about a process destroyed while running.
    disconnect(&m_process, nullptr, this, nullptr);
    stop();
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString DemoSandbox::locateExecutable()
{
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("simuwave-sandbox"));
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

void DemoSandbox::start(const QString &executable, const QString &dataDir)
{
    m_buffer.clear();
    m_url.clear();
    m_info = QJsonObject();
    m_reported = false;
    m_stopping = false;
    qCInfo(lcDemo) << "Starting the demo sandbox" << executable << "on" << dataDir;
    m_process.start(executable, {QStringLiteral("--data"), dataDir, QStringLiteral("--seed"),
                                 QStringLiteral("demo"), QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoSandbox::stop()
{
    m_stopping = true;
    if (m_process.state() != QProcess::NotRunning)
        m_process.terminate();
}

qint64 DemoSandbox::processId() const
{
    return m_process.processId();
}

bool DemoSandbox::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void DemoSandbox::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_reported) {
        m_buffer.clear();
        return;
    }
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        if (m_buffer.size() > MaxLineLength)
            fail(tr("The demo sandbox printed something unexpected instead of its address."));
        return;
    }
    const QByteArray line = m_buffer.left(newline).trimmed();
    m_buffer.clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QUrl url(document.object().value(QLatin1String("url")).toString());
    if (error.error != QJsonParseError::NoError || !document.isObject() || !url.isValid() ||
        !url.scheme().startsWith(QLatin1String("http"))) {
        fail(tr("The demo sandbox printed something unexpected instead of its address."));
        return;
    }
    m_info = document.object();
    m_url = url;
    m_reported = true;
    qCInfo(lcDemo) << "Demo sandbox listening on" << url.toString();
    emit ready(url);
}

void DemoSandbox::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_reported) {
        if (!m_stopping)
            emit stopped(tr("The demo sandbox stopped unexpectedly."));
        return;
    }
    if (status == QProcess::CrashExit)
        fail(tr("The demo sandbox stopped unexpectedly."));
    else
        fail(tr("The demo sandbox exited (code %1) before it was ready.").arg(exitCode));
}

void DemoSandbox::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The demo sandbox could not be started: %1").arg(m_process.errorString()));
}

void DemoSandbox::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcDemo) << message;
    stop();
    emit failed(message);
}

} // namespace simuwave
