#include "api/PageDecoder.h"

#include "cache/RecordDecoder.h"

namespace simuwave {

bool PageDecoder::decode(const QJsonObject &envelope, Page *page, QString *why)
{
    // One set of envelope rules for both JSON front ends: they live beside the record decoders.
    cache::PageEnvelope paging;
    QJsonArray items;
    if (!cache::RecordDecoder::decodeEnvelope(envelope, &paging, &items, why))
        return false;
    if (page) {
        page->data = std::move(items);
        page->nextCursor = paging.nextCursor;
        page->hasMore = paging.hasMore;
        page->resumeCursor = paging.resumeCursor;
    }
    return true;
}

} // namespace simuwave
