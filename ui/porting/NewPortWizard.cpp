#include "porting/NewPortWizard.h"

#include "items/PhoneNumberTableModel.h"

#include "api/UploadDocumentJob.h"
#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "print/LoaPdfRenderer.h"
#include "sync/SyncEngine.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QWizardPage>

namespace simuwave {

namespace {
const QString kLoa = QStringLiteral("loa");
const QString kBill = QStringLiteral("carrier_bill");

// A page that may only be left when `check` finds nothing wrong on it.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(const QString &title, std::function<bool()> check, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_check(std::move(check))
    {
        setTitle(title);
    }
    bool validatePage() override { return m_check(); }

private:
    std::function<bool()> m_check;
};

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    l->setPalette(pal);
    return l;
}
} // namespace

NewPortWizard::NewPortWizard(ConsoleContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_numbers(new QPlainTextEdit(this))
    , m_numbersReport(errorLabel(this))
    , m_tenant(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate().addDays(21), this))
    , m_dateAdvice(new QLabel(this))
    , m_review(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("newPortWizard"));
    setWindowTitle(tr("New Port Request"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Submit"));

    // 1. Numbers
    const auto pageProblems = [this](const QStringList &keys) {
        const QMap<QString, QString> all = problems();
        QMap<QString, QString> mine;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            for (const QString &k : keys)
                if (it.key() == k || it.key().startsWith(k + QLatin1Char('.')))
                    mine.insert(it.key(), it.value());
        showProblems(mine);
        return mine.isEmpty();
    };
    auto *numbersPage =
        new CheckedPage(tr("Numbers to port"), [=] { return pageProblems({QStringLiteral("numbers")}); });
    numbersPage->setSubTitle(
        tr("Paste every number the customer wants to bring, one per line or separated by "
           "commas, in any common format."));
    m_numbers->setObjectName(QStringLiteral("portNumbers"));
    m_numbers->setAccessibleName(tr("Numbers to port"));
    m_numbers->setPlaceholderText(tr("(501) 555-0123\n501-555-0124"));
    m_numbersReport->setObjectName(QStringLiteral("error_numbers"));
    auto *nl = new QVBoxLayout(numbersPage);
    nl->addWidget(m_numbers);
    nl->addWidget(m_numbersReport);
    connect(m_numbers, &QPlainTextEdit::textChanged, this, [this] {
        QStringList issues;
        const QStringList ok = numbers(&issues);
        m_numbersReport->setText(issues.isEmpty() ? tr("%n number(s) ready.", nullptr, int(ok.size()))
                                                  : issues.join(QLatin1Char('\n')));
    });
    setPage(NumbersPage, numbersPage);

    // 2. The losing carrier's account
    auto *accountPage = new CheckedPage(tr("Current carrier account"), [=] {
        return pageProblems({QStringLiteral("current_carrier"), QStringLiteral("account_holder_name"),
                             QStringLiteral("account_number"), QStringLiteral("pin"),
                             QStringLiteral("service_address")});
    });
    accountPage->setSubTitle(
        tr("Exactly as on the customer's latest bill: mismatches are the most common reason "
           "carriers reject a port."));
    auto *form = new QFormLayout(accountPage);
    const auto add = [&](const QString &api, const QString &label, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("port_") + api);
        e->setAccessibleName(label);
        e->setPlaceholderText(placeholder);
        m_fields.insert(api, e);
        form->addRow(label, e);
        auto *err = errorLabel(this);
        err->setObjectName(QStringLiteral("error_") + api);
        err->hide();
        form->addRow(QString(), err);
        return e;
    };
    add(QStringLiteral("current_carrier"), tr("Current carrier"), tr("Verizon, AT&T, Spectrum…"));
    add(QStringLiteral("account_holder_name"), tr("Account holder name"), tr("Exactly as on the bill"));
    add(QStringLiteral("account_number"), tr("Account number"));
    add(QStringLiteral("pin"), tr("PIN or passcode"), tr("If the carrier requires one"));
    add(QStringLiteral("service_address.street"), tr("Service street"), tr("1234 Main St Suite 200"));
    add(QStringLiteral("service_address.city"), tr("Service city"));
    add(QStringLiteral("service_address.state"), tr("Service state"), tr("AR"));
    add(QStringLiteral("service_address.zip"), tr("Service ZIP"), tr("72201"));
    setPage(AccountPage, accountPage);

    // 3. Target tenant and date
    auto *targetPage = new CheckedPage(tr("Target tenant and date"), [=] {
        return pageProblems({QStringLiteral("tenant_id"), QStringLiteral("desired_date")});
    });
    auto *tf = new QFormLayout(targetPage);
    m_tenant->setObjectName(QStringLiteral("port_tenant_id"));
    m_tenant->setAccessibleName(tr("Target tenant"));
    if (cache::SqlCache *cache = context.cache()) {
        QSqlQuery q(cache->database());
        if (q.exec(
                QStringLiteral("SELECT id, name, sip_prefix FROM tenants WHERE status IN ('ACTIVE', 'TRIAL') "
                               "ORDER BY name COLLATE NOCASE")))
            while (q.next())
                m_tenant->addItem(QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString()),
                                  q.value(0).toString());
    }
    tf->addRow(tr("Target tenant"), m_tenant);
    auto *tenantError = errorLabel(this);
    tenantError->setObjectName(QStringLiteral("error_tenant_id"));
    tenantError->hide();
    tf->addRow(QString(), tenantError);
    m_date->setObjectName(QStringLiteral("port_desired_date"));
    m_date->setAccessibleName(tr("Desired port date"));
    m_date->setCalendarPopup(true);
    tf->addRow(tr("Desired port date"), m_date);
    auto *dateError = errorLabel(this);
    dateError->setObjectName(QStringLiteral("error_desired_date"));
    dateError->hide();
    tf->addRow(QString(), dateError);
    m_dateAdvice->setObjectName(QStringLiteral("portDateAdvice"));
    m_dateAdvice->setWordWrap(true);
    tf->addRow(QString(), m_dateAdvice);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dateAdvice->setText(dateAdvice()); });
    m_dateAdvice->setText(dateAdvice());
    setPage(TargetPage, targetPage);

    // 4. Documents
    auto *docsPage = new CheckedPage(tr("Signed LOA and latest bill"), [=] {
        return pageProblems({kLoa, kBill});
    });
    docsPage->setSubTitle(
        tr("PDF, PNG or JPEG, at most 10 MiB each. Generate the LOA filled from this request, "
           "have the account holder sign it, then choose the signed copy."));
    auto *dl = new QVBoxLayout(docsPage);
    auto *generate = new QPushButton(tr("&Generate LOA to Sign…"), docsPage);
    generate->setObjectName(QStringLiteral("portGenerateLoa"));
    connect(generate, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the Letter of Authorization"),
                                         LoaPdfRenderer::fileNameFor(loaInput()), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !saveLoa(path, &error))
            m_status->setText(error);
    });
    dl->addWidget(generate);
    for (const QString &kind : {kLoa, kBill}) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(
            kind == kLoa ? tr("Signed LOA: none chosen") : tr("Latest carrier bill: none chosen"), docsPage);
        label->setObjectName(QStringLiteral("portDocument_") + kind);
        label->setWordWrap(true);
        auto *choose = new QPushButton(kind == kLoa ? tr("Choose &LOA…") : tr("Choose &Bill…"), docsPage);
        choose->setObjectName(QStringLiteral("portChoose_") + kind);
        connect(choose, &QPushButton::clicked, this, [this, kind] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Document"), QString(),
                                                              tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
            QString error;
            if (!path.isEmpty() && !setDocument(kind, path, &error))
                showProblems({{kind, error}});
        });
        row->addWidget(label, 1);
        row->addWidget(choose);
        dl->addLayout(row);
        auto *err = errorLabel(docsPage);
        err->setObjectName(QStringLiteral("error_") + kind);
        err->hide();
        dl->addWidget(err);
        m_documentLabels.insert(kind, label);
    }
    dl->addStretch();
    setPage(DocumentsPage, docsPage);

    // 5. Review
    auto *reviewPage = new QWizardPage(this);
    reviewPage->setTitle(tr("Review and submit"));
    m_review->setObjectName(QStringLiteral("portReview"));
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("portSubmitStatus"));
    m_status->setWordWrap(true);
    auto *rl = new QVBoxLayout(reviewPage);
    rl->addWidget(m_review);
    rl->addStretch();
    rl->addWidget(m_status);
    setPage(ReviewPage, reviewPage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != ReviewPage)
            return;
        const QJsonObject b = requestBody();
        QStringList shown;
        for (const QString &n : numbers())
            shown << items::PhoneNumberTableModel::formatNumber(n);
        const Address a = Address::fromJson(b.value(QLatin1String("service_address")).toObject());
        m_review->setText(
            tr("Numbers: %1\nCurrent carrier: %2\nAccount holder: %3\nAccount number: %4\n"
               "Service address: %5\nTarget tenant: %6\nDesired date: %7\nDocuments: %8, %9")
                .arg(shown.join(QStringLiteral(", ")), b.value(QLatin1String("current_carrier")).toString(),
                     b.value(QLatin1String("account_holder_name")).toString(),
                     b.value(QLatin1String("account_number")).toString(), a.singleLine(),
                     m_tenant->currentText(), QLocale().toString(m_date->date(), QLocale::LongFormat),
                     QFileInfo(m_documents.value(kLoa)).fileName(),
                     QFileInfo(m_documents.value(kBill)).fileName()));
        QString reason;
        if (!m_context.canWrite(&reason))
            m_status->setText(reason);
    });

    if (WriteQueue *queue = context.writeQueue()) {
        connect(queue, &WriteQueue::commandSucceeded, this, [this](qint64 entry, const QJsonObject &record) {
            if (entry != m_entry)
                return;
            const QString id = record.value(QLatin1String("id")).toString();
            m_uploadQueue = {kLoa, kBill};
            m_status->setText(tr("Port request %1 created; uploading the documents…").arg(id));
            uploadNext(id);
        });
        connect(queue, &WriteQueue::commandRejected, this,
                [this](qint64 entry, const QMap<QString, QString> &fields, const QString &message) {
                    if (entry != m_entry)
                        return;
                    m_entry = 0;
                    showProblems(fields);
                    m_status->setText(message);
                    button(QWizard::FinishButton)->setEnabled(true);
                });
        connect(queue, &WriteQueue::commandFailed, this, [this](qint64 entry, const QString &message) {
            if (entry != m_entry)
                return;
            m_entry = 0;
            m_status->setText(message);
            button(QWizard::FinishButton)->setEnabled(true);
        });
    }
}

