#include "api/JsonGuard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace simuwave {

int JsonGuard::nestingDepth(const QByteArray &body, int maxDepth)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
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
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("JsonGuard", "the answer is empty"));
    if (trimmed.startsWith('<'))
        return fail(QCoreApplication::translate("JsonGuard", "the answer is an HTML or XML page, not JSON"));
    if (nestingDepth(trimmed, maxDepth) > maxDepth)
        return fail(QCoreApplication::translate("JsonGuard", "the answer is nested deeper than %1 levels")
                        .arg(maxDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("JsonGuard", "the answer is not valid JSON (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("JsonGuard", "the answer is not a JSON object"));
    if (out)
        *out = doc.object();
    return true;
}

} // namespace simuwave
