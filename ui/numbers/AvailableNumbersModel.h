#pragma once
// Numbers → Buy: the numbers a search found (GET /v1/phone-numbers/available), one row each with the
// number, its type, where it is (rate center, city and state), and what it costs: monthly and setup in
// integer cents, the per-minute rate as the decimal string the server sent (never a double). Held in
// memory: a search answers at most 100 numbers. Sorted by any column on the client. No colours.
#include "domain/Money.h"

#include <optional>
#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace simuwave {

struct AvailableNumber
{
    QString e164;          // "+15015550123"
    QString type;          // "local" | "toll_free" (raw: a new type still shows)
    QString state;         // empty for toll-free
    QString city;          // empty for toll-free
    QString rateCenter;    // empty for toll-free
    QString vanity;        // "877-OUR-FOOD" for a vanity search, else empty
    Money monthly;         // per month
    Money setup;           // once, at purchase
    QString perMinuteRate; // decimal string, e.g. "0.014"

    bool isTollFree() const { return type == QLatin1String("toll_free"); }
    // Strict: a number without e164 or with non-integer cents is refused (*why says which field).
    static std::optional<AvailableNumber> fromJson(const QJsonObject &o, QString *why = nullptr);
};

class AvailableNumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TypeColumn,
        LocationColumn, // rate center and city, state
        MonthlyColumn,
        SetupColumn,
        PerMinuteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AvailableNumbersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces every row (a new search answer), keeping the current sort.
    void setNumbers(const QList<AvailableNumber> &numbers);
    // Removes these numbers (bought, or no longer available).
    void removeNumbers(const QStringList &e164s);
    void clear() { setNumbers({}); }

    QList<AvailableNumber> numbers() const { return m_rows; }
    AvailableNumber numberAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &e164) const;

private:
    QVariant sortKey(const AvailableNumber &n, int column) const;
    void applySort();

    QList<AvailableNumber> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace simuwave
