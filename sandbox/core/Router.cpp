#include "core/Router.h"

namespace simuwave::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, Permission permission, Handler handler)
{
    Route r;
    r.method = method.toUpper();
    r.pattern = pattern;
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.permission = std::move(permission);
    r.handler = std::move(handler);
    for (const QString &s : std::as_const(r.segments))
        if (!s.startsWith(QLatin1Char('{')))
            ++r.literalCount;
    Q_ASSERT_X(!find(r.method, pattern), "Router::add", "route registered twice");
    m_routes.push_back(std::move(r));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match best;
    int bestScore = -1;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')))
                params.insert(seg.mid(1, seg.size() - 2), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        if (r.method != method) {
            if (!best.allowedMethods.contains(r.method))
                best.allowedMethods.append(r.method);
            continue;
        }
        // Literal segments win over parameters: /v1/phone-numbers/available before /v1/phone-numbers/{id}.
        if (r.literalCount > bestScore) {
            bestScore = r.literalCount;
            best.route = &r;
            best.params = params;
        }
    }
    return best;
}

const Route *Router::find(const QByteArray &method, const QString &pattern) const
{
    for (const Route &r : m_routes)
        if (r.method == method && r.pattern == pattern)
            return &r;
    return nullptr;
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> out;
    out.reserve(qsizetype(m_routes.size()));
    for (const Route &r : m_routes)
        out.append({r.method, r.pattern});
    return out;
}

} // namespace simuwave::sandbox
