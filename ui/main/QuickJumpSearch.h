#pragma once
// Ctrl+K over the offline cache: tenants (name, billing email, SIP prefix), numbers (digits in any written
// form, CNAM, tenant) and invoices (number, tenant, SIP prefix), through the cache's FTS search. Each hit
// names the pane that shows it and the openWith() parameters that select it there. The main window only
// lists hits; this class is what knows the cache.
#include <QList>
#include <QString>
#include <QVariantMap>

namespace simuwave {

class ConsoleContext;

struct QuickJumpHit
{
    QString text;   // translated, e.g. "Tenant · Blue Harbor Dental (blueharbor9)"
    QString paneId; // "tenants", "numbers-inventory", "invoices"
    QVariantMap params;
};

class QuickJumpSearch
{
public:
    explicit QuickJumpSearch(ConsoleContext &context);
    // At most `perKind` hits of each kind; nothing for fewer than 2 characters or without a cache.
    QList<QuickJumpHit> search(const QString &text, int perKind = 5) const;

private:
    ConsoleContext &m_context;
};

} // namespace simuwave
