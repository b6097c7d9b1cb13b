// /v1/sandbox/*: the fault knobs and the sandbox clock. Registered only when knobs are enabled
// (--knobs or any knob flag), so a default sandbox does not serve them.
#include "core/BodyReader.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/Resources.h"

#include <QCoreApplication>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

static QJsonObject knobsJson(SandboxContext &ctx)
{
    const Knobs &k = ctx.knobs();
    return {{QStringLiteral("latency_ms"), k.latencyMs},
            {QStringLiteral("error_rate"), k.errorRate},
            {QStringLiteral("drop_rate"), k.dropRate},
            {QStringLiteral("rate_limit_per_minute"), k.rateLimitPerMinute},
            {QStringLiteral("clock_speed"), ctx.clock().speed()},
            {QStringLiteral("now"), wire::isoTime(ctx.nowMs())}};
}

static ApiResponse getKnobs(ApiRequest &, SandboxContext &ctx)
{
    return ApiResponse::ok(knobsJson(ctx));
}

static ApiResponse putKnobs(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    Knobs k = ctx.knobs();
    const auto latency = body.integer(QStringLiteral("latency_ms"));
    const auto limit = body.integer(QStringLiteral("rate_limit_per_minute"));
    auto share = [&](const QString &field, double &out) {
        const QJsonValue v = body.object().value(field);
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            body.addError(field, tr("%1 must be a share from 0 to 1.").arg(field));
        else
            out = v.toDouble();
    };
    share(QStringLiteral("error_rate"), k.errorRate);
    share(QStringLiteral("drop_rate"), k.dropRate);
    if (latency && (*latency < 0 || *latency > 120000))
        body.addError(QStringLiteral("latency_ms"), tr("latency_ms must be from 0 to 120000."));
    if (limit && *limit < 0)
        body.addError(QStringLiteral("rate_limit_per_minute"),
                      tr("rate_limit_per_minute must not be negative."));
    if (!body.ok())
        return body.errorResponse();
    if (latency)
        k.latencyMs = int(*latency);
    if (limit)
        k.rateLimitPerMinute = int(*limit);
    ctx.knobs() = k;
    return ApiResponse::ok(knobsJson(ctx));
}

static ApiResponse advanceClock(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto seconds = body.integer(QStringLiteral("seconds"), false);
    const auto ms = body.integer(QStringLiteral("milliseconds"), false);
    if (!seconds && !ms)
        body.addError(QStringLiteral("seconds"), tr("Give seconds or milliseconds to move the clock by."));
    if (seconds && *seconds < 0)
        body.addError(QStringLiteral("seconds"), tr("The clock only moves forward."));
    if (ms && *ms < 0)
        body.addError(QStringLiteral("milliseconds"), tr("The clock only moves forward."));
    if (!body.ok())
        return body.errorResponse();
    ctx.clock().advance(seconds.value_or(0) * 1000 + ms.value_or(0));
    if (ctx.runLifecycles)
        ctx.runLifecycles(ctx.nowMs());
    return ApiResponse::ok(knobsJson(ctx));
}

void setupAdminResources(ResourceSetup &setup)
{
    setup.router.add("GET", QStringLiteral("/v1/sandbox/knobs"), {{}, Access::Public}, &getKnobs);
    setup.router.add("PUT", QStringLiteral("/v1/sandbox/knobs"), {{}, Access::Public}, &putKnobs);
    setup.router.add("POST", QStringLiteral("/v1/sandbox/clock/advance"), {{}, Access::Public},
                     &advanceClock);
}

} // namespace simuwave::sandbox
