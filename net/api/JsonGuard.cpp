#include "api/JsonGuard.h"

#include "cache/JsonBodyCheck.h"

#include <cstring>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace simuwave {

int JsonGuard::nestingDepth(const QByteArray &body, int maxDepth)
{
    // Most bytes of an answer are inside strings: jump over them with memchr (vectorised) instead of
    // looking at every byte; a quote preceded by an odd number of backslashes is escaped.
    int depth = 0;
    int deepest = 0;
    const char *p = body.constData();
    const char *const end = p + body.size();
    while (p < end) {
        const char c = *p++;
        switch (c) {
        case '"':
            for (;;) {
                const auto *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!q)
                    return deepest; // unterminated string: the parser reports it
                const char *b = q;
                while (b > p && b[-1] == '\\')
                    --b;
                p = q + 1;
                if ((q - b) % 2 == 0)
                    break; // not escaped: the string ends here
            }
            break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > maxDepth)
                    return deepest;
            }
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

bool JsonGuard::parseObject(const QByteArray &body, int maxDepth, QJsonObject *out, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const QByteArray trimmed = body.trimmed();
    if (const QString reason = JsonBodyCheck::beforeParsing(trimmed); !reason.isNull())
        return fail(reason);
    if (nestingDepth(trimmed, maxDepth) > maxDepth)
        return fail(JsonBodyCheck::nestedTooDeep(maxDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("JsonGuard", "the answer is not valid JSON (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(JsonBodyCheck::notAnObject());
    if (out)
        *out = doc.object();
    return true;
}

} // namespace simuwave
