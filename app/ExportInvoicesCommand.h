#pragma once
// `simuwave-console export-invoices [--profile NAME | --server URL] [--data-dir DIR] [--from DATE] [--to
// DATE]
// [--status S] [--tenant T] --out DIR`: branded invoice PDFs from the offline cache, never the network, so
// it works on a plane and for the read-only role. One line per file on stdout and a summary; exit status 0
// when every invoice was written, 1 when any failed, 2 for bad arguments, 3 when there is no cache.
#include <QString>

namespace simuwave {

class ExportInvoicesCommand
{
public:
    static bool matches(int argc, char **argv);
    // Creates its own QGuiApplication (the offscreen platform unless another is set: no display needed).
    static int run(int argc, char **argv);
    static QString helpText();
};

} // namespace simuwave
