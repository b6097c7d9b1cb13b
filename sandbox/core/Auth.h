#pragma once
// Bearer authentication: session tokens (8 hours, carry the user's role) and API keys sk_test_...
// (scopes plus an optional tenant scope). Also TOTP (RFC 6238) and password hashing for sign-in.
#include "core/Api.h"

#include <variant>

namespace simuwave::sandbox {

class SandboxContext;

namespace auth {

// Every scope the platform knows: <group>:read and <group>:write.
QStringList scopeGroups(); // tenants, phone_numbers, extensions, call_flows, queues, voicemail, calls,
                           // billing, webhooks, provisioning
QSet<QString> allScopes();
QSet<QString> readScopes();
bool isKnownScope(const QString &scope);

constexpr qint64 SessionLifetimeMs = 8LL * 60 * 60 * 1000;

// Resolves `Authorization: Bearer ...` into a principal, or the 401 to answer.
std::variant<Principal, ApiResponse> authenticate(SandboxContext &ctx, const QByteArray &authorization);

// Whether the principal may use a route with this scope/access; nullopt = allowed, else the 403.
std::optional<ApiResponse> authorize(const Principal &p, const QString &scope, bool write);

QByteArray hashPassword(const QString &password, const QByteArray &salt);
QByteArray newSalt();

// RFC 6238 with HMAC-SHA1, 30-second steps, 6 digits; the secret is base32 (RFC 4648).
QString totpCode(const QByteArray &base32Secret, qint64 unixSeconds);
bool verifyTotp(const QByteArray &base32Secret, const QString &code, qint64 unixSeconds); // accepts +-1 step

QByteArray newSessionToken(); // "sws_" + 48 hex digits
QByteArray newApiKey();       // "sk_test_" + 40 hex digits

} // namespace auth
} // namespace simuwave::sandbox