QStringList NewPortWizard::numbers(QStringList *problemsOut) const
{
    QStringList out, problems;
    QSet<QString> seen;
    const QStringList parts =
        m_numbers->toPlainText().split(QRegularExpression(QStringLiteral("[\\n,;]+")), Qt::SkipEmptyParts);
    cache::SqlCache *cache = m_context.cache();
    for (const QString &raw : parts) {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        const QString e164 = validation::normalizePhoneNumber(text);
        if (e164.isEmpty()) {
            problems << tr("\"%1\" is not a phone number.").arg(text);
            continue;
        }
        if (seen.contains(e164)) {
            problems << tr("%1 is listed twice.").arg(items::PhoneNumberTableModel::formatNumber(e164));
            continue;
        }
        seen.insert(e164);
        if (cache) {
            QSqlQuery q(cache->database());
            q.prepare(
                QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e164 = ? AND status <> 'RELEASED'"));
            q.addBindValue(e164);
            if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
                problems << tr("%1 is already in your inventory.")
                                .arg(items::PhoneNumberTableModel::formatNumber(e164));
                continue;
            }
            q.prepare(QStringLiteral(
                "SELECT COUNT(*) FROM port_requests WHERE numbers_json LIKE ? AND status NOT IN "
                "('COMPLETED', 'CANCELLED')"));
            q.addBindValue(QStringLiteral("%\"") + e164 + QStringLiteral("\"%"));
            if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
                problems << tr("%1 is already in an open port request.")
                                .arg(items::PhoneNumberTableModel::formatNumber(e164));
                continue;
            }
        }
        out << e164;
    }
    if (out.size() > 100)
        problems << tr("A port request takes at most 100 numbers; split the list.");
    if (problemsOut)
        *problemsOut = problems;
    return out;
}

