#pragma once
// Turns the platform's usage alerts (a tenant reaching its alert threshold or a cap, carried by every
// tenant's usage record) into one desktop notification each and an entry in the alert list (the cache's
// local_events, kind "limit-alert", so "once" survives restarts). Looks after every committed change of
// tenant usage. The alerts already there at the first complete sync of a cache are recorded without a
// notification: they were not crossed while the console was watching.
#include <QObject>
#include <QTimer>

namespace simuwave {

class ConsoleContext;

class UsageAlertWatcher : public QObject
{
    Q_OBJECT
public:
    static QString eventKind(); // "limit-alert"

    explicit UsageAlertWatcher(ConsoleContext &context, QObject *parent = nullptr);

    // Reads the usage records now; returns how many new alerts were notified.
    int scan();

private:
    ConsoleContext &m_context;
    QTimer m_delay;
};

} // namespace simuwave
