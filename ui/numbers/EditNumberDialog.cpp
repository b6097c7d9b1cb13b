#include "numbers/EditNumberDialog.h"

#include "cache/SqlCache.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"
#include "numbers/FieldErrorLabels.h"
#include "widgets/BulkResultDialog.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace simuwave {

namespace {
const QString Cnam = QStringLiteral("cnam");
const QString Street = QStringLiteral("e911_address.street");
const QString City = QStringLiteral("e911_address.city");
const QString State = QStringLiteral("e911_address.state");
const QString Zip = QStringLiteral("e911_address.zip");

QString numberLabel(const PhoneNumber &n)
{
    return items::PhoneNumberTableModel::formatNumber(n.e164);
}
} // namespace

EditNumberDialog::EditNumberDialog(ConsoleContext &context, const QList<PhoneNumber> &numbers, Mode mode,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_numbers(numbers)
    , m_mode(mode)
    , m_errors(std::make_unique<FieldErrorLabels>())
{
    setObjectName(QStringLiteral("editNumberDialog"));
    const bool one = numbers.size() == 1;
    const PhoneNumber first = numbers.value(0);
    if (mode == Mode::AddressOnly)
        setWindowTitle(one ? tr("E911 address of %1").arg(numberLabel(first))
                           : tr("Update the E911 address of %n number(s)", nullptr, int(numbers.size())));
    else
        setWindowTitle(one ? tr("Edit %1").arg(numberLabel(first))
                           : tr("Edit %n number(s)", nullptr, int(numbers.size())));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("editNumberIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (one) {
        if (cache::SqlCache *cache = context.cache(); cache && !first.tenantId.isEmpty()) {
            if (const auto tenant = cache->tenant(first.tenantId))
                m_tenantName = tenant->name;
        }
        QStringList lines;
        lines << (first.tenantId.isEmpty()
                      ? tr("%1, unassigned.").arg(numberLabel(first))
                      : tr("%1, tenant %2.")
                            .arg(numberLabel(first), m_tenantName.isEmpty() ? first.tenantId : m_tenantName));
        lines << tr("E911: %1. CNAM: %2.")
                     .arg(displayName(first.e911Status), first.cnamStatus.raw.isEmpty()
                                                             ? tr("tenant default")
                                                             : displayName(first.cnamStatus));
        // Why the 911 provider refused the last address, in its words: what to correct.
        if (first.e911Status.value == E911Status::Failed && !first.e911Error.isEmpty())
            lines << tr("The 911 provider refused the last address: %1").arg(first.e911Error);
        intro->setText(lines.join(QLatin1Char('\n')));
    } else {
        intro->setText(
            mode == Mode::AddressOnly
                ? tr("One E911 address for %n number(s): the street address where their phones are used. "
                     "Each number is updated separately and you see the result of each.",
                     nullptr, int(numbers.size()))
                : tr("Changes for %n number(s). A field left empty keeps each number's own value.", nullptr,
                     int(numbers.size())));
    }
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    if (mode == Mode::Full) {
        QLineEdit *cnam = addLine(form, Cnam, tr("Caller ID name (CNAM)"));
        cnam->setPlaceholderText(one ? tr("Empty: the tenant's default") : tr("Empty: keep each number's"));
        cnam->setToolTip(tr("At most 15 characters: letters, digits, spaces and . , & ' -. Carriers take "
                            "24-48 hours to show a change everywhere."));
        if (one)
            cnam->setText(first.cnam);
    }
    addLine(form, Street, tr("E911 street"))->setPlaceholderText(tr("1234 Main St Suite 200"));
    addLine(form, City, tr("E911 city"))->setPlaceholderText(tr("Little Rock"));
    addLine(form, State, tr("E911 state"))->setPlaceholderText(tr("AR"));
    addLine(form, Zip, tr("E911 ZIP code"))->setPlaceholderText(tr("72201"));
    if (one && first.e911Address) {
        m_fields.value(Street)->setText(first.e911Address->street);
        m_fields.value(City)->setText(first.e911Address->city);
        m_fields.value(State)->setText(first.e911Address->state);
        m_fields.value(Zip)->setText(first.e911Address->zip);
    }
    layout->addLayout(form);

    // The guide's shortcut for a tenant whose numbers all share one location.
    if (one && !first.tenantId.isEmpty()) {
        qint64 count = 0;
        if (cache::SqlCache *cache = context.cache()) {
            QSqlQuery q(cache->database());
            q.prepare(QStringLiteral(
                "SELECT COUNT(*) FROM phone_numbers WHERE tenant_id = ? AND status <> 'RELEASED'"));
            q.addBindValue(first.tenantId);
            if (q.exec() && q.next())
                count = q.value(0).toLongLong();
        }
        m_applyAll = new QCheckBox(tr("&Apply to all of %1's numbers (%n)", nullptr, int(count))
                                       .arg(m_tenantName.isEmpty() ? first.tenantId : m_tenantName),
                                   this);
        m_applyAll->setObjectName(QStringLiteral("editNumberApplyAll"));
        m_applyAll->setToolTip(tr("Sets the values of this form on every number of the tenant, one by one, "
                                  "with the result of each."));
        layout->addWidget(m_applyAll);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editNumberMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_save = new QPushButton(one ? tr("&Save") : tr("&Continue…"), this);
    m_save->setObjectName(QStringLiteral("editNumberSave"));
    m_save->setDefault(true);
    QString reason;
    if (!context.canWrite(&reason)) {
        m_save->setEnabled(false);
        m_save->setToolTip(reason);
        setMessage(reason);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EditNumberDialog::save);
    if (m_applyAll)
        connect(m_applyAll, &QCheckBox::toggled, this,
                [this](bool on) { m_save->setText(on ? tr("&Continue…") : tr("&Save")); });

    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &record) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            Q_EMIT saved(record.value(QLatin1String("id")).toString());
            accept();
        });
        // A refusal is shown here, on the fields: the form still holds the intent, so the command does not
        // also wait in Pending changes.
        connect(queue, &WriteQueue::commandRejected, this,
                [this](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    if (entry != m_entry)
                        return;
                    m_entry = 0;
                    if (WriteQueue *q = m_context.writeQueue())
                        q->cancel(entry);
                    showErrors(fields);
                    setMessage(message);
                    m_save->setEnabled(true);
                });
        connect(queue, &WriteQueue::commandFailed, this, [this](qint64 entry, const QString &message) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            if (WriteQueue *q = m_context.writeQueue())
                q->cancel(entry);
            setMessage(message);
            m_save->setEnabled(true);
        });
    }
}