QString NewPortWizard::dateAdvice() const
{
    return validation::portDesiredDateAdvice(m_date->date(), QDate::currentDate());
}

bool NewPortWizard::setDocument(const QString &kind, const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.exists())
        return fail(tr("%1 does not exist.").arg(path));
    if (file.size() > UploadDocumentJob::kMaxBytes)
        return fail(tr("%1 is larger than 10 MiB.").arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (UploadDocumentJob::sniffContentType(file.read(16)).isEmpty())
        return fail(tr("%1 is not a PDF, PNG or JPEG file (checked by its content, not its name).")
                        .arg(QFileInfo(path).fileName()));
    m_documents.insert(kind, path);
    m_documentLabels.value(kind)->setText(
        (kind == kLoa ? tr("Signed LOA: %1") : tr("Latest carrier bill: %1"))
            .arg(QFileInfo(path).fileName()));
    showProblems({});
    return true;
}

LoaPdfInput NewPortWizard::loaInput() const
{
    LoaPdfInput in;
    if (cache::SqlCache *cache = m_context.cache())
        in.branding = PdfBranding::fromCache(*cache);
    in.date = QDate::currentDate();
    in.accountHolderName = m_fields.value(QStringLiteral("account_holder_name"))->text().trimmed();
    in.currentCarrier = m_fields.value(QStringLiteral("current_carrier"))->text().trimmed();
    in.accountNumber = m_fields.value(QStringLiteral("account_number"))->text().trimmed();
    in.numbers = numbers();
    in.serviceAddress = Address::fromJson(requestBody().value(QLatin1String("service_address")).toObject());
    // The business is the target tenant (its name without the SIP prefix shown in the list).
    in.businessName = m_tenant->currentText().section(QStringLiteral(" ("), 0, 0);
    return in;
}

