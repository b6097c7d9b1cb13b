#pragma once
// Computes RevenueFigures off the UI thread: a year of a large cache means a few hundred thousand payments
// to read, far more than a frame. The worker opens its own read-only connection to the cache file
// (SQLite in WAL mode: it reads a consistent snapshot while the sync engine writes). Only the latest
// request matters: one arriving while a computation runs is kept and run after it, older ones dropped.
#include "revenue/RevenueFigures.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace simuwave {

class RevenueCalculator : public QObject
{
    Q_OBJECT
public:
    explicit RevenueCalculator(QObject *parent = nullptr);
    ~RevenueCalculator() override; // waits for a running computation (its connection must close)

    // `cachePath` empty or ":memory:" cannot be opened twice: compute on the caller's thread with `db`.
    void request(const QString &cachePath, const QSqlDatabase &db, const RevenueInputs &inputs,
                 RevenuePeriod period, const QDateTime &now);
    bool isBusy() const { return m_thread != nullptr || m_pending; }
    // Forget pending work and ignore the running one's answer (the cache is closing).
    void cancel();

Q_SIGNALS:
    void finished(const simuwave::RevenueFigures &figures);

private:
    struct Request
    {
        QString cachePath;
        RevenueInputs inputs;
        RevenuePeriod period;
        QDateTime now;
    };
    void start(const Request &request);

    QThread *m_thread = nullptr;
    std::optional<Request> m_pending;
    quint64 m_generation = 0;
};

} // namespace simuwave

Q_DECLARE_METATYPE(simuwave::RevenueFigures)
