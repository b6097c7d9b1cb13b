#pragma once
// One user edit as the write path sees it: which record, which request, and the ETag it was based on.
// Built where the user acts; validated (models/validation) before it can be queued.
#include "validation/Validation.h"

#include <QJsonObject>
#include <QString>

namespace simuwave {

struct EditCommand
{
    QString resource; // cache resource name: "tenants", "phone-numbers", "invoices", "partner-branding", ...
    QString recordId; // the record edited (empty for a create)
    QString method;   // "POST", "PATCH", "PUT", "DELETE"
    QString path;     // relative to the API base: "tenants/tnt_1", "tenants/tnt_1/suspend"
    QJsonObject body;
    QString ifMatch; // the ETag of the record as the user saw it; empty = none
    QString label;   // translated, for "Pending changes": "Rename tenant Acme"

    // PATCH of a record's fields ("tenants", "tnt_1", {"name": ...}).
    static EditCommand patch(const QString &resource, const QString &recordId, const QJsonObject &fields,
                             const QString &ifMatch = {});
    // POST of an action on a record ("tenants", "tnt_1", "suspend", {...}).
    static EditCommand action(const QString &resource, const QString &recordId, const QString &action,
                              const QJsonObject &body = {}, const QString &ifMatch = {});

    // Per-field messages from the Partner Guide's rules for the fields this command sends (API names:
    // "name", "sip_prefix", "cnam", "billing_email", "primary_color", "e911_address.zip", ...). Empty when
    // the command may be sent. Fields without a client-side rule are left to the server (422).
    validation::Errors validate() const;
    // The API path of the record itself ("tenants/tnt_1"), to read the server's version in a conflict.
    QString recordPath() const;
};

} // namespace simuwave
