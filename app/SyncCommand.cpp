#include "SyncCommand.h"

#include "api/ApiClient.h"
#include "cache/CacheTypes.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "sync/SyncEngine.h"

#include <cstdio>
#include <cstring>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace simuwave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::SyncCommand", text);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

enum Exit
{
    ExitOk = 0,
    ExitSyncFailed = 1,
    ExitUsage = 2,
    ExitCredentials = 3,
};

} // namespace

bool SyncCommand::matches(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "sync") == 0;
}

QString SyncCommand::cachePath(const QString &dataDir, const QString &profileKey)
{
    return QDir(dataDir).filePath(profileKey + QStringLiteral("/cache.sqlite"));
}

QString SyncCommand::helpText()
{
    return tr(
        "sync [--profile NAME | --server URL] [--data-dir DIR]\n"
        "  Brings the offline cache up to date (a full sync the first time, then only the changes) and "
        "exits.\n"
        "  Progress goes to stderr; one summary line (records per resource, seconds) to stdout.\n"
        "  --server URL  sync from this API (e.g. http://127.0.0.1:8080/v1); the API key is read from the\n"
        "                environment variable SIMUWAVE_API_KEY, never from the command line.\n"
        "  --profile NAME  use a saved profile and its credential from the keychain.\n"
        "  --data-dir DIR  keep the cache in DIR/<profile>/ instead of the application data folder.\n"
        "  --page-size N  records per request (1-1000, default 1000).\n"
        "  Exit status: 0 synced, 1 sync failed, 2 bad arguments, 3 credentials missing or rejected.");
}

int SyncCommand::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "sync"

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Use the saved profile <name>."),
                                           tr("name"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Sync from <url>; the API key comes from SIMUWAVE_API_KEY."), tr("url"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Keep the cache in <dir>."),
                                           tr("dir"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        tr("Records per request, 1-1000 (default 1000; smaller for slow links)."), tr("n"),
        QStringLiteral("1000"));
    parser.addOptions({profileOption, serverOption, dataDirOption, pageSizeOption});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("sync takes no arguments besides its options: %1")
                     .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return ExitUsage;
    }
    if (parser.isSet(profileOption) == parser.isSet(serverOption)) {
        printErr(tr("sync needs exactly one of --profile NAME or --server URL."));
        return ExitUsage;
    }
    if (parser.isSet(dataDirOption) && parser.value(dataDirOption).isEmpty()) {
        printErr(tr("--data-dir needs a folder."));
        return ExitUsage;
    }
    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    QUrl serverUrl;
    QString profileKey;
    QString token;
    std::unique_ptr<KeychainSecretStore> secrets;
    if (parser.isSet(serverOption)) {
        serverUrl = QUrl(parser.value(serverOption), QUrl::StrictMode);
        const ApiError check = ApiClient::checkUrl(serverUrl);
        if (check.isError()) {
            printErr(tr("--server: %1").arg(check.message));
            return ExitUsage;
        }
        token = qEnvironmentVariable("SIMUWAVE_API_KEY").trimmed();
        if (token.isEmpty()) {
            printErr(tr("Set the API key in the environment variable SIMUWAVE_API_KEY."));
            return ExitCredentials;
        }
        // One cache per server: host and port name the folder.
        profileKey = QStringLiteral("server-%1-%2")
                         .arg(serverUrl.host())
                         .arg(serverUrl.port(serverUrl.scheme() == QLatin1String("https") ? 443 : 80));
    } else {
        // The console's settings: the default place, or DIR/console.ini with --data-dir (as the window uses).
        std::unique_ptr<QSettings> settings =
            parser.isSet(dataDirOption)
                ? std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("console.ini")),
                                              QSettings::IniFormat)
                : std::make_unique<QSettings>();
        ProfileStore profiles(settings.get());
        const auto profile = profiles.profileByName(parser.value(profileOption));
        if (!profile) {
            printErr(tr("There is no profile named \"%1\".").arg(parser.value(profileOption)));
            return ExitUsage;
        }
        serverUrl = profile->serverUrl;
        profileKey = profile->id;
        secrets = std::make_unique<KeychainSecretStore>();
        SecretJob *job = secrets->readSecret(SecretStore::profileKey(profile->id));
        job->setAutoDelete(false);
        bool done = false;
        QObject::connect(job, &SecretJob::finished, &app, [&](SecretJob *) {
            done = true;
            QCoreApplication::exit(0);
        });
        job->start();
        if (!done)
            QCoreApplication::exec(); // the application's own loop, left by the keychain's answer
        if (job->status() == SecretJob::Status::Ok || job->status() == SecretJob::Status::SessionOnly)
            token = job->secret();
        delete job;
        if (token.isEmpty()) {
            printErr(tr("No credential is stored for the profile \"%1\": sign in with the console first.")
                         .arg(profile->name));
            return ExitCredentials;
        }
    }

    const QString path = cachePath(dataDir, profileKey);
    QDir().mkpath(QFileInfo(path).absolutePath());

    SyncOptions options;
    options.refreshIntervalSeconds = 0; // one run
    bool pageSizeOk = false;
    options.pageLimit = parser.value(pageSizeOption).toInt(&pageSizeOk);
    if (!pageSizeOk || options.pageLimit < 1 || options.pageLimit > 1000) {
        printErr(tr("--page-size takes a number from 1 to 1000."));
        return ExitUsage;
    }
    SyncEngine engine(options);
    int status = ExitSyncFailed;
    QObject::connect(&engine, &SyncEngine::cacheOpened, &app, [](bool usable, const QString &message) {
        if (!message.isEmpty())
            printErr(message);
        Q_UNUSED(usable);
    });
    QObject::connect(&engine, &SyncEngine::syncStarted, &app, [](bool full) {
        printErr(full ? tr("Full sync started.") : tr("Delta sync started."));
    });
    QObject::connect(&engine, &SyncEngine::progress, &app, [](const SyncProgress &p) {
        printErr(tr("%1: %2 records (%3 in all, %4 records/s)")
                     .arg(cache::resourceName(p.resource))
                     .arg(p.done)
                     .arg(p.totalDone)
                     .arg(qRound64(p.recordsPerSecond)));
    });
    QObject::connect(&engine, &SyncEngine::waiting, &app,
                     [](int seconds) { printErr(tr("Waiting %1 s before trying again...").arg(seconds)); });
    QObject::connect(&engine, &SyncEngine::authenticationRequired, &app, [&](const QString &message) {
        printErr(tr("The server rejected the credential: %1").arg(message));
        status = ExitCredentials;
        QCoreApplication::exit(status);
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, &app, [&](const SyncSummary &summary) {
        std::fputs(qPrintable(summary.summaryLine() + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
        if (!summary.ok)
            printErr(summary.message);
        status = summary.ok ? ExitOk : ExitSyncFailed;
        QCoreApplication::exit(status);
    });
    engine.start(path, serverUrl, token);
    engine.syncNow();
    QCoreApplication::exec();
    engine.stop();
    return status;
}

} // namespace simuwave
