#include "invoices/InvoiceDetailView.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace simuwave {

InvoiceDetailView::InvoiceDetailView(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_totals(new QLabel(this))
    , m_remind(new QPushButton(tr("Send &Reminder"), this))
    , m_markPaid(new QPushButton(tr("&Mark as Paid"), this))
    , m_refundAmount(new QLineEdit(this))
    , m_refund(new QPushButton(tr("Re&fund"), this))
    , m_refundError(new QLabel(this))
    , m_void(new QPushButton(tr("&Void"), this))
    , m_print(new QPushButton(tr("&Print Preview…"), this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("invoiceDetail"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(QStringLiteral("invoiceLines"));
    m_lines->setAccessibleName(tr("Line items"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAbstractButton *button : m_lines->findChildren<QAbstractButton *>()) // the table's corner button
        button->setAccessibleName(tr("Select all line items"));
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refundAmount->setObjectName(QStringLiteral("refundAmount"));
    m_refundAmount->setPlaceholderText(tr("Amount (blank = all that was paid)"));
    m_refundAmount->setAccessibleName(tr("Refund amount"));
    m_refundError->setObjectName(QStringLiteral("refundError"));
    m_refundError->setWordWrap(true);
    m_refundError->hide();
    m_status->setObjectName(QStringLiteral("invoiceActionStatus"));
    m_status->setWordWrap(true);
    m_remind->setObjectName(QStringLiteral("invoiceRemind"));
    m_markPaid->setObjectName(QStringLiteral("invoiceMarkPaid"));
    m_refund->setObjectName(QStringLiteral("invoiceRefund"));
    m_void->setObjectName(QStringLiteral("invoiceVoid"));
    m_print->setObjectName(QStringLiteral("invoicePrint"));
    m_pdf->setObjectName(QStringLiteral("invoicePdf"));

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_header);
    left->addWidget(m_facts);
    top->addLayout(left, 1);
    top->addWidget(m_totals);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_remind, m_markPaid})
        actions->addWidget(b);
    actions->addSpacing(12);
    actions->addWidget(m_refundAmount);
    actions->addWidget(m_refund);
    actions->addWidget(m_void);
    actions->addStretch();
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_lines, 1);
    layout->addLayout(actions);
    layout->addWidget(m_refundError);
    layout->addWidget(m_status);

    connect(m_remind, &QPushButton::clicked, this, &InvoiceDetailView::sendReminder);
    connect(m_markPaid, &QPushButton::clicked, this, &InvoiceDetailView::markPaid);
    connect(m_refund, &QPushButton::clicked, this, &InvoiceDetailView::refund);
    connect(m_refundAmount, &QLineEdit::returnPressed, this, &InvoiceDetailView::refund);
    connect(m_void, &QPushButton::clicked, this, &InvoiceDetailView::voidInvoice);
    connect(m_print, &QPushButton::clicked, this, [this] { Q_EMIT printRequested(m_id); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_id); });
    connect(&m_context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::Invoices &&
            (change.reset || change.upsertedIds.contains(m_id) || change.deletedIds.contains(m_id)))
            reload();
    });
    connect(&m_context, &ConsoleContext::writeAccessChanged, this, &InvoiceDetailView::updateActions);
    showInvoice({});
}

void InvoiceDetailView::showInvoice(const QString &invoiceId)
{
    m_id = invoiceId;
    m_status->clear();
    m_refundError->hide();
    m_refundAmount->clear();
    reload();
}

void InvoiceDetailView::reload()
{
    m_invoice = (m_context.cache() && !m_id.isEmpty()) ? m_context.cache()->invoice(m_id) : std::nullopt;
    const QLocale locale;
    if (!m_invoice) {
        m_header->setText(tr("Select an invoice to see its details."));
        m_facts->clear();
        m_totals->clear();
        m_lines->setRowCount(0);
        updateActions();
        return;
    }
    const Invoice &inv = *m_invoice;
    const auto tenant = m_context.cache()->tenant(inv.tenantId);
    m_header->setText(tr("%1 — %2").arg(inv.number, tenant ? tenant->name : inv.tenantId));
    m_facts->setText(tr("Issued %1 · due %2 · billing period %3 to %4 · %5")
                         .arg(locale.toString(inv.issueDate, QLocale::ShortFormat),
                              locale.toString(inv.dueDate, QLocale::ShortFormat),
                              locale.toString(inv.periodStart, QLocale::ShortFormat),
                              locale.toString(inv.periodEnd, QLocale::ShortFormat), displayName(inv.status)));
    const QList<InvoiceLineItem> lines = inv.lineItems.value_or(QList<InvoiceLineItem>());
    m_lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const InvoiceLineItem &l = lines.at(i);
        m_lines->setItem(i, 0, new QTableWidgetItem(l.description));
        auto *qty = new QTableWidgetItem(locale.toString(l.quantity));
        auto *unit = new QTableWidgetItem(l.unitPrice.format(locale));
        auto *amount = new QTableWidgetItem(l.amount.format(locale));
        for (QTableWidgetItem *it : {qty, unit, amount})
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(i, 1, qty);
        m_lines->setItem(i, 2, unit);
        m_lines->setItem(i, 3, amount);
    }
    m_totals->setText(tr("Subtotal %1\nTax %2\nTotal %3\nPaid %4\nRefunded %5\nDue %6")
                          .arg(inv.subtotal.format(locale), inv.tax.format(locale), inv.total.format(locale),
                               inv.paid.format(locale), inv.refunded.format(locale), inv.due.format(locale)));
    updateActions();
}

