// The contract test: every route the sandbox serves is in net/openapi/simuwave-v1.yaml, and every
// path + method of the spec is served. No YAML library is available, so the `paths:` section is read
// line by line; the spec keeps a regular layout for that (path keys at 2 spaces, methods at 4), and the
// test cross-checks the parse against the number of operationId lines so a layout drift fails loudly.
#include "SandboxServer.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using simuwave::sandbox::RouteInfo;
using simuwave::sandbox::SandboxOptions;
using simuwave::sandbox::SandboxServer;

namespace {

struct SpecOperation
{
    QByteArray method; // upper case, as the sandbox reports it
    QString path;      // as written in the spec
    int line = 0;      // 1-based, for messages
};

struct SpecParse
{
    QList<SpecOperation> operations;
    QStringList paths;
    QStringList errors; // irregular lines inside the paths section
    int operationIdLines = 0;
};

// Parses the `paths:` section of an OpenAPI YAML document written in the spec's regular layout.
SpecParse parsePaths(const QByteArray &yaml)
{
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^\\s:]*):\\s*$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|put|post|patch|delete|head|options|trace):\\s*$"));
    static const QRegularExpression pathItemKey(
        QStringLiteral("^    (parameters|summary|description|servers|x-[A-Za-z0-9-]+):"));
    static const QRegularExpression operationId(QStringLiteral("^\\s+operationId:\\s*\\S"));

    SpecParse result;
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    bool inPaths = false;
    QString currentPath;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool topLevel = !line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'));
        if (topLevel) {
            inPaths = line.trimmed() == QLatin1String("paths:");
            currentPath.clear();
            continue;
        }
        if (!inPaths || line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (operationId.match(line).hasMatch())
            ++result.operationIdLines;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (indent >= 6)
            continue; // inside an operation or a path-level parameter list
        if (indent == 2) {
            const auto m = pathKey.match(line);
            if (!m.hasMatch()) {
                result.errors << QStringLiteral("line %1: not a path key: %2").arg(i + 1).arg(line);
                currentPath.clear();
                continue;
            }
            currentPath = m.captured(1);
            if (result.paths.contains(currentPath))
                result.errors << QStringLiteral("line %1: duplicate path %2").arg(i + 1).arg(currentPath);
            result.paths << currentPath;
            continue;
        }
        if (indent == 4) {
            if (const auto m = methodKey.match(line); m.hasMatch()) {
                if (currentPath.isEmpty())
                    result.errors << QStringLiteral("line %1: method outside a path").arg(i + 1);
                else
                    result.operations.append({m.captured(1).toUpper().toLatin1(), currentPath, i + 1});
                continue;
            }
            // The only other path-item keys: parameters, summary, description, servers, extensions.
            if (!pathItemKey.match(line).hasMatch())
                result.errors
                    << QStringLiteral("line %1: unexpected key at method level: %2").arg(i + 1).arg(line);
            continue;
        }
        result.errors << QStringLiteral("line %1: irregular indentation: %2").arg(i + 1).arg(line);
    }
    return result;
}

// Path parameters are compared by position, not by name: /v1/tenants/{id} == /v1/tenants/{tenant_id}.
QString normalized(const QByteArray &method, const QString &pattern)
{
    static const QRegularExpression param(QStringLiteral("\\{[^}/]*\\}"));
    QString p = pattern;
    p.replace(param, QStringLiteral("{}"));
    return QString::fromLatin1(method) + QLatin1Char(' ') + p;
}

