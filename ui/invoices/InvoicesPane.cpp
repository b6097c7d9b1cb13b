#include "invoices/InvoicesPane.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "invoices/InvoiceDetailView.h"
#include "items/ItemRoles.h"
#include "main/ConsoleContext.h"
#include "print/InvoiceExporter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QThread>

#include "items/InvoiceTableModel.h"
#include <atomic>
#include <memory>

namespace simuwave {

InvoicesPane::InvoicesPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return InvoicesPane::tr("%n invoice(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Your tenants' invoices appear here once the console has synced."));
    // The list above, the selected invoice below.
    m_detail = new InvoiceDetailView(context, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("invoicesSplitter"));
    paneLayout()->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // 3:2 from the start too: by their size hints alone the details took most of the height.
    splitter->setSizes({600, 400});
    auto *exportButton = new QPushButton(tr("&Export PDFs…"), this);
    exportButton->setObjectName(QStringLiteral("invoicesExport"));
    exportButton->setToolTip(tr("Save the selected invoices, or every invoice of the current filter, as PDFs "
                                "into a folder. Works offline."));
    // Issue-date range, and the stats of whatever the filter shows.
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useFrom->setObjectName(QStringLiteral("invoicesUseFrom"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_from->setObjectName(QStringLiteral("invoicesFrom"));
    m_from->setAccessibleName(tr("Issued from"));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("To"), this);
    m_useTo->setObjectName(QStringLiteral("invoicesUseTo"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("invoicesTo"));
    m_to->setAccessibleName(tr("Issued to"));
    m_to->setCalendarPopup(true);
    const auto applyRange = [this] {
        if (auto *m = qobject_cast<items::InvoiceTableModel *>(model()))
            m->setIssueDateRange(m_useFrom->isChecked() ? m_from->date() : QDate(),
                                 m_useTo->isChecked() ? m_to->date() : QDate());
    };
    connect(m_useFrom, &QCheckBox::toggled, this, applyRange);
    connect(m_useTo, &QCheckBox::toggled, this, applyRange);
    connect(m_from, &QDateEdit::dateChanged, this, applyRange);
    connect(m_to, &QDateEdit::dateChanged, this, applyRange);
    // The date edits' own line edits speak for them too.
    for (QDateEdit *edit : {m_from, m_to}) {
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setAccessibleName(edit->accessibleName());
    }
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("invoicesStats"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(exportButton);
    bar->addSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *>{m_useFrom, m_from, m_useTo, m_to})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_stats);
    static_cast<QBoxLayout *>(paneLayout())->addLayout(bar);
    paneLayout()->addWidget(splitter);
    connect(exportButton, &QPushButton::clicked, this, &InvoicesPane::chooseExportFolder);
    connect(view(), &RecordTableView::currentRecordChanged, m_detail, &InvoiceDetailView::showInvoice);
    connect(m_detail, &InvoiceDetailView::exportRequested, this, &InvoicesPane::savePdf);
    connect(m_detail, &InvoiceDetailView::printRequested, this, &InvoicesPane::printPreview);
    view()->addFilter(
        QStringLiteral("invoiceStatusFilter"), tr("Invoice status"),
        {{tr("All"), QVariant()},
         {displayName(InvoiceStatus::Draft), QVariant(int(InvoiceStatus::Draft))},
         {displayName(InvoiceStatus::Sent), QVariant(int(InvoiceStatus::Sent))},
         {displayName(InvoiceStatus::PartiallyPaid), QVariant(int(InvoiceStatus::PartiallyPaid))},
         {displayName(InvoiceStatus::Paid), QVariant(int(InvoiceStatus::Paid))},
         {displayName(InvoiceStatus::Overdue), QVariant(int(InvoiceStatus::Overdue))},
         {displayName(InvoiceStatus::Cancelled), QVariant(int(InvoiceStatus::Cancelled))}},
        [this](const QVariant &value) {
            if (auto *m = qobject_cast<items::InvoiceTableModel *>(model()))
                m->setStatusFilter(value.isValid() ? QList<InvoiceStatus>{InvoiceStatus(value.toInt())}
                                                   : QList<InvoiceStatus>());
        });
}

QString InvoicesPane::id() const
{
    return QStringLiteral("invoices");
}

QString InvoicesPane::title() const
{
    return tr("Invoices");
}

void InvoicesPane::chooseExportFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export invoices as PDFs into"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(
        context().settings().value(QStringLiteral("print/exportFolder"), QDir::homePath()).toString());
    connect(dialog, &QFileDialog::fileSelected, this, &InvoicesPane::exportTo);
    dialog->open(); // no nested event loop
}

