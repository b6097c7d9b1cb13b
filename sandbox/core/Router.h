#pragma once
// The sandbox's route table: (method, OpenAPI-style pattern, permission, handler).
//
// How to add a resource group (say invoices), without touching the framework:
//  1. Create sandbox/resources/InvoiceRoutes.cpp defining
//         void setupInvoiceResources(simuwave::sandbox::ResourceSetup &setup);
//     In it: append CREATE TABLE/INDEX statements to setup.schema (give every table `id INTEGER PRIMARY
//     KEY, updated_at INTEGER, deleted INTEGER` when it supports delta sync), a seed step to
//     setup.seedHooks (runs inside the one seeding transaction, see storage/Seeder.h), a clock-driven
//     lifecycle step to setup.tickers, and the routes:
//         setup.router.add("GET", "/v1/invoices/{id}", {"billing", Access::Read}, &getInvoice);
//         setup.router.add("POST", "/v1/invoices/{id}/void", {"billing", Access::Write}, &voidInvoice);
//  2. Declare the function in sandbox/resources/Resources.h and call it in ResourceRegistry.cpp.
//  3. Add the .cpp to sandbox/CMakeLists.txt.
// A handler is `ApiResponse f(ApiRequest &, SandboxContext &)`; path parameters: req.pathParam("id").
// Before a handler runs the framework has already done: X-Request-Id, bearer auth (401), role/scope
// checks (403; a partner_user session gets 403 on every Access::Write route), rate limits (429),
// Idempotency-Key on POST, If-Match on PATCH/PUT/DELETE (through the GET route of the same pattern),
// and it adds ETag / answers 304 on GET. Tenant scope of API keys is the handler's job
// (ctx.requireTenant / Principal::allowsTenant), as is 404. Lists: core/ListQuery.h.
#include "core/Api.h"

#include <functional>
#include <QList>
#include <QString>
#include <vector>

namespace simuwave::sandbox {

class SandboxContext;

struct RouteInfo
{
    QByteArray method;
    QString pattern;
    bool operator==(const RouteInfo &) const = default;
};

enum class Access
{
    Public,        // no credentials (POST /v1/auth/sessions)
    Authenticated, // any valid credential, no scope (GET /v1/me, sign-out)
    Read,          // scope "<scope>:read" (":write" implies read)
    Write,         // scope "<scope>:write", and the partner_admin role for sessions
};

struct Permission
{
    QString scope; // "tenants", "phone_numbers", "billing", ...; empty for Public/Authenticated
    Access access = Access::Read;
};

using Handler = std::function<ApiResponse(ApiRequest &, SandboxContext &)>;

struct Route
{
    QByteArray method;
    QString pattern;
    QStringList segments;
    Permission permission;
    Handler handler;
    int literalCount = 0;
};

class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Permission permission, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // when the path exists but not for this method (405)
    };
    Match match(const QByteArray &method, const QString &path) const;
    const Route *find(const QByteArray &method, const QString &pattern) const;
    QList<RouteInfo> routes() const;

private:
    std::vector<Route> m_routes;
};

} // namespace simuwave::sandbox
