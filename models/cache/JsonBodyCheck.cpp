#include "cache/JsonBodyCheck.h"

#include <QCoreApplication>

namespace simuwave {

// The context stays "JsonGuard", where these texts were first translated.
QString JsonBodyCheck::beforeParsing(QByteArrayView trimmed)
{
    if (trimmed.isEmpty())
        return QCoreApplication::translate("JsonGuard", "the answer is empty");
    if (trimmed.startsWith('<'))
        return QCoreApplication::translate("JsonGuard", "the answer is an HTML or XML page, not JSON");
    return {};
}

QString JsonBodyCheck::nestedTooDeep(int maxDepth)
{
    return QCoreApplication::translate("JsonGuard", "the answer is nested deeper than %1 levels")
        .arg(maxDepth);
}

QString JsonBodyCheck::notAnObject()
{
    return QCoreApplication::translate("JsonGuard", "the answer is not a JSON object");
}

} // namespace simuwave
