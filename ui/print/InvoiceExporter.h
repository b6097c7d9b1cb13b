#pragma once
// Offline export of many invoices as PDFs into one folder, rendered in parallel (one QPdfWriter per task,
// one task per core): each file `<invoice-number>_<tenant-sip-prefix>.pdf` is written atomically
// (QSaveFile), so a cancelled or failed export never leaves a half-written PDF behind. Used by the
// command line (`simuwave-console export-invoices`) and the Invoices pane. Never touches the network.
#include "print/InvoicePdfRenderer.h"

#include <atomic>
#include <functional>
#include <QList>
#include <QString>

namespace simuwave {

struct InvoiceExportResult
{
    QString invoiceId;
    QString number;
    QString filePath; // written, when ok
    bool ok = false;
    QString error;
};

class InvoiceExporter
{
public:
    // Renders every input into `folder` (created if needed) on `threads` threads. `progress(done, total)`
    // is called from the worker threads; `cancel` stops before the next invoice. Results keep input order.
    static QList<InvoiceExportResult> exportAll(const QList<InvoicePdfInput> &inputs, const QString &folder,
                                                int threads,
                                                const std::function<void(int, int)> &progress = {},
                                                const std::atomic_bool *cancel = nullptr);
    // One invoice to `filePath`, atomically.
    static InvoiceExportResult exportOne(const InvoicePdfInput &input, const QString &filePath);
};

} // namespace simuwave
