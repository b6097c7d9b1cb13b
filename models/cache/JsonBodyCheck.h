#pragma once
// What every JSON answer body is checked for, and the words used when it fails, shared by the two
// parsers: QJsonDocument for single answers (net's JsonGuard) and simdjson for list pages
// (RecordDecoder::decodePageJson). One place, so that both reject the same bodies with the same message.
#include <QByteArrayView>
#include <QString>

namespace simuwave {

class JsonBodyCheck
{
public:
    // Why `trimmed` cannot be a JSON object before parsing it (empty, an HTML or XML page); null if it may.
    static QString beforeParsing(QByteArrayView trimmed);
    static QString nestedTooDeep(int maxDepth);
    static QString notAnObject();
};

} // namespace simuwave
