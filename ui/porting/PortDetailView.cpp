#include "porting/PortDetailView.h"

#include "items/PhoneNumberTableModel.h"

#include "api/UploadDocumentJob.h"
#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "print/LoaPdfRenderer.h"
#include "sync/SyncEngine.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace simuwave {

namespace {} // namespace

PortDetailView::PortDetailView(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_rejection(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_documents(new QLabel(this))
    , m_message(new QLabel(this))
    , m_resubmit(new QPushButton(tr("Fix and &Resubmit…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Request…"), this))
    , m_upload(new QPushButton(tr("&Upload Document…"), this))
    , m_loa(new QPushButton(tr("Generate &LOA…"), this))
{
    setObjectName(QStringLiteral("portDetail"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setObjectName(QStringLiteral("portHeader"));
    m_facts->setObjectName(QStringLiteral("portFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejection->setObjectName(QStringLiteral("portRejection"));
    m_rejection->setWordWrap(true);
    m_rejection->setFrameShape(QFrame::StyledPanel);
    m_rejection->setMargin(6);
    m_timeline->setObjectName(QStringLiteral("portTimeline"));
    m_timeline->setAccessibleName(tr("Status timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Status"), tr("Note"), tr("By")});
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_documents->setObjectName(QStringLiteral("portDocuments"));
    m_documents->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("portMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_resubmit->setObjectName(QStringLiteral("portResubmit"));
    m_cancel->setObjectName(QStringLiteral("portCancel"));
    m_upload->setObjectName(QStringLiteral("portUpload"));
    m_loa->setObjectName(QStringLiteral("portLoa"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_resubmit, m_cancel, m_upload, m_loa})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_rejection);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_facts);
    left->addWidget(m_documents);
    left->addStretch();
    columns->addLayout(left, 2);
    columns->addWidget(m_timeline, 3);
    layout->addLayout(columns, 1);

    connect(m_resubmit, &QPushButton::clicked, this, &PortDetailView::openResubmitDialog);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Cancel Port Request"), tr("Why is it cancelled? (optional, at most 500 characters)"),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            cancelRequest(note);
    });
    connect(m_upload, &QPushButton::clicked, this, [this] {
        QStringList kinds{tr("Signed LOA"), tr("Latest carrier bill")};
        bool ok = false;
        const QString kind =
            QInputDialog::getItem(this, tr("Upload Document"), tr("Document"), kinds, 0, false, &ok);
        if (!ok)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Upload Document"), QString(),
                                                          tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!uploadDocument(kind == kinds.first() ? QStringLiteral("loa") : QStringLiteral("carrier_bill"),
                            path, &error))
            QMessageBox::warning(this, tr("Upload Document"), error);
    });
    connect(m_loa, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the Letter of Authorization"),
                                         QStringLiteral("LOA_%1.pdf").arg(m_id), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !saveLoa(path, &error))
            QMessageBox::warning(this, tr("Generate LOA"), error);
    });
    connect(&context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::PortRequests && !m_id.isEmpty() &&
            (change.reset || change.upsertedIds.contains(m_id) || change.deletedIds.contains(m_id)))
            reload();
    });
    connect(&context, &ConsoleContext::writeAccessChanged, this, &PortDetailView::updateActions);
    connect(&context, &ConsoleContext::onlineChanged, this, &PortDetailView::updateActions);
    showPort(QString());
}

void PortDetailView::showPort(const QString &portId)
{
    m_id = portId;
    m_message->hide();
    reload();
}