bool NewPortWizard::saveLoa(const QString &path, QString *error) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    const QString problem = LoaPdfRenderer::render(loaInput(), &out);
    if (!problem.isEmpty() || !out.commit()) {
        if (error)
            *error = problem.isEmpty() ? out.errorString() : problem;
        return false;
    }
    return true;
}

QJsonObject NewPortWizard::requestBody() const
{
    const auto text = [this](const char *api) {
        return m_fields.value(QLatin1String(api))->text().trimmed();
    };
    QJsonArray list;
    for (const QString &n : numbers())
        list.append(n);
    const Address a{text("service_address.street"), text("service_address.city"),
                    text("service_address.state").toUpper(), text("service_address.zip"),
                    QStringLiteral("US")};
    QJsonObject body{{QStringLiteral("numbers"), list},
                     {QStringLiteral("current_carrier"), text("current_carrier")},
                     {QStringLiteral("account_holder_name"), text("account_holder_name")},
                     {QStringLiteral("account_number"), text("account_number")},
                     {QStringLiteral("service_address"), a.toJson()},
                     {QStringLiteral("tenant_id"), m_tenant->currentData().toString()},
                     {QStringLiteral("desired_date"), m_date->date().toString(Qt::ISODate)}};
    if (!text("pin").isEmpty())
        body.insert(QStringLiteral("pin"), text("pin"));
    return body;
}

QMap<QString, QString> NewPortWizard::problems() const
{
    QMap<QString, QString> p;
    QStringList numberIssues;
    const QStringList list = numbers(&numberIssues);
    if (!numberIssues.isEmpty())
        p.insert(QStringLiteral("numbers"), numberIssues.join(QLatin1Char('\n')));
    else if (list.isEmpty())
        p.insert(QStringLiteral("numbers"), tr("Numbers: enter at least one number to port."));
    const auto check = [&p](const QString &field, const QString &message) {
        if (!message.isEmpty())
            p.insert(field, message);
    };
    const auto text = [this](const char *api) { return m_fields.value(QLatin1String(api))->text(); };
    check(QStringLiteral("current_carrier"),
          validation::requiredText(text("current_carrier"), tr("Current carrier"), 100));
    check(QStringLiteral("account_holder_name"),
          validation::requiredText(text("account_holder_name"), tr("Account holder name"), 100));
    check(QStringLiteral("account_number"),
          validation::requiredText(text("account_number"), tr("Account number"), 50));
    if (text("pin").trimmed().size() > 20)
        p.insert(QStringLiteral("pin"), tr("PIN: at most 20 characters."));
    for (const validation::FieldError &e : validation::e911Address(
             Address::fromJson(requestBody().value(QLatin1String("service_address")).toObject()),
             QStringLiteral("service_address")))
        p.insert(e.field, e.message);
    if (m_tenant->currentData().toString().isEmpty())
        p.insert(QStringLiteral("tenant_id"), tr("Target tenant: choose the tenant the numbers go to."));
    check(QStringLiteral("desired_date"), validation::portDesiredDate(m_date->date(), QDate::currentDate()));
    if (!m_documents.contains(kLoa))
        p.insert(kLoa, tr("Signed LOA: choose the signed letter of authorization."));
    if (!m_documents.contains(kBill))
        p.insert(kBill, tr("Latest carrier bill: choose the customer's most recent bill."));
    return p;
}

