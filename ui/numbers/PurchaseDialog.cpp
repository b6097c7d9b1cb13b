#include "numbers/PurchaseDialog.h"

#include "cache/SqlCache.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyle>
#include <QVBoxLayout>

namespace simuwave {

PurchaseDialog::PurchaseDialog(ConsoleContext &context, const QList<AvailableNumber> &numbers,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_numbers(numbers)
{
    setObjectName(QStringLiteral("purchaseDialog"));
    setWindowTitle(tr("Purchase %n number(s)", nullptr, int(numbers.size())));
    for (const AvailableNumber &n : numbers) {
        m_monthly += n.monthly;
        m_setup += n.setup;
    }
    if (cache::SqlCache *cache = context.cache()) {
        if (const auto doc = cache->document(QStringLiteral("partner"))) {
            const QJsonObject wallet = doc->object().value(QLatin1String("wallet")).toObject();
            m_wallet =
                Money::fromJson(wallet.value(QLatin1String("balance_cents")),
                                wallet.value(QLatin1String("currency")).toString(QStringLiteral("USD")));
        }
    }

    // The numbers themselves: a handful by name, the rest counted.
    QStringList lines;
    constexpr int shown = 10;
    for (int i = 0; i < numbers.size() && i < shown; ++i) {
        const AvailableNumber &n = numbers.at(i);
        const QString number = items::PhoneNumberTableModel::formatNumber(n.e164);
        lines.append(n.vanity.isEmpty() ? number : tr("%1 (%2)").arg(number, n.vanity));
    }
    if (numbers.size() > shown)
        lines.append(tr("… and %n more", nullptr, int(numbers.size()) - shown));
    auto *list = new QLabel(lines.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("purchaseNumbers"));
    list->setTextFormat(Qt::PlainText);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("purchaseTenant"));
    m_tenant->setAccessibleName(tr("Assign to tenant"));
    m_tenant->addItem(tr("Keep unassigned (assign later)"), QString());
    if (cache::SqlCache *cache = context.cache()) {
        QSqlQuery q(cache->database());
        q.exec(QStringLiteral("SELECT id, name FROM tenants WHERE status IN ('ACTIVE', 'TRIAL') "
                              "ORDER BY name COLLATE NOCASE"));
        while (q.next())
            m_tenant->addItem(q.value(1).toString(), q.value(0).toString());
    }
    form->addRow(tr("Assign to tenant"), m_tenant);
    const auto amount = [this](const QString &name, const Money &m) {
        auto *l = new QLabel(m.format(), this);
        l->setObjectName(name);
        return l;
    };
    form->addRow(tr("Monthly, from now on"), amount(QStringLiteral("purchaseMonthly"), m_monthly));
    form->addRow(tr("Setup fees, once"), amount(QStringLiteral("purchaseSetup"), m_setup));
    auto *due = amount(QStringLiteral("purchaseDueNow"), dueNow());
    QFont bold = due->font();
    bold.setBold(true);
    due->setFont(bold);
    form->addRow(tr("Charged now (setup and the first month)"), due);
    m_walletLabel =
        new QLabel(m_wallet ? m_wallet->format() : tr("Unknown until the console has synced"), this);
    m_walletLabel->setObjectName(QStringLiteral("purchaseWallet"));
    form->addRow(tr("Wallet balance"), m_walletLabel);
    m_afterLabel = new QLabel(m_wallet ? (*m_wallet - dueNow()).format() : QStringLiteral("—"), this);
    m_afterLabel->setObjectName(QStringLiteral("purchaseWalletAfter"));
    form->addRow(tr("Wallet after the purchase"), m_afterLabel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("purchaseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Confirm Purchase"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("purchaseConfirm"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &PurchaseDialog::confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("You are buying %n number(s):", nullptr, int(numbers.size())), this));
    layout->addWidget(list);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &answer) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            QStringList bought;
            for (const QJsonValue &v : answer.value(QLatin1String("data")).toArray())
                bought.append(v.toObject().value(QLatin1String("e164")).toString());
            if (bought.isEmpty())
                for (const AvailableNumber &n : std::as_const(m_numbers))
                    bought.append(n.e164);
            Q_EMIT purchased(bought, answer);
            accept();
        });
        const auto refusedBy = [this](qint64 entry, const QString &message, const QString &param) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            // Shown here, so it does not linger in Pending changes as well.
            if (WriteQueue *q = m_context.writeQueue())
                q->cancel(entry);
            QStringList gone;
            for (const AvailableNumber &n : std::as_const(m_numbers)) {
                if (n.e164 == param || message.contains(n.e164))
                    gone.append(n.e164);
            }
            setMessage(message);
            m_confirm->setEnabled(false);
            m_confirm->setToolTip(message);
            Q_EMIT refused(message, gone);
        };
        connect(queue, &WriteQueue::commandRejected, this,
                [refusedBy](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    refusedBy(entry, fields.isEmpty() ? message : fields.first(), QString());
                });
        connect(queue, &WriteQueue::offlineChanged, this, [this](bool offline) {
            if (!offline || !m_entry)
                return;
            m_queuedOffline = true;
            setMessage(tr("The connection dropped: the purchase waits in Pending changes and is sent when "
                          "the console is back online. The numbers may be taken by then."));
        });
        connect(queue, &WriteQueue::commandFailed, this,
                [refusedBy](qint64 entry, const QString &message) { refusedBy(entry, message, QString()); });
    }
    updateRefusal();
}

void PurchaseDialog::reject()
{
    if (m_entry && !m_queuedOffline) {
        setMessage(tr("Buying… the server's answer is on its way."));
        return;
    }
    QDialog::reject();
}

void PurchaseDialog::updateRefusal()
{
    QString reason;
    if (m_numbers.isEmpty())
        m_refusal = tr("Select at least one number to buy.");
    else if (!m_context.canWrite(&reason))
        m_refusal = reason;
    else if (!m_context.isOnline())
        m_refusal = tr("Buying numbers needs a connection: the console is offline.");
    else if (m_wallet && *m_wallet < dueNow())
        m_refusal = tr("Your wallet holds %1 but this purchase costs %2 now. Top up the wallet or buy fewer "
                       "numbers.")
                        .arg(m_wallet->format(), dueNow().format());
    else
        m_refusal.clear();
    m_confirm->setEnabled(m_refusal.isEmpty());
    m_confirm->setToolTip(m_refusal);
    if (!m_refusal.isEmpty())
        setMessage(m_refusal);
}

void PurchaseDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PurchaseDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PurchaseDialog::confirm()
{
    updateRefusal();
    if (!m_refusal.isEmpty() || m_entry)
        return false;
    WriteQueue *queue = m_context.writeQueue();
    QJsonArray list;
    for (const AvailableNumber &n : std::as_const(m_numbers))
        list.append(n.e164);
    QJsonObject body{{QStringLiteral("numbers"), list}};
    const QString tenant = m_tenant->currentData().toString();
    if (!tenant.isEmpty())
        body.insert(QStringLiteral("tenant_id"), tenant);
    EditCommand command;
    command.resource = QStringLiteral("phone-numbers");
    command.method = QStringLiteral("POST");
    command.path = QStringLiteral("phone-numbers/purchase");
    command.body = body;
    command.label = tr("Buy %n number(s)", nullptr, int(m_numbers.size()));
    const WriteQueue::SubmitResult result = queue->submit(command);
    if (!result.accepted) {
        setMessage(result.reason);
        return false;
    }
    m_entry = result.entryId;
    m_confirm->setEnabled(false);
    m_tenant->setEnabled(false);
    setMessage(tr("Buying…"));
    return true;
}

} // namespace simuwave
