#pragma once
// Buy → Purchase Selected: the confirmation the guide describes ("a confirmation modal appears showing the
// total cost"): every number picked, the monthly cost from now on, the one-time setup fees, what is charged
// now (setup and the first month) against the wallet balance from the cache (the `partner` document), and
// the balance afterwards. A purchase the wallet cannot pay is refused here, before anything is sent.
// Optionally assigns the numbers to a tenant in the same request. Confirm sends POST
// phone-numbers/purchase through the write queue (which adds the Idempotency-Key); the server's refusal
// (422 insufficient funds, 409 a number gone meanwhile) is shown in the dialog and nothing is left behind
// in Pending changes. Non-modal (open()).
#include "domain/Money.h"
#include "numbers/AvailableNumbersModel.h"

#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace simuwave {

class ConsoleContext;

class PurchaseDialog : public QDialog
{
    Q_OBJECT
public:
    PurchaseDialog(ConsoleContext &context, const QList<AvailableNumber> &numbers, QWidget *parent = nullptr);

    Money monthlyTotal() const { return m_monthly; }
    Money setupTotal() const { return m_setup; }
    Money dueNow() const { return m_monthly + m_setup; } // what the wallet is charged at once
    std::optional<Money> walletBalance() const { return m_wallet; }
    // Why the purchase cannot be confirmed (wallet short, read-only, offline); empty when it can.
    QString refusal() const { return m_refusal; }

    QPushButton *confirmButton() const { return m_confirm; }
    QComboBox *tenantBox() const { return m_tenant; }
    QString message() const; // the line under the totals (progress, the server's refusal)

    // Sends the purchase. False when refused (the reason is shown).
    bool confirm();
    // Not while the purchase is on its way: its answer (bought, or why not) belongs in this dialog.
    void reject() override;

Q_SIGNALS:
    // The server bought them: its answer ({"data": [...], "charged_cents", "wallet_balance_cents"}).
    void purchased(const QStringList &e164s, const QJsonObject &answer);
    // The server refused them; `gone` lists numbers no longer available (search again).
    void refused(const QString &message, const QStringList &gone);

private:
    void updateRefusal();
    void setMessage(const QString &text);

    ConsoleContext &m_context;
    QList<AvailableNumber> m_numbers;
    Money m_monthly;
    Money m_setup;
    std::optional<Money> m_wallet;
    QString m_refusal;
    qint64 m_entry = 0;
    bool m_queuedOffline = false; // the connection dropped while buying: it waits in Pending changes
    QComboBox *m_tenant = nullptr;
    QLabel *m_walletLabel = nullptr;
    QLabel *m_afterLabel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace simuwave
