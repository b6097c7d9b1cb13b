#pragma once
// A tenant invoice (GET /v1/invoices, /v1/invoices/{id}) with its line items. Amounts in integer cents,
// per-unit prices as Rate (micro-units): the API sends unit prices as decimal strings.
#include "domain/Money.h"
#include "domain/Rate.h"
#include "domain/Statuses.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace simuwave {

struct InvoiceLineItem
{
    QString kind;
    QString description;
    qint64 quantity = 0;
    Rate unitPrice;
    Money amount;

    bool operator==(const InvoiceLineItem &) const = default;
};

// Cash recorded on an invoice: a payment (the contract's InvoicePayment) or a refund (InvoiceRefund).
// Amounts are positive in both; revenue counts a refund negative.
struct InvoicePayment
{
    QString id; // "pay_..."
    Money amount;
    QString method; // card, ach or manual; kept as sent
    QString note;   // null when none
    QDateTime paidAt;

    bool operator==(const InvoicePayment &) const = default;
};

struct InvoiceRefund
{
    QString id; // "ref_..."
    Money amount;
    QString reason; // null when none
    QDateTime createdAt;

    bool operator==(const InvoiceRefund &) const = default;
};

struct Invoice
{
    QString id;     // "inv_..."
    QString number; // human invoice number, e.g. "INV-2025-0001"
    QString tenantId;
    StatusValue<InvoiceStatus> status;
    QString currency = QStringLiteral("USD");
    QDate issueDate;
    QDate dueDate;
    QDate periodStart;
    QDate periodEnd;
    // nullopt when the server left line_items out (list pages may): the cached items are then kept.
    std::optional<QList<InvoiceLineItem>> lineItems;
    Money subtotal;
    Money tax;
    Money total;
    Money paid;
    Money due;
    Money refunded;
    QString taxRate; // decimal string, e.g. "0.085"; empty = no tax jurisdiction
    QList<InvoicePayment> payments;
    QList<InvoiceRefund> refunds;
    QDateTime paidAt;
    QDateTime lastReminderAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Invoice &) const = default;
};

} // namespace simuwave
