#include "api/PageDecoder.h"

#include <QCoreApplication>

namespace simuwave {

bool PageDecoder::decode(const QJsonObject &envelope, Page *page, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const auto tr = [](const char *text) { return QCoreApplication::translate("PageDecoder", text); };

    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (!data.isArray())
        return fail(data.isUndefined() ? tr("the list has no \"data\"") : tr("\"data\" is not an array"));
    const QJsonArray items = data.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return fail(tr("\"data\" element %1 is not an object").arg(i));
    }

    const QJsonValue hasMore = envelope.value(QLatin1String("has_more"));
    if (!hasMore.isBool())
        return fail(hasMore.isUndefined() ? tr("the list has no \"has_more\"")
                                          : tr("\"has_more\" is not a boolean"));

    const QJsonValue cursor = envelope.value(QLatin1String("next_cursor"));
    if (!cursor.isString() && !cursor.isNull() && !cursor.isUndefined())
        return fail(tr("\"next_cursor\" is neither a string nor null"));

    const QJsonValue resume = envelope.value(QLatin1String("resume_cursor"));
    if (!resume.isString() && !resume.isNull() && !resume.isUndefined())
        return fail(tr("\"resume_cursor\" is neither a string nor null"));

    if (hasMore.toBool()) {
        // More pages promised but nothing delivered would make the caller ask forever.
        if (items.isEmpty())
            return fail(tr("\"has_more\" is true but \"data\" is empty"));
        if (cursor.toString().isEmpty())
            return fail(tr("\"has_more\" is true but there is no \"next_cursor\""));
    }

    if (page) {
        page->data = items;
        page->nextCursor = cursor.toString();
        page->hasMore = hasMore.toBool();
        page->resumeCursor = hasMore.toBool() ? QString() : resume.toString();
    }
    return true;
}

} // namespace simuwave