void NewPortWizard::showProblems(const QMap<QString, QString> &problems)
{
    for (QLabel *label : findChildren<QLabel *>(QRegularExpression(QStringLiteral("^error_")))) {
        const QString key = label->objectName().mid(6);
        const QString message = problems.value(key);
        if (key == QLatin1String("numbers") && message.isEmpty())
            continue; // the live report stays
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

bool NewPortWizard::submit()
{
    QString reason;
    WriteQueue *queue = m_context.writeQueue();
    if (!queue || !m_context.canWrite(&reason)) {
        m_status->setText(reason);
        return false;
    }
    if (m_entry != 0)
        return false; // already sent
    const QMap<QString, QString> p = problems();
    showProblems(p);
    if (!p.isEmpty()) {
        m_status->setText(tr("Fix the marked fields first: %1").arg(p.first()));
        return false;
    }
    EditCommand c{QStringLiteral("port-requests"),
                  QString(),
                  QStringLiteral("POST"),
                  QStringLiteral("port-requests"),
                  requestBody(),
                  QString(),
                  tr("New port request (%n number(s))", nullptr, int(numbers().size()))};
    const WriteQueue::SubmitResult result = queue->submit(c);
    if (!result.accepted) {
        QMap<QString, QString> fields;
        for (const validation::FieldError &e : result.errors)
            fields.insert(e.field, e.message);
        showProblems(fields);
        m_status->setText(result.reason);
        return false;
    }
    m_entry = result.entryId;
    button(QWizard::FinishButton)->setEnabled(false);
    m_status->setText(m_context.isOnline()
                          ? tr("Submitting…")
                          : tr("Offline: the request waits in Pending changes; upload the documents from its "
                               "details once it has been sent."));
    return true;
}

void NewPortWizard::uploadNext(const QString &portId)
{
    if (m_uploadQueue.isEmpty()) {
        const bool ok = m_uploadErrors.isEmpty();
        const QString message = ok ? tr("Port request %1 submitted with its documents.").arg(portId)
                                   : tr("Port request %1 submitted, but %2 Upload them from its details.")
                                         .arg(portId, m_uploadErrors);
        m_status->setText(message);
        if (SyncEngine *sync = m_context.syncEngine())
            sync->syncNow();
        Q_EMIT submitted(portId, ok, message);
        if (ok)
            QWizard::accept();
        return;
    }
    const QString kind = m_uploadQueue.takeFirst();
    QFile file(m_documents.value(kind));
    if (!m_context.api() || !file.open(QIODevice::ReadOnly)) {
        m_uploadErrors += tr("%1 could not be read.").arg(file.fileName()) + QLatin1Char(' ');
        uploadNext(portId);
        return;
    }
    auto *job = new UploadDocumentJob(m_context.api(), portId, kind, QFileInfo(file).fileName(),
                                      file.readAll(), this);
    connect(job, &ApiJob::finished, this, [this, portId] { uploadNext(portId); });
    connect(job, &ApiJob::failed, this, [this, portId, kind](const ApiError &e) {
        m_uploadErrors +=
            tr("the %1 upload failed (%2).").arg(kind == kLoa ? tr("LOA") : tr("bill"), e.displayText()) +
            QLatin1Char(' ');
        uploadNext(portId);
    });
    job->start();
}

void NewPortWizard::accept()
{
    // Finish = Submit; the wizard closes itself once the documents are up.
    submit();
}

QString NewPortWizard::statusText() const
{
    return m_status->text();
}

} // namespace simuwave
