#include "ExportInvoicesCommand.h"

#include "cache/SqlCache.h"
#include "credentials/ProfileStore.h"
#include "main/AppResources.h"
#include "print/InvoiceExporter.h"
#include "SyncCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

namespace simuwave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::ExportInvoicesCommand", text);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

void printOut(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

enum Exit
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitNoCache = 3,
};

} // namespace

bool ExportInvoicesCommand::matches(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "export-invoices") == 0;
}

QString ExportInvoicesCommand::helpText()
{
    return tr("export-invoices [--profile NAME | --server URL] [--data-dir DIR] [--from DATE] [--to DATE]\n"
              "                [--status S] [--tenant T] --out DIR\n"
              "  Writes branded invoice PDFs from the offline cache (never the network) into DIR, one file\n"
              "  <invoice-number>_<tenant-sip-prefix>.pdf per invoice, and prints one line per file and a "
              "summary.\n"
              "  --from/--to DATE  issue dates, YYYY-MM-DD, inclusive.\n"
              "  --status S  draft, sent, partially_paid, paid, overdue or cancelled.\n"
              "  --tenant T  a tenant id, SIP prefix or exact name.\n"
              "  Without --profile or --server: the current profile (or the only cache in the data folder).\n"
              "  Exit status: 0 all written, 1 some failed, 2 bad arguments, 3 no offline cache.");
}

