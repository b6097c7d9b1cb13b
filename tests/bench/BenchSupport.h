#pragma once
// What the sync-driven benchmarks share: printing a figure at once, and one sync run to its end.
#include "sync/SyncEngine.h"

#include <cstdio>
#include <QEventLoop>
#include <QString>

namespace simuwave::bench {

inline void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// One sync run to its end (bench only: a nested loop keeps the in-process sandbox answering).
inline SyncSummary runSync(SyncEngine &engine)
{
    QEventLoop loop;
    SyncSummary out;
    auto c = QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](const SyncSummary &s) {
        out = s;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    QObject::disconnect(c);
    return out;
}

} // namespace simuwave::bench
