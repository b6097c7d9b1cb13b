#pragma once
// Port requests change status on the carrier's schedule: every status change a sync brings (the request's
// status history) becomes one desktop notification and a local event (kind "port-status"), once each, also
// across restarts. The history already there at the first complete sync of a cache is noted silently.
#include <QObject>
#include <QTimer>

namespace simuwave {

class ConsoleContext;

class PortStatusWatcher : public QObject
{
    Q_OBJECT
public:
    static QString eventKind(); // "port-status"

    explicit PortStatusWatcher(ConsoleContext &context, QObject *parent = nullptr);

    // Reads the port requests now; returns how many new status changes were notified.
    int scan();

private:
    ConsoleContext &m_context;
    QTimer m_delay;
};

} // namespace simuwave