void PortDetailView::reload()
{
    cache::SqlCache *cache = m_context.cache();
    m_port = (cache && !m_id.isEmpty()) ? cache->portRequest(m_id) : std::nullopt;
    m_timeline->clear();
    if (!m_port) {
        m_header->setText(m_id.isEmpty() ? tr("Select a port request to see its timeline.")
                                         : tr("Not in the cache."));
        m_facts->clear();
        m_documents->clear();
        m_rejection->hide();
        updateActions();
        return;
    }
    const PortRequest &p = *m_port;
    const QLocale locale;
    m_header->setText(
        tr("Port of %n number(s) — %1", nullptr, int(p.numbers.size())).arg(displayName(p.status.value)));
    QStringList numbers;
    for (const QString &n : p.numbers)
        numbers << items::PhoneNumberTableModel::formatNumber(n);
    const auto tenant = cache->tenant(p.tenantId);
    const auto date = [&locale](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    QString address;
    if (p.serviceAddress)
        address = QStringLiteral("%1, %2, %3 %4")
                      .arg(p.serviceAddress->street, p.serviceAddress->city, p.serviceAddress->state,
                           p.serviceAddress->zip);
    m_facts->setText(tr("Numbers: %1\nTarget tenant: %2\nCurrent carrier: %3\nAccount holder: %4\n"
                        "Account number: %5   PIN: %6\nService address: %7\nDesired date: %8   FOC date: %9")
                         .arg(numbers.join(QStringLiteral(", ")), tenant ? tenant->name : p.tenantId,
                              p.currentCarrier, p.accountHolderName, p.accountNumber,
                              p.pinSet ? tr("on file") : tr("none"), address, date(p.desiredDate),
                              p.focDate.isValid() ? date(p.focDate) : tr("not yet")));
    if (p.status.value == PortStatus::Rejected) {
        m_rejection->setText(tr("Rejected: %1\nHow to fix it: %2")
                                 .arg(p.rejectionReason.isEmpty() ? p.rejectionCode : p.rejectionReason,
                                      p.rejectionFix.isEmpty()
                                          ? tr("Check the details against the carrier bill.")
                                          : p.rejectionFix));
        m_rejection->show();
    } else {
        m_rejection->hide();
    }
    // Newest last, as a timeline reads.
    for (const PortStatusChange &c : p.statusHistory.value_or(QList<PortStatusChange>{})) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, locale.toString(c.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, displayName(c.status.value));
        item->setText(2, c.note);
        item->setText(3, c.actor);
        item->setToolTip(2, c.note);
    }
    for (int c = 0; c < m_timeline->columnCount() - 1; ++c)
        m_timeline->resizeColumnToContents(c);
    QStringList docs;
    for (const QJsonValue &v : p.documents) {
        const QJsonObject d = v.toObject();
        const QString kind = d.value(QLatin1String("kind")).toString() == QLatin1String("loa")
                                 ? tr("Signed LOA")
                                 : tr("Carrier bill");
        docs << tr("%1: %2 (%3)")
                    .arg(kind, d.value(QLatin1String("filename")).toString(),
                         locale.formattedDataSize(d.value(QLatin1String("size_bytes")).toInteger()));
    }
    m_documents->setText(docs.isEmpty()
                             ? tr("No documents uploaded yet: the carrier needs the signed LOA and the "
                                  "latest bill.")
                             : tr("Documents:\n%1").arg(docs.join(QLatin1Char('\n'))));
    updateActions();
}

QString PortDetailView::rejectionText() const
{
    return m_rejection->isHidden() ? QString() : m_rejection->text();
}

void PortDetailView::updateActions()
{
    QString reason;
    const bool canWrite = m_context.canWrite(&reason);
    const PortStatus s = m_port ? m_port->status.value : PortStatus::Unknown;
    const auto set = [&](QPushButton *b, bool allowed, const QString &why) {
        b->setEnabled(canWrite && allowed);
        b->setToolTip(!canWrite ? reason : allowed ? QString() : why);
    };
    const QString pick = tr("Select a port request first.");
    set(m_resubmit, s == PortStatus::Rejected,
        m_port ? tr("Only a rejected request can be resubmitted.") : pick);
    set(m_cancel, m_port && isPortOpen(s),
        m_port ? tr("A completed or cancelled request cannot be cancelled.") : pick);
    set(m_upload, m_port && isPortOpen(s) && m_context.isOnline() && m_context.api(),
        !m_port          ? pick
        : !isPortOpen(s) ? tr("Documents cannot be added to a closed request.")
                         : tr("Uploading needs a connection."));
    m_loa->setEnabled(bool(m_port)); // reading only: allowed for every role
    m_loa->setToolTip(m_port ? tr("A letter of authorization filled from this request, ready to sign.")
                             : pick);
}

bool PortDetailView::resubmit(const QJsonObject &corrections, QMap<QString, QString> *fieldErrors)
{
    WriteQueue *queue = m_context.writeQueue();
    if (!m_port || !queue || !m_resubmit->isEnabled())
        return false;
    QMap<QString, QString> errors;
    const auto text = [&](const char *k) { return corrections.value(QLatin1String(k)).toString(); };
    if (corrections.contains(QLatin1String("current_carrier")))
        if (const QString e = validation::requiredText(text("current_carrier"), tr("Current carrier"), 100);
            !e.isEmpty())
            errors.insert(QStringLiteral("current_carrier"), e);
    if (corrections.contains(QLatin1String("account_holder_name")))
        if (const QString e =
                validation::requiredText(text("account_holder_name"), tr("Account holder name"), 100);
            !e.isEmpty())
            errors.insert(QStringLiteral("account_holder_name"), e);
    if (corrections.contains(QLatin1String("account_number")))
        if (const QString e = validation::requiredText(text("account_number"), tr("Account number"), 50);
            !e.isEmpty())
            errors.insert(QStringLiteral("account_number"), e);
    if (corrections.contains(QLatin1String("service_address")))
        for (const validation::FieldError &e : validation::e911Address(
                 Address::fromJson(corrections.value(QLatin1String("service_address")).toObject()),
                 QStringLiteral("service_address")))
            errors.insert(e.field, e.message);
    if (fieldErrors)
        *fieldErrors = errors;
    if (!errors.isEmpty())
        return false;
    EditCommand c =
        EditCommand::action(QStringLiteral("port-requests"), m_id, QStringLiteral("resubmit"), corrections);
    c.label = tr("Resubmit port request");
    const auto result = queue->submit(c);
    if (!result.accepted) {
        if (fieldErrors)
            for (const validation::FieldError &e : result.errors)
                fieldErrors->insert(e.field, e.message);
        return false;
    }
    m_message->setText(tr("Resubmitted: the request goes back to Pending."));
    m_message->show();
    return true;
}