int ExportInvoicesCommand::run(int argc, char **argv)
{
    // Fonts and QPdfWriter need a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "export-invoices"

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Use the saved profile <name>."),
                                           tr("name"));
    const QCommandLineOption serverOption(QStringLiteral("server"), tr("The cache synced from <url>."),
                                          tr("url"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("The data folder."), tr("dir"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Issued on or after <date>."), tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Issued on or before <date>."), tr("date"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only invoices in <status>."),
                                          tr("status"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), tr("Only the invoices of <tenant>."),
                                          tr("tenant"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the PDFs into <dir>."), tr("dir"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         tr("a4 or letter (default: from the locale)."), tr("size"));
    parser.addOptions({profileOption, serverOption, dataDirOption, fromOption, toOption, statusOption,
                       tenantOption, outOption, paperOption});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("export-invoices takes no arguments besides its options: %1")
                     .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return ExitUsage;
    }
    if (parser.value(outOption).isEmpty()) {
        printErr(tr("--out DIR is required: the folder the PDFs go to."));
        return ExitUsage;
    }
    const auto date = [&parser](const QCommandLineOption &o, QDate *out) {
        if (!parser.isSet(o))
            return true;
        *out = QDate::fromString(parser.value(o), Qt::ISODate);
        return out->isValid();
    };
    QDate from, to;
    if (!date(fromOption, &from) || !date(toOption, &to)) {
        printErr(tr("--from and --to take a date written YYYY-MM-DD."));
        return ExitUsage;
    }
    static const QStringList statuses{QStringLiteral("draft"),          QStringLiteral("sent"),
                                      QStringLiteral("partially_paid"), QStringLiteral("paid"),
                                      QStringLiteral("overdue"),        QStringLiteral("cancelled")};
    if (parser.isSet(statusOption) && !statuses.contains(parser.value(statusOption))) {
        printErr(tr("--status must be one of %1.").arg(statuses.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    QPageSize::PageSizeId paper = InvoicePdfRenderer::defaultPageSize();
    if (parser.isSet(paperOption)) {
        const QString v = parser.value(paperOption).toLower();
        if (v != QLatin1String("a4") && v != QLatin1String("letter")) {
            printErr(tr("--paper must be a4 or letter."));
            return ExitUsage;
        }
        paper = v == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
    }

    // Which cache: the same layout as the console and `sync` (<data>/<profile id>/cache.sqlite).
    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QString profileKey;
    if (parser.isSet(serverOption)) {
        const QUrl url(parser.value(serverOption));
        profileKey = QStringLiteral("server-%1-%2")
                         .arg(url.host())
                         .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    } else {
        std::unique_ptr<QSettings> settings =
            parser.isSet(dataDirOption)
                ? std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("console.ini")),
                                              QSettings::IniFormat)
                : std::make_unique<QSettings>();
        ProfileStore profiles(settings.get());
        if (parser.isSet(profileOption)) {
            const auto profile = profiles.profileByName(parser.value(profileOption));
            if (!profile) {
                printErr(tr("There is no profile named \"%1\".").arg(parser.value(profileOption)));
                return ExitUsage;
            }
            profileKey = profile->id;
        } else if (!profiles.currentProfileId().isEmpty()) {
            profileKey = profiles.currentProfileId();
        } else {
            const QStringList folders = QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QStringList withCache;
            for (const QString &f : folders) {
                if (QFileInfo::exists(SyncCommand::cachePath(dataDir, f)))
                    withCache << f;
            }
            if (withCache.size() == 1)
                profileKey = withCache.first();
        }
    }
    const QString path = SyncCommand::cachePath(dataDir, profileKey);
    if (profileKey.isEmpty() || !QFileInfo::exists(path)) {
        printErr(
            tr("There is no offline cache to export from (looked for %1). Sync first, or name the profile "
               "with --profile.")
                .arg(QDir::toNativeSeparators(path)));
        return ExitNoCache;
    }
    cache::SqlCache cache;
    const cache::CacheOpenReport report = cache.open(path);
    if (!report.usable) {
        printErr(tr("The offline cache %1 could not be opened: %2")
                     .arg(QDir::toNativeSeparators(path), report.detail));
        return ExitNoCache;
    }
    registerBundledFonts();

    // The invoices to export, in issue order.
    QStringList where;
    QVariantList binds;
    if (from.isValid()) {
        where << QStringLiteral("i.issue_date >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where << QStringLiteral("i.issue_date <= ?");
        binds << to.toString(Qt::ISODate);
    }
    if (parser.isSet(statusOption)) {
        where << QStringLiteral("i.status = ?");
        binds << parser.value(statusOption);
    }
    if (parser.isSet(tenantOption)) {
        where << QStringLiteral("(t.id = ? OR t.sip_prefix = ? OR t.name = ?)");
        binds << parser.value(tenantOption) << parser.value(tenantOption) << parser.value(tenantOption);
    }
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id FROM invoices i LEFT JOIN tenants t ON t.id = i.tenant_id%1 "
                             "ORDER BY i.issue_date, i.number")
                  .arg(where.isEmpty() ? QString()
                                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    QList<InvoicePdfInput> inputs;
    QList<InvoiceExportResult> failedEarly;
    for (const QString &id : std::as_const(ids)) {
        QString error;
        if (auto in = InvoicePdfInput::fromCache(cache, id, &error)) {
            in->pageSize = paper;
            inputs << *in;
        } else {
            failedEarly << InvoiceExportResult{id, id, {}, false, error};
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QString out = QDir(parser.value(outOption)).absolutePath();
    const QList<InvoiceExportResult> results =
        InvoiceExporter::exportAll(inputs, out, QThread::idealThreadCount());
    int ok = 0;
    for (const InvoiceExportResult &r : results + failedEarly) {
        if (r.ok) {
            ++ok;
            printOut(QDir::toNativeSeparators(r.filePath));
        } else {
            printOut(tr("FAILED %1: %2").arg(r.number, r.error));
        }
    }
    const int total = int(results.size() + failedEarly.size());
    printOut(tr("Exported %1 of %2 invoices to %3 in %4 s%5.")
                 .arg(ok)
                 .arg(total)
                 .arg(QDir::toNativeSeparators(out))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(ok == total ? QString() : tr(" (%1 failed)").arg(total - ok)));
    return ok == total ? ExitOk : ExitFailed;
}

} // namespace simuwave
