#include "revenue/RevenueCalculator.h"

#include <atomic>
#include <memory>
#include <QThread>

namespace simuwave {

namespace {
std::atomic_int connectionCounter{0};
}

RevenueCalculator::RevenueCalculator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RevenueFigures>();
}

RevenueCalculator::~RevenueCalculator()
{
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RevenueCalculator::request(const QString &cachePath, const QSqlDatabase &db, const RevenueInputs &inputs,
                                RevenuePeriod period, const QDateTime &now)
{
    if (cachePath.isEmpty() || cachePath == QLatin1String(":memory:")) {
        ++m_generation;
        Q_EMIT finished(RevenueFigures::compute(db, inputs, period, now));
        return;
    }
    const Request r{cachePath, inputs, period, now};
    if (m_thread) {
        m_pending = r;
        return;
    }
    start(r);
}

void RevenueCalculator::cancel()
{
    m_pending.reset();
    ++m_generation;
}

void RevenueCalculator::start(const Request &request)
{
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<RevenueFigures>();
    m_thread = QThread::create([request, result] {
        const QString name = QStringLiteral("simuwave-revenue-%1").arg(++connectionCounter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(request.cachePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                *result = RevenueFigures::compute(db, request.inputs, request.period, request.now);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_thread->setObjectName(QStringLiteral("revenue"));
    connect(m_thread, &QThread::finished, this, [this, result, generation] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (generation == m_generation && !m_pending) // a newer request supersedes this answer
            Q_EMIT finished(*result);
        if (m_pending) {
            const Request next = *m_pending;
            m_pending.reset();
            start(next);
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace simuwave
