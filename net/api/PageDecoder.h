#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace simuwave {

// One page of a list answer: {"data": [...], "next_cursor": "..." | null, "has_more": bool}.
struct Page
{
    QJsonArray data; // every element is a JSON object (checked)
    QString nextCursor;
    QString resumeCursor; // last page of an updated_since listing: where it ended (empty if not given)
    bool hasMore = false;
};

// Checks the list envelope strictly: a page that breaks it is a contract error, never half-used.
class PageDecoder
{
public:
    // false with a translated reason when: data missing or not an array, an element not an object,
    // has_more missing or not a boolean, next_cursor neither string nor null, has_more true with empty
    // data (a loop) or without a cursor.
    static bool decode(const QJsonObject &envelope, Page *page, QString *why);
};

} // namespace simuwave
