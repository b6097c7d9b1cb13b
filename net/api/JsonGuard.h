#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace simuwave {

// Caps that keep a hostile or broken server from exhausting memory or the stack.
struct JsonLimits
{
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    int maxDepth = 64;
};

// Parses a response body that the contract says is a JSON object.
class JsonGuard
{
public:
    // Deepest nesting of arrays/objects, counted without building anything (strings are skipped, so
    // brackets inside them do not count). Stops early and returns maxDepth + 1 once the cap is passed.
    static int nestingDepth(const QByteArray &body, int maxDepth);
    // The object, or a translated reason why the body is not one (depth, syntax, not an object).
    static bool parseObject(const QByteArray &body, int maxDepth, QJsonObject *out, QString *why);
};

} // namespace simuwave