QByteArray readSpec()
{
    QFile f(QStringLiteral(SIMUWAVE_SOURCE_DIR "/net/openapi/simuwave-v1.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool isSandboxOnly(const QString &path)
{
    return path.startsWith(QLatin1String("/v1/sandbox/"));
}

// Compares served routes with spec operations; empty when they match, else one line per difference.
QStringList differences(const QList<RouteInfo> &served, const QList<SpecOperation> &spec, bool knobsEnabled)
{
    QMap<QString, QString> servedKeys; // normalized -> as served
    for (const RouteInfo &r : served)
        servedKeys.insert(normalized(r.method, r.pattern),
                          QString::fromLatin1(r.method) + QLatin1Char(' ') + r.pattern);
    QMap<QString, QString> specKeys;
    for (const SpecOperation &op : spec) {
        if (!knobsEnabled && isSandboxOnly(op.path))
            continue;
        specKeys.insert(
            normalized(op.method, op.path),
            QStringLiteral("%1 %2 (spec line %3)").arg(QString::fromLatin1(op.method), op.path).arg(op.line));
    }
    QStringList out;
    for (auto it = servedKeys.cbegin(); it != servedKeys.cend(); ++it)
        if (!specKeys.contains(it.key()))
            out << QStringLiteral("served but not in the spec: %1").arg(it.value());
    for (auto it = specKeys.cbegin(); it != specKeys.cend(); ++it)
        if (!servedKeys.contains(it.key()))
            out << QStringLiteral("in the spec but not served: %1").arg(it.value());
    return out;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void parser_data();
    void parser();
    void specIsRegular();
    void differencesAreReported();
    void servedRoutesMatchSpec_data();
    void servedRoutesMatchSpec();
};

void TestContract::parser_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected"); // "METHOD path"
    QTest::addColumn<int>("errors");

    const QByteArray head = "openapi: 3.0.3\ninfo:\n  title: x\n";
    QTest::newRow("two paths") << head + "paths:\n  /v1/a:\n    get:\n      operationId: a\n    post:\n"
                                         "      operationId: b\n  /v1/a/{id}:\n    parameters:\n      - x\n"
                                         "    delete:\n      operationId: c\ncomponents:\n  schemas: {}\n"
                               << QStringList{"GET /v1/a", "POST /v1/a", "DELETE /v1/a/{id}"} << 0;
    QTest::newRow("comments and blank lines")
        << head + "paths:\n  # tenants\n\n  /v1/t:\n    # list\n    get:\n      summary: x\n"
        << QStringList{"GET /v1/t"} << 0;
    QTest::newRow("section ends at next top-level key")
        << head + "paths:\n  /v1/t:\n    get:\n      x: 1\ncomponents:\n  /v1/not-a-path:\n    get:\n"
        << QStringList{"GET /v1/t"} << 0;
    QTest::newRow("CRLF line ends") << head + "paths:\r\n  /v1/t:\r\n    patch:\r\n      x: 1\r\n"
                                    << QStringList{"PATCH /v1/t"} << 0;
    QTest::newRow("method at wrong indent is an error") << head + "paths:\n  /v1/t:\n     get:\n"
                                                        << QStringList{} << 1;
    QTest::newRow("quoted path key is an error") << head + "paths:\n  '/v1/t':\n    get:\n"
                                                 << QStringList{} << 2;
    QTest::newRow("unknown method-level key is an error")
        << head + "paths:\n  /v1/t:\n    fetch:\n      x: 1\n"
        << QStringList{} << 1;
    QTest::newRow("duplicate path is an error") << head + "paths:\n  /v1/t:\n    get:\n  /v1/t:\n    put:\n"
                                                << QStringList{"GET /v1/t", "PUT /v1/t"} << 1;
}

void TestContract::parser()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    QFETCH(int, errors);
    const SpecParse parse = parsePaths(yaml);
    QStringList got;
    for (const SpecOperation &op : parse.operations)
        got << QString::fromLatin1(op.method) + QLatin1Char(' ') + op.path;
    QCOMPARE(got, expected);
    QVERIFY2(parse.errors.size() == errors, qPrintable(parse.errors.join(QLatin1Char('\n'))));
}

void TestContract::specIsRegular()
{
    const QByteArray yaml = readSpec();
    QVERIFY2(!yaml.isEmpty(), "net/openapi/simuwave-v1.yaml is missing or empty");
    const SpecParse parse = parsePaths(yaml);
    QVERIFY2(parse.errors.isEmpty(), qPrintable(parse.errors.join(QLatin1Char('\n'))));
    QVERIFY2(parse.paths.size() >= 40,
             qPrintable(QStringLiteral("only %1 paths parsed").arg(parse.paths.size())));
    // Every operation has exactly one operationId line, so the counts agree unless the layout drifted.
    QCOMPARE(parse.operations.size(), parse.operationIdLines);
    QSet<QString> withMethods;
    for (const SpecOperation &op : parse.operations)
        withMethods.insert(op.path);
    for (const QString &p : parse.paths) {
        QVERIFY2(p.startsWith(QLatin1String("/v1/")), qPrintable(p));
        QVERIFY2(withMethods.contains(p), qPrintable(QStringLiteral("path without operations: ") + p));
    }
}

void TestContract::differencesAreReported()
{
    const QList<SpecOperation> spec{
        {"GET", "/v1/tenants/{id}", 10}, {"POST", "/v1/tenants", 20}, {"PUT", "/v1/sandbox/knobs", 30}};
    const QList<RouteInfo> served{{"GET", "/v1/tenants/{tenant}"}, {"DELETE", "/v1/tenants/{id}"}};
    const QStringList diff = differences(served, spec, true);
    QCOMPARE(diff.size(), 3);
    QVERIFY(diff.contains(QStringLiteral("served but not in the spec: DELETE /v1/tenants/{id}")));
    QVERIFY(diff.contains(QStringLiteral("in the spec but not served: POST /v1/tenants (spec line 20)")));
    QVERIFY(
        diff.contains(QStringLiteral("in the spec but not served: PUT /v1/sandbox/knobs (spec line 30)")));
    // Without knobs the sandbox-only operations are not expected.
    QCOMPARE(differences(served, spec, false).size(), 2);
}

void TestContract::servedRoutesMatchSpec_data()
{
    QTest::addColumn<bool>("knobs");
    QTest::newRow("knobs enabled") << true;
    QTest::newRow("knobs disabled") << false;
}

void TestContract::servedRoutesMatchSpec()
{
    QFETCH(bool, knobs);
    const SpecParse parse = parsePaths(readSpec());
    QVERIFY(!parse.operations.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = QStringLiteral("minimal");
    options.knobs.enabled = knobs;
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));

    const QList<RouteInfo> served = server.routes();
    QVERIFY(!served.isEmpty());
    bool servesSandboxOnly = false;
    for (const RouteInfo &r : served)
        servesSandboxOnly = servesSandboxOnly || isSandboxOnly(r.pattern);
    QCOMPARE(servesSandboxOnly, knobs);

    const QStringList diff = differences(served, parse.operations, knobs);
    // Qt Test cuts long failure messages, so every difference goes to the log first.
    for (const QString &d : diff)
        qWarning().noquote() << d;
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 difference(s) between the sandbox's routes and "
                                                       "simuwave-v1.yaml (listed above)")
                                            .arg(diff.size())));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