EditNumberDialog::~EditNumberDialog() = default;

QLineEdit *EditNumberDialog::addLine(QFormLayout *form, const QString &apiName, const QString &label)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QStringLiteral("number_") + apiName);
    m_fields.insert(apiName, e);
    m_errors->addRow(form, apiName, label, e);
    return e;
}

QLineEdit *EditNumberDialog::field(const QString &apiName) const
{
    return m_fields.value(apiName);
}

QString EditNumberDialog::errorFor(const QString &apiName) const
{
    return m_errors->errorFor(apiName);
}

QString EditNumberDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EditNumberDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EditNumberDialog::showErrors(const QMap<QString, QString> &errors)
{
    const QStringList elsewhere = m_errors->show(errors);
    if (!elsewhere.isEmpty())
        setMessage(elsewhere.join(QLatin1Char(' ')));
}

bool EditNumberDialog::isBulk() const
{
    return m_numbers.size() > 1 || (m_applyAll && m_applyAll->isChecked());
}

Address EditNumberDialog::formAddress() const
{
    Address a;
    a.street = m_fields.value(Street)->text().trimmed();
    a.city = m_fields.value(City)->text().trimmed();
    a.state = m_fields.value(State)->text().trimmed();
    a.zip = m_fields.value(Zip)->text().trimmed();
    return a;
}

bool EditNumberDialog::addressTyped() const
{
    return !formAddress().isEmpty();
}

QList<PhoneNumber> EditNumberDialog::targets() const
{
    if (!(m_applyAll && m_applyAll->isChecked()))
        return m_numbers;
    QList<PhoneNumber> all;
    cache::SqlCache *cache = m_context.cache();
    if (!cache)
        return m_numbers;
    QSqlQuery q(cache->database());
    q.prepare(
        QStringLiteral("SELECT id, e164 FROM phone_numbers WHERE tenant_id = ? AND status <> 'RELEASED' "
                       "ORDER BY e164"));
    q.addBindValue(m_numbers.first().tenantId);
    if (q.exec()) {
        while (q.next()) {
            PhoneNumber n;
            n.id = q.value(0).toString();
            n.e164 = q.value(1).toString();
            n.tenantId = m_numbers.first().tenantId;
            all.append(n);
        }
    }
    return all.isEmpty() ? m_numbers : all;
}