void InvoiceDetailView::updateActions()
{
    QString reason;
    const bool canWrite = m_context.canWrite(&reason);
    const auto status = m_invoice ? m_invoice->status.value : InvoiceStatus::Unknown;
    const bool open = status == InvoiceStatus::Sent || status == InvoiceStatus::PartiallyPaid ||
                      status == InvoiceStatus::Overdue;
    const bool refundable = m_invoice && m_invoice->paid.cents() > 0;
    const auto set = [&](QPushButton *b, bool allowed, const QString &why) {
        b->setEnabled(m_invoice && canWrite && allowed);
        b->setToolTip(!m_invoice ? QString() : !canWrite ? reason : allowed ? QString() : why);
    };
    set(m_remind, open, tr("Only an unpaid invoice (sent, partially paid or overdue) gets a reminder."));
    set(m_markPaid, open,
        tr("Only an unpaid invoice (sent, partially paid or overdue) can be marked as paid."));
    set(m_refund, refundable, tr("Nothing was paid on this invoice, so nothing can be refunded."));
    set(m_void, status == InvoiceStatus::Draft, tr("Only a draft can be voided."));
    m_refundAmount->setEnabled(m_refund->isEnabled());
    m_refundAmount->setToolTip(m_refund->toolTip());
    // Reading works for everyone, offline too.
    m_print->setEnabled(bool(m_invoice));
    m_pdf->setEnabled(bool(m_invoice));
}

bool InvoiceDetailView::submit(const QString &action, const QJsonObject &body)
{
    WriteQueue *queue = m_context.writeQueue();
    QString reason;
    if (!m_invoice || !queue || !m_context.canWrite(&reason)) {
        m_status->setText(reason);
        return false;
    }
    EditCommand command = EditCommand::action(QStringLiteral("invoices"), m_id, action, body);
    command.label = tr("%1 on invoice %2").arg(action, m_invoice->number);
    const WriteQueue::SubmitResult result = queue->submit(command);
    if (!result.accepted) {
        m_status->setText(result.reason.isEmpty() && !result.errors.isEmpty() ? result.errors.first().message
                                                                              : result.reason);
        return false;
    }
    m_status->setText(m_context.isOnline() ? tr("Sent; the invoice updates when the server answers.")
                                           : tr("Offline: the change waits in Pending changes."));
    return true;
}

bool InvoiceDetailView::sendReminder()
{
    return m_remind->isEnabled() && submit(QStringLiteral("send-reminder"), {});
}

bool InvoiceDetailView::markPaid()
{
    return m_markPaid->isEnabled() && submit(QStringLiteral("mark-paid"), {});
}

QString InvoiceDetailView::refundError() const
{
    return m_refundError->isHidden() ? QString() : m_refundError->text();
}

bool InvoiceDetailView::refund()
{
    if (!m_refund->isEnabled() || !m_invoice)
        return false;
    const qint64 refundable = m_invoice->paid.cents();
    qint64 cents = refundable;
    const QString text = m_refundAmount->text().trimmed();
    QString error;
    if (!text.isEmpty()) {
        const auto amount = Money::parse(text, m_invoice->currency, &error, tr("Refund amount"));
        if (!amount)
            cents = -1;
        else if (amount->cents() <= 0)
            error = tr("Refund amount: enter more than zero."), cents = -1;
        else if (amount->cents() > refundable)
            error = tr("Refund amount: at most %1 can be refunded (what was paid and not yet refunded).")
                        .arg(Money::fromCents(refundable, m_invoice->currency).format(QLocale())),
            cents = -1;
        else
            cents = amount->cents();
    }
    m_refundError->setText(error);
    m_refundError->setVisible(!error.isEmpty());
    if (cents <= 0)
        return false;
    return submit(QStringLiteral("refund"), {{QStringLiteral("amount_cents"), cents},
                                             {QStringLiteral("reason"), tr("Refund from the console")}});
}

bool InvoiceDetailView::voidInvoice()
{
    return m_void->isEnabled() && submit(QStringLiteral("void"), {});
}

} // namespace simuwave