void InvoicesPane::exportTo(const QString &folder)
{
    cache::SqlCache *cache = context().cache();
    if (!cache || !model() || m_exportThread)
        return;
    context().settings().setValue(QStringLiteral("print/exportFolder"), folder);
    QStringList ids;
    const QModelIndexList rows = view()->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(items::RecordIdRole).toString();
    if (ids.size() < 2) // one row is just the current one: export what the filter shows
        ids = model()->matchingRecordIds();
    const QString paper = context().settings().value(QStringLiteral("print/paperSize")).toString();
    auto inputs = std::make_shared<QList<InvoicePdfInput>>();
    for (const QString &id : std::as_const(ids)) {
        if (auto in = InvoicePdfInput::fromCache(*cache, id)) {
            in->pageSize = paper == QLatin1String("letter") ? QPageSize::Letter
                           : paper == QLatin1String("a4")   ? QPageSize::A4
                                                            : InvoicePdfRenderer::defaultPageSize();
            inputs->append(*in);
        }
    }
    auto *progress = new QProgressDialog(tr("Exporting %n invoice(s)…", nullptr, int(inputs->size())),
                                         tr("Cancel"), 0, int(inputs->size()), this);
    progress->setObjectName(QStringLiteral("invoicesExportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto results = std::make_shared<QList<InvoiceExportResult>>();
    QPointer<QProgressDialog> guard(progress);
    m_exportThread = QThread::create([inputs, folder, cancel, results, guard] {
        *results = InvoiceExporter::exportAll(
            *inputs, folder, QThread::idealThreadCount(),
            [guard](int done, int) {
                QMetaObject::invokeMethod(guard, [guard, done] {
                    if (guard)
                        guard->setValue(done);
                });
            },
            cancel.get());
    });
    connect(m_exportThread, &QThread::finished, this, [this, results, folder, guard] {
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        if (guard)
            guard->close();
        int written = 0;
        QStringList problems;
        for (const InvoiceExportResult &r : std::as_const(*results)) {
            if (r.ok)
                ++written;
            else
                problems << tr("%1: %2").arg(r.number, r.error);
        }
        Q_EMIT exportFinished(written, int(problems.size()), folder);
        if (!problems.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export invoices"),
                                        tr("%1 of %2 invoices were written to %3; these were not:")
                                            .arg(written)
                                            .arg(results->size())
                                            .arg(QDir::toNativeSeparators(folder)),
                                        QMessageBox::Ok, this);
            box->setDetailedText(problems.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    m_exportThread->start();
}

void InvoicesPane::savePdf(const QString &invoiceId)
{
    cache::SqlCache *cache = context().cache();
    const auto input = cache ? InvoicePdfInput::fromCache(*cache, invoiceId) : std::nullopt;
    if (!input)
        return;
    const QString sip = input->tenant ? input->tenant->sipPrefix : input->invoice.tenantId;
    auto *dialog = new QFileDialog(this, tr("Save invoice as PDF"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(InvoicePdfRenderer::fileNameFor(input->invoice, sip));
    connect(dialog, &QFileDialog::fileSelected, this, [this, in = *input](const QString &file) {
        const InvoiceExportResult r = InvoiceExporter::exportOne(in, file);
        if (!r.ok)
            QMessageBox::warning(this, tr("Save invoice as PDF"), r.error);
    });
    dialog->open();
}

void InvoicesPane::printPreview(const QString &invoiceId)
{
    cache::SqlCache *cache = context().cache();
    const auto input = cache ? InvoicePdfInput::fromCache(*cache, invoiceId) : std::nullopt;
    if (!input)
        return;
    auto *preview = new QPrintPreviewDialog(this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [in = *input](QPrinter *printer) { InvoicePdfRenderer::print(in, printer); });
    preview->open();
}

items::LazySqlTableModel *InvoicesPane::createModel(cache::SqlCache *cache)
{
    auto *m = new items::InvoiceTableModel(cache);
    // Stats for the current filter, each time its count is known (after every filter, search or sync change).
    connect(m, &items::LazySqlTableModel::rowCountKnown, this, &InvoicesPane::updateStats);
    if (m_useFrom && (m_useFrom->isChecked() || m_useTo->isChecked()))
        m->setIssueDateRange(m_useFrom->isChecked() ? m_from->date() : QDate(),
                             m_useTo->isChecked() ? m_to->date() : QDate());
    return m;
}

void InvoicesPane::updateStats()
{
    if (!model())
        return;
    const QVariantList v = model()->aggregate(
        {QStringLiteral("COUNT(*)"), QStringLiteral("TOTAL(n.status = 'paid')"),
         QStringLiteral("TOTAL(n.status IN ('sent', 'partially_paid', 'overdue'))"),
         QStringLiteral(
             "TOTAL(CASE WHEN n.status IN ('sent', 'partially_paid', 'overdue') THEN n.due_cents END)")});
    if (v.size() != 4)
        return;
    const QLocale locale;
    m_stats->setText(tr("%1 invoices · %2 paid · %3 unpaid · %4 outstanding")
                         .arg(locale.toString(v.at(0).toLongLong()), locale.toString(v.at(1).toLongLong()),
                              locale.toString(v.at(2).toLongLong()),
                              Money::fromCents(v.at(3).toLongLong()).format(locale)));
    m_stats->setProperty("outstandingCents", v.at(3).toLongLong());
    m_stats->setProperty("invoiceCount", v.at(0).toLongLong());
}

bool InvoicesPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const InvoiceStatus value = invoiceStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("invoiceStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
