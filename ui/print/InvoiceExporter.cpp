#include "print/InvoiceExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <thread>
#include <vector>

namespace simuwave {

InvoiceExportResult InvoiceExporter::exportOne(const InvoicePdfInput &input, const QString &filePath)
{
    InvoiceExportResult r;
    r.invoiceId = input.invoice.id;
    r.number = input.invoice.number;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = file.errorString();
        return r;
    }
    r.error = InvoicePdfRenderer::render(input, &file);
    if (!r.error.isEmpty()) {
        file.cancelWriting(); // nothing half-written replaces anything
        return r;
    }
    if (!file.commit()) {
        r.error = file.errorString();
        return r;
    }
    r.ok = true;
    r.filePath = filePath;
    return r;
}

QList<InvoiceExportResult> InvoiceExporter::exportAll(const QList<InvoicePdfInput> &inputs,
                                                      const QString &folder, int threads,
                                                      const std::function<void(int, int)> &progress,
                                                      const std::atomic_bool *cancel)
{
    QList<InvoiceExportResult> results(inputs.size());
    if (!QDir().mkpath(folder)) {
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            results[i].invoiceId = inputs.at(i).invoice.id;
            results[i].number = inputs.at(i).invoice.number;
            results[i].error =
                QCoreApplication::translate("simuwave::InvoiceExporter", "The folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(folder));
        }
        return results;
    }
    const QDir dir(folder);
    std::atomic_int next{0};
    std::atomic_int done{0};
    const int total = int(inputs.size());
    const auto work = [&] {
        for (int i = next++; i < total; i = next++) {
            if (cancel && cancel->load()) {
                results[i].invoiceId = inputs.at(i).invoice.id;
                results[i].number = inputs.at(i).invoice.number;
                results[i].error = QCoreApplication::translate("simuwave::InvoiceExporter", "Cancelled.");
                continue;
            }
            const InvoicePdfInput &in = inputs.at(i);
            const QString sip = in.tenant ? in.tenant->sipPrefix : in.invoice.tenantId;
            results[i] = exportOne(in, dir.filePath(InvoicePdfRenderer::fileNameFor(in.invoice, sip)));
            const int d = ++done;
            if (progress)
                progress(d, total);
        }
    };
    const int n = std::max(1, std::min(threads, total));
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return results;
}

} // namespace simuwave
