// simuwave-sandbox: prints exactly one JSON line (url + credentials) on stdout once it is listening;
// everything else goes to stderr.
#include "SandboxServer.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

using simuwave::sandbox::SandboxOptions;
using simuwave::sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One line per request is for debugging (QT_LOGGING_RULES=simuwave.sandbox.http.debug=true).
    QLoggingCategory::setFilterRules(QStringLiteral("simuwave.sandbox.http.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("simuwave-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local, faithful implementation of the SimuWave partner API for demos and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data({QStringLiteral("data")},
                                  QCoreApplication::translate("main", "Data folder (required)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption host({QStringLiteral("host")},
                                  QCoreApplication::translate("main", "Address to bind."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port({QStringLiteral("port")},
                                  QCoreApplication::translate("main", "Port (0 = any free port)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption seed(
        {QStringLiteral("seed")},
        QCoreApplication::translate("main", "Seed an empty data folder: minimal, demo, large or huge."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption speed(
        {QStringLiteral("clock-speed")},
        QCoreApplication::translate("main", "Sandbox seconds per real second (lifecycles); 0 stops the clock "
                                            "(only the admin clock endpoint moves it)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption knobs(
        {QStringLiteral("knobs")},
        QCoreApplication::translate("main", "Enable the fault knobs and /v1/sandbox/* admin endpoints."));
    const QCommandLineOption latency({QStringLiteral("latency-ms")},
                                     QCoreApplication::translate("main", "Knob: added latency per request."),
                                     QStringLiteral("MS"));
    const QCommandLineOption errorRate(
        {QStringLiteral("error-rate")},
        QCoreApplication::translate("main", "Knob: share of 500/503 answers (0..1)."),
        QStringLiteral("SHARE"));
    const QCommandLineOption dropRate(
        {QStringLiteral("drop-rate")},
        QCoreApplication::translate("main", "Knob: share of dropped connections (0..1)."),
        QStringLiteral("SHARE"));
    const QCommandLineOption rateLimit(
        {QStringLiteral("rate-limit")},
        QCoreApplication::translate("main", "Knob: a lower per-minute limit for keys and partner."),
        QStringLiteral("N"));
    const QCommandLineOption partnerLimit(
        {QStringLiteral("partner-rate-limit")},
        QCoreApplication::translate("main", "Per-partner requests per minute (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions(
        {data, host, port, seed, speed, knobs, latency, errorRate, dropRate, rateLimit, partnerLimit});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "simuwave-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    SandboxOptions options;
    options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty())
        return fail(QCoreApplication::translate("main", "--data DIR is required."));
    if (!options.host.setAddress(parser.value(host)))
        return fail(QCoreApplication::translate("main", "--host must be an IP address."));
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        return fail(QCoreApplication::translate("main", "--port must be 0-65535."));
    options.port = quint16(p);
    options.seed = parser.value(seed);
    options.clockSpeed = parser.value(speed).toDouble(&ok);
    if (!ok || options.clockSpeed < 0)
        return fail(QCoreApplication::translate("main", "--clock-speed must be zero or a positive number."));
    options.partnerRateLimitPerMinute = parser.value(partnerLimit).toInt(&ok);
    if (!ok || options.partnerRateLimitPerMinute < 1)
        return fail(QCoreApplication::translate("main", "--partner-rate-limit must be a positive number."));
    auto &k = options.knobs;
    k.enabled = parser.isSet(knobs) || parser.isSet(latency) || parser.isSet(errorRate) ||
                parser.isSet(dropRate) || parser.isSet(rateLimit);
    auto shareOf = [&](const QCommandLineOption &o, double &out) {
        if (!parser.isSet(o))
            return true;
        bool good = false;
        out = parser.value(o).toDouble(&good);
        return good && out >= 0 && out <= 1;
    };
    if (!shareOf(errorRate, k.errorRate) || !shareOf(dropRate, k.dropRate))
        return fail(
            QCoreApplication::translate("main", "--error-rate and --drop-rate take a share from 0 to 1."));
    if (parser.isSet(latency))
        k.latencyMs = parser.value(latency).toInt();
    if (parser.isSet(rateLimit))
        k.rateLimitPerMinute = parser.value(rateLimit).toInt();

    SandboxServer server;
    QString error;
    if (!server.start(options, &error))
        return fail(error);
    const QByteArray line = QJsonDocument(server.credentials()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
