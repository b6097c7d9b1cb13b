#include "invoices/InvoicesPane.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "invoices/InvoiceDetailView.h"
#include "items/ItemRoles.h"
#include "main/ConsoleContext.h"
#include "print/InvoiceExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLayout>
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
    auto *exportButton = new QPushButton(tr("&Export PDFs…"), this);
    exportButton->setObjectName(QStringLiteral("invoicesExport"));
    exportButton->setToolTip(tr("Save the selected invoices, or every invoice of the current filter, as PDFs "
                                "into a folder. Works offline."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(exportButton);
    bar->addStretch();
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
    return new items::InvoiceTableModel(cache);
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