bool PortDetailView::cancelRequest(const QString &note)
{
    WriteQueue *queue = m_context.writeQueue();
    if (!m_port || !queue || !m_cancel->isEnabled())
        return false;
    QJsonObject body;
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed().left(500));
    EditCommand c =
        EditCommand::action(QStringLiteral("port-requests"), m_id, QStringLiteral("cancel"), body);
    c.label = tr("Cancel port request");
    return queue->submit(c).accepted;
}

bool PortDetailView::uploadDocument(const QString &kind, const QString &filePath, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_port || !m_upload->isEnabled())
        return fail(m_upload->toolTip());
    QFile file(filePath);
    if (file.size() > UploadDocumentJob::kMaxBytes)
        return fail(tr("%1 is larger than 10 MiB.").arg(filePath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(filePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (UploadDocumentJob::sniffContentType(data).isEmpty())
        return fail(tr("%1 is not a PDF, PNG or JPEG file (checked by its content).").arg(filePath));
    auto *job =
        new UploadDocumentJob(m_context.api(), m_id, kind, QFileInfo(filePath).fileName(), data, this);
    connect(job, &ApiJob::finished, this, [this] {
        m_message->setText(tr("Document uploaded; the next sync shows it."));
        m_message->show();
        if (SyncEngine *sync = m_context.syncEngine())
            sync->syncNow();
        Q_EMIT uploadFinished(true, m_message->text());
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &e) {
        m_message->setText(tr("Upload failed: %1").arg(e.displayText()));
        m_message->show();
        Q_EMIT uploadFinished(false, m_message->text());
    });
    job->start();
    return true;
}

bool PortDetailView::saveLoa(const QString &filePath, QString *error)
{
    cache::SqlCache *cache = m_context.cache();
    if (!m_port || !cache)
        return false;
    LoaPdfInput in;
    in.branding = PdfBranding::fromCache(*cache);
    in.date = QDate::currentDate();
    in.accountHolderName = m_port->accountHolderName;
    if (const auto tenant = cache->tenant(m_port->tenantId))
        in.businessName = tenant->name;
    in.currentCarrier = m_port->currentCarrier;
    in.numbers = m_port->numbers;
    in.serviceAddress = m_port->serviceAddress.value_or(Address{});
    // The API shows the account number masked ("•••• 2291"): the customer writes it in.
    if (!m_port->accountNumber.contains(QChar(0x2022)) && !m_port->accountNumber.contains(QLatin1Char('*')))
        in.accountNumber = m_port->accountNumber;
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    const QString problem = LoaPdfRenderer::render(in, &out);
    if (!problem.isEmpty() || !out.commit()) {
        if (error)
            *error = problem.isEmpty() ? out.errorString() : problem;
        return false;
    }
    return true;
}

void PortDetailView::openResubmitDialog()
{
    if (!m_port)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("portResubmitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Fix and Resubmit"));
    auto *form = new QFormLayout;
    const auto add = [&](const QString &label, const QString &value) {
        auto *e = new QLineEdit(value, dialog);
        e->setAccessibleName(label);
        form->addRow(label, e);
        return e;
    };
    auto *hint = new QLabel(rejectionText(), dialog);
    hint->setWordWrap(true);
    QLineEdit *carrier = add(tr("Current carrier"), m_port->currentCarrier);
    QLineEdit *holder = add(tr("Account holder name (exactly as on the bill)"), m_port->accountHolderName);
    QLineEdit *account = add(tr("Account number (blank: unchanged)"), QString());
    QLineEdit *pin = add(tr("PIN (blank: unchanged)"), QString());
    const Address a = m_port->serviceAddress.value_or(Address{});
    QLineEdit *street = add(tr("Service street"), a.street);
    QLineEdit *city = add(tr("Service city"), a.city);
    QLineEdit *state = add(tr("Service state"), a.state);
    QLineEdit *zip = add(tr("Service ZIP"), a.zip);
    auto *errors = new QLabel(dialog);
    errors->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->addButton(tr("Resubmit"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(errors);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QJsonObject body{{QStringLiteral("current_carrier"), carrier->text().trimmed()},
                         {QStringLiteral("account_holder_name"), holder->text().trimmed()}};
        if (!account->text().trimmed().isEmpty())
            body.insert(QStringLiteral("account_number"), account->text().trimmed());
        if (!pin->text().trimmed().isEmpty())
            body.insert(QStringLiteral("pin"), pin->text().trimmed());
        const Address fixed{street->text().trimmed(), city->text().trimmed(), state->text().trimmed(),
                            zip->text().trimmed(), QStringLiteral("US")};
        body.insert(QStringLiteral("service_address"), fixed.toJson());
        QMap<QString, QString> fieldErrors;
        if (resubmit(body, &fieldErrors)) {
            dialog->accept();
            return;
        }
        QStringList lines;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
            lines << it.value();
        errors->setText(lines.join(QLatin1Char('\n')));
    });
    dialog->open();
}

} // namespace simuwave
