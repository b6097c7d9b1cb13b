#pragma once
// One invoice from the cache in full: header, billing period, every line item, subtotal, tax, total, paid and
// due; and its actions (Send Reminder, Mark as Paid, Refund full or partial never beyond what was paid, Void
// for drafts) sent through the write queue, each disabled with its reason when the role or the invoice's
// status does not allow it. Follows the cache: the server's answer to an action shows as soon as it lands.
#include "domain/Invoice.h"

#include <optional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace simuwave {

class ConsoleContext;

class InvoiceDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceDetailView(ConsoleContext &context, QWidget *parent = nullptr);

    void showInvoice(const QString &invoiceId); // empty: nothing selected
    QString invoiceId() const { return m_id; }
    void reload();

    // The actions (also what the buttons do). False when refused; the reason is shown on the field.
    bool sendReminder();
    bool markPaid();
    bool refund();
    bool voidInvoice();
    QString refundError() const;

Q_SIGNALS:
    void printRequested(const QString &invoiceId);
    void exportRequested(const QString &invoiceId);

private:
    bool submit(const QString &action, const QJsonObject &body);
    void updateActions();

    ConsoleContext &m_context;
    QString m_id;
    std::optional<Invoice> m_invoice;
    QLabel *m_header;
    QLabel *m_facts;
    QTableWidget *m_lines;
    QLabel *m_totals;
    QPushButton *m_remind;
    QPushButton *m_markPaid;
    QLineEdit *m_refundAmount;
    QPushButton *m_refund;
    QLabel *m_refundError;
    QPushButton *m_void;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_status;
};

} // namespace simuwave