bool EditNumberDialog::save()
{
    QString reason;
    WriteQueue *queue = m_context.writeQueue();
    if (!queue || !m_context.canWrite(&reason)) {
        setMessage(reason);
        return false;
    }
    if (m_entry)
        return false; // the previous save is still on its way
    setMessage({});
    const bool bulk = isBulk();
    const bool one = m_numbers.size() == 1;
    const PhoneNumber first = m_numbers.value(0);
    QLineEdit *cnamField = m_fields.value(Cnam);
    const QString cnam = cnamField ? cnamField->text() : QString();
    const Address address = formAddress();

    // What this save sets. One number: only what changed (an unchanged CNAM is not sent again, which would
    // restart its carrier sync). Apply to all: the form as it reads. Several: the fields that were filled in.
    QJsonObject fields;
    if (cnamField) {
        if (one && !bulk ? cnam != first.cnam : (one || !cnam.isEmpty()))
            fields.insert(Cnam, cnam);
    }
    const bool hadAddress = one && first.e911Address.has_value() && !first.e911Address->isEmpty();
    if (addressTyped() || (one && !bulk && hadAddress) || m_mode == Mode::AddressOnly) {
        Address current = one && first.e911Address ? *first.e911Address : Address();
        current.country = QStringLiteral("US");
        Address typed = address;
        typed.country = QStringLiteral("US");
        // A refused registration is sent again even unchanged: the provider may accept it now.
        const bool retry = one && first.e911Status.value == E911Status::Failed;
        if (bulk || m_mode == Mode::AddressOnly || !(typed == current) || retry)
            fields.insert(QStringLiteral("e911_address"), typed.toJson());
    }

    // The Partner Guide's rules, the same ones the write path applies.
    QMap<QString, QString> errors;
    for (const validation::FieldError &e :
         EditCommand::patch(QStringLiteral("phone-numbers"), first.id, fields).validate())
        errors.insert(e.field, e.message);
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    if (fields.isEmpty()) {
        setMessage(one && !bulk
                       ? tr("Nothing changed.")
                       : tr("Fill in what to set on the numbers: a field left empty is not changed."));
        return false;
    }

    if (!bulk) {
        EditCommand command = EditCommand::patch(QStringLiteral("phone-numbers"), first.id, fields);
        command.label = tr("Edit number %1").arg(numberLabel(first));
        const WriteQueue::SubmitResult result = queue->submit(command);
        if (!result.accepted) {
            QMap<QString, QString> refused;
            for (const validation::FieldError &e : result.errors)
                refused.insert(e.field, e.message);
            showErrors(refused);
            setMessage(result.reason);
            return false;
        }
        m_save->setEnabled(false);
        if (!queue->isOnline()) {
            // Kept in Pending changes and sent when the console is back online.
            Q_EMIT saved(first.id);
            accept();
            return true;
        }
        m_entry = result.entryId;
        setMessage(tr("Saving…"));
        return true;
    }

    const QList<PhoneNumber> numbers = targets();
    QList<BulkCommandRunner::Item> items;
    items.reserve(numbers.size());
    for (const PhoneNumber &n : numbers) {
        BulkCommandRunner::Item item;
        item.key = n.id;
        item.label = numberLabel(n);
        item.command = EditCommand::patch(QStringLiteral("phone-numbers"), n.id, fields);
        item.command.label = tr("Edit number %1").arg(item.label);
        items.append(item);
    }
    QStringList what;
    if (fields.contains(Cnam))
        what << (cnam.isEmpty() ? tr("the caller ID name: the tenant's default")
                                : tr("the caller ID name \"%1\"").arg(cnam));
    if (fields.contains(QStringLiteral("e911_address")))
        what << tr("the E911 address %1").arg(address.singleLine());
    const int count = int(items.size());
    const QString whose = m_applyAll && m_applyAll->isChecked()
                              ? tr("every number of %1 (%n)", nullptr, count)
                                    .arg(m_tenantName.isEmpty() ? first.tenantId : m_tenantName)
                              : tr("%n number(s)", nullptr, count);
    auto *dialog = new BulkResultDialog(queue, parentWidget());
    dialog->setOperation(m_mode == Mode::AddressOnly ? tr("Update E911 addresses") : tr("Edit numbers"),
                         tr("Set %1 on %2? Each number is updated separately; the result of each follows.")
                             .arg(what.join(tr(" and ")), whose),
                         items, tr("Update %n number(s)", nullptr, count));
    dialog->open();
    Q_EMIT bulkStarted(dialog);
    accept();
    return true;
}

} // namespace simuwave
