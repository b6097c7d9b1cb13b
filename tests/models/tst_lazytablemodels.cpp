// The lazy SQL-backed item models (models/items) over a real SQLite cache file filled through the
// cache's applyPage: row counts, sort order per column against an order computed here from the
// generated records, filters and search, lazy block loading, change notifications and the generation
// counter. Every model runs under QAbstractItemModelTester (Fatal).
#include "cache/SqlCache.h"
#include "items/InvoiceTableModel.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "items/PortRequestTableModel.h"
#include "items/TenantTableModel.h"

#include <algorithm>
#include <functional>
#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace simuwave;
using namespace simuwave::cache;
using namespace simuwave::items;

namespace {

constexpr int kTenants = 60;
constexpr int kNumbers = 3000;
constexpr int kInvoices = 1200;

const QDateTime kBase(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

// Loads every row of `model` (block by block, as a view would) and answers the record ids in row order.
QStringList allIds(LazySqlTableModel *model)
{
    for (int r = 0; r < model->rowCount(); r += LazySqlTableModel::kBlockSize)
        model->data(model->index(r, 0));
    auto loaded = [model] {
        for (int r = 0; r < model->rowCount(); r += LazySqlTableModel::kBlockSize) {
            if (!model->isRowLoaded(r) ||
                !model->isRowLoaded(qMin(r + LazySqlTableModel::kBlockSize, model->rowCount()) - 1))
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(loaded, 10000))
        return {QStringLiteral("<not loaded>")};
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.append(model->data(model->index(r, 0), RecordIdRole).toString());
    return ids;
}

bool waitCount(LazySqlTableModel *model, int expected)
{
    return QTest::qWaitFor([&] { return model->isRowCountKnown() && model->rowCount() == expected; }, 10000);
}

template<typename T, typename Key> QStringList sortedIds(const QList<T> &records, Key key)
{
    // Index = generation order = row_id order (rows are appended as the pages arrive).
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return key(records.at(a)) < key(records.at(b)); });
    QStringList ids;
    for (int i : order)
        ids.append(records.at(i).id);
    return ids;
}

QStringList reversed(QStringList l)
{
    std::reverse(l.begin(), l.end());
    return l;
}

// SQLite orders NULL first and compares text byte-wise (BINARY) or ASCII case-folded (NOCASE).
struct TextKey
{
    bool present = false;
    std::string bytes;
    auto operator<=>(const TextKey &) const = default;
};
TextKey binaryKey(const QString &s, bool isNull = false)
{
    return {!isNull && !s.isNull(), s.toUtf8().toStdString()};
}
TextKey nocaseKey(const QString &s, bool isNull = false)
{
    return {!isNull && !s.isNull(), s.toUtf8().toLower().toStdString()};
}

} // namespace

class TestLazyTableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tenantsCountAndSort_data();
    void tenantsCountAndSort();
    void tenantsFilterAndSearch();

    void numbersSort_data();
    void numbersSort();
    void numbersFilters();
    void numbersSearch_data();
    void numbersSearch();
    void numbersDisplay();
    void numbersLazyLoading();
    void numbersGenerationDropsStaleRows();
    void numbersChangeNotifications();

    void invoicesSortAndFilters();
    void invoicesSearchAndDisplay();
    void portRequests();
    void inMemoryCache();

private:
    bool apply(const RecordPage &page);
    template<typename M> std::unique_ptr<M> makeModel()
    {
        auto m = std::make_unique<M>(m_cache.get());
        new QAbstractItemModelTester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m.get());
        return m;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqlCache> m_cache;
    QList<Tenant> m_tenants;
    QList<PhoneNumber> m_numbers;
    QList<Invoice> m_invoices;
    QHash<QString, QString> m_tenantName;
};

bool TestLazyTableModels::apply(const RecordPage &page)
{
    QString error;
    SyncState state;
    state.lastSyncedAt = QDateTime::currentDateTimeUtc();
    const bool ok = m_cache->applyPage(page, state, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

void TestLazyTableModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = std::make_unique<SqlCache>();
    QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).usable);
    QRandomGenerator rng(7);

    static const char *tenantStatuses[] = {"TRIAL", "ACTIVE", "ACTIVE", "SUSPENDED", "CANCELLED", "ARCHIVED"};
    static const char *words[] = {"acme",  "Globex", "initech", "Umbrella",
                                  "hooli", "Stark",  "wayne",   "Tyrell"};
    RecordPage tenants;
    tenants.resource = Resource::Tenants;
    for (int i = 0; i < kTenants; ++i) {
        Tenant t;
        t.id = QStringLiteral("tnt_%1").arg(i, 4, 10, QLatin1Char('0'));
        t.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(words[rng.bounded(8)]))
                     .arg(QLatin1String(words[rng.bounded(8)]))
                     .arg(i);
        t.sipPrefix = QStringLiteral("sp%1x").arg(1000 + rng.bounded(9000));
        t.billingEmail = QStringLiteral("billing%1@%2.example.org")
                             .arg(i)
                             .arg(QString::fromLatin1(words[i % 8]).toLower());
        t.status = statusFromApi<TenantStatus>(QLatin1String(tenantStatuses[rng.bounded(6)]));
        t.counts = {rng.bounded(50), rng.bounded(500), rng.bounded(100)};
        t.createdAt = kBase.addSecs(qint64(rng.bounded(1000000)));
        t.updatedAt = kBase;
        m_tenantName.insert(t.id, t.name);
        tenants.tenants.append(t);
    }
    QVERIFY(apply(tenants));
    m_tenants = tenants.tenants;

    static const char *numberStatuses[] = {"ACTIVE", "ACTIVE", "PENDING", "RELEASED", "PORTING"};
    static const char *cnamStatuses[] = {"synced", "pending", "failed"};
    static const char *e911Statuses[] = {"registered", "registered", "not_set", "pending", "failed"};
    static const char *flows[] = {"Main IVR", "Sales queue", "Voicemail"};
    QSet<QString> used;
    for (int page = 0; page < kNumbers / 500; ++page) {
        RecordPage p;
        p.resource = Resource::PhoneNumbers;
        for (int i = 0; i < 500; ++i) {
            PhoneNumber n;
            n.id = QStringLiteral("pn_%1").arg(page * 500 + i, 6, 10, QLatin1Char('0'));
            do {
                n.e164 = rng.bounded(20) == 0
                             ? QStringLiteral("+44%1").arg(7000000000LL + rng.bounded(999999999))
                             : QStringLiteral("+1%1%2")
                                   .arg(200 + rng.bounded(800))
                                   .arg(2000000 + rng.bounded(7999999));
            } while (used.contains(n.e164));
            used.insert(n.e164);
            n.type = QStringLiteral("local");
            n.tenantId = rng.bounded(10) == 0 ? QString() : m_tenants.at(rng.bounded(kTenants)).id;
            n.status = statusFromApi<NumberStatus>(QLatin1String(numberStatuses[rng.bounded(5)]));
            n.callFlow = rng.bounded(3) == 0 ? QString() : QLatin1String(flows[rng.bounded(3)]);
            n.cnam = rng.bounded(4) == 0 ? QString() : QStringLiteral("CALLER %1").arg(rng.bounded(1000));
            n.cnamStatus = statusFromApi<CnamStatus>(QLatin1String(cnamStatuses[rng.bounded(3)]));
            n.e911Status = statusFromApi<E911Status>(QLatin1String(e911Statuses[rng.bounded(5)]));
            n.monthly = Money::fromCents(100 + rng.bounded(900));
            n.createdAt = kBase;
            n.updatedAt = kBase;
            p.phoneNumbers.append(n);
        }
        QVERIFY(apply(p));
        m_numbers += p.phoneNumbers;
    }

    static const char *invoiceStatuses[] = {"draft",   "sent",      "partially_paid", "paid",
                                            "overdue", "cancelled", "disputed"};
    RecordPage inv;
    inv.resource = Resource::Invoices;
    for (int i = 0; i < kInvoices; ++i) {
        Invoice v;
        v.id = QStringLiteral("inv_%1").arg(i, 5, 10, QLatin1Char('0'));
        v.number = QStringLiteral("INV-%1-%2")
                       .arg(2024 + rng.bounded(2))
                       .arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
        v.tenantId = m_tenants.at(rng.bounded(kTenants)).id;
        v.status = statusFromApi<InvoiceStatus>(QLatin1String(invoiceStatuses[rng.bounded(7)]));
        v.issueDate = QDate(2024, 1, 1).addDays(rng.bounded(700));
        v.dueDate = v.issueDate.addDays(30);
        v.total = Money::fromCents(rng.bounded(1000000));
        v.subtotal = v.total;
        v.due = v.total;
        v.updatedAt = kBase;
        inv.invoices.append(v);
    }
    QVERIFY(apply(inv));
    m_invoices = inv.invoices;
}

void TestLazyTableModels::cleanupTestCase()
{
    m_cache.reset();
}

void TestLazyTableModels::tenantsCountAndSort_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < TenantTableModel::ColumnCount; ++c)
        QTest::addRow("column %d", c) << c;
}

void TestLazyTableModels::tenantsCountAndSort()
{
    QFETCH(int, column);
    auto model = makeModel<TenantTableModel>();
    QCOMPARE(model->columnCount(), int(TenantTableModel::ColumnCount));
    QVERIFY(waitCount(model.get(), kTenants));
    QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QStringList expected;
    switch (column) {
    case TenantTableModel::NameColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return nocaseKey(t.name); });
        break;
    case TenantTableModel::SipPrefixColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return binaryKey(t.sipPrefix); });
        break;
    case TenantTableModel::StatusColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) {
            return std::make_pair(binaryKey(t.status.raw), nocaseKey(t.name));
        });
        break;
    case TenantTableModel::UsersColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return t.counts.users; });
        break;
    case TenantTableModel::DidsColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return t.counts.dids; });
        break;
    case TenantTableModel::ExtensionsColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return t.counts.extensions; });
        break;
    case TenantTableModel::CreatedColumn:
        expected = sortedIds(m_tenants, [](const Tenant &t) { return t.createdAt; });
        break;
    }
    model->sort(column, Qt::AscendingOrder);
    QVERIFY(waitCount(model.get(), kTenants));
    QCOMPARE(allIds(model.get()), expected);
    model->sort(column, Qt::DescendingOrder);
    QVERIFY(waitCount(model.get(), kTenants));
    QCOMPARE(allIds(model.get()), reversed(expected));
}

void TestLazyTableModels::tenantsFilterAndSearch()
{
    auto model = makeModel<TenantTableModel>();
    QVERIFY(waitCount(model.get(), kTenants));
    model->setStatusFilter({TenantStatus::Suspended, TenantStatus::Trial});
    QStringList expected;
    for (const Tenant &t : m_tenants) {
        if (t.status.raw == QLatin1String("SUSPENDED") || t.status.raw == QLatin1String("TRIAL"))
            expected.append(t.id);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(waitCount(model.get(), int(expected.size())));
    QStringList got = allIds(model.get());
    got.sort();
    QCOMPARE(got, expected);
    for (int r = 0; r < model->rowCount(); ++r) {
        const int s = model->index(r, TenantTableModel::StatusColumn).data(StatusRole).toInt();
        QVERIFY(s == int(TenantStatus::Suspended) || s == int(TenantStatus::Trial));
    }

    // Unknown status from the server: shown as sent.
    model->setStatusFilter({});
    QVERIFY(waitCount(model.get(), kTenants));
    const QStringList ids = allIds(model.get());
    for (int r = 0; r < ids.size(); ++r) {
        const auto it = std::find_if(m_tenants.cbegin(), m_tenants.cend(),
                                     [&](const Tenant &t) { return t.id == ids.at(r); });
        const QString shown = model->index(r, TenantTableModel::StatusColumn).data().toString();
        if (it->status.raw == QLatin1String("ARCHIVED"))
            QCOMPARE(shown, QStringLiteral("ARCHIVED"));
        else
            QCOMPARE(shown, displayName(it->status.value));
        QCOMPARE(model->index(r, TenantTableModel::NameColumn).data().toString(), it->name);
        QCOMPARE(model->index(r, TenantTableModel::UsersColumn).data(SortKeyRole).toLongLong(),
                 it->counts.users);
    }

    // Search by billing email, name (any case) and SIP prefix.
    for (const QString &needle :
         {QStringLiteral("globex.example"), QStringLiteral("UMBRELLA"), m_tenants.at(5).sipPrefix}) {
        model->setSearchText(needle);
        QStringList want;
        for (const Tenant &t : m_tenants) {
            if (t.name.contains(needle, Qt::CaseInsensitive) ||
                t.billingEmail.contains(needle, Qt::CaseInsensitive) ||
                t.sipPrefix.contains(needle, Qt::CaseInsensitive))
                want.append(t.id);
        }
        QVERIFY2(!want.isEmpty(), qPrintable(needle));
        QVERIFY2(waitCount(model.get(), int(want.size())), qPrintable(needle));
        QStringList have = allIds(model.get());
        have.sort();
        QCOMPARE(have, want);
    }
}

void TestLazyTableModels::numbersSort_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < PhoneNumberTableModel::ColumnCount; ++c)
        QTest::addRow("column %d", c) << c;
}

void TestLazyTableModels::numbersSort()
{
    QFETCH(int, column);
    auto model = makeModel<PhoneNumberTableModel>();
    QVERIFY(waitCount(model.get(), kNumbers));
    const auto names = m_tenantName;
    auto e164 = [](const PhoneNumber &n) { return binaryKey(n.e164); };
    QStringList expected;
    switch (column) {
    case PhoneNumberTableModel::NumberColumn:
        expected = sortedIds(m_numbers, e164);
        break;
    case PhoneNumberTableModel::TenantColumn:
        expected = sortedIds(m_numbers, [&](const PhoneNumber &n) {
            return std::make_pair(nocaseKey(names.value(n.tenantId), n.tenantId.isEmpty()),
                                  binaryKey(n.e164));
        });
        break;
    case PhoneNumberTableModel::StatusColumn:
        expected = sortedIds(m_numbers, [](const PhoneNumber &n) {
            return std::make_pair(binaryKey(n.status.raw), binaryKey(n.e164));
        });
        break;
    case PhoneNumberTableModel::CallFlowColumn:
        expected = sortedIds(m_numbers, [](const PhoneNumber &n) {
            return std::make_pair(binaryKey(n.callFlow), binaryKey(n.e164));
        });
        break;
    case PhoneNumberTableModel::CnamColumn:
        expected = sortedIds(m_numbers, [](const PhoneNumber &n) {
            return std::make_pair(binaryKey(n.cnam), binaryKey(n.e164));
        });
        break;
    case PhoneNumberTableModel::CnamStatusColumn:
        expected = sortedIds(m_numbers, [](const PhoneNumber &n) {
            return std::make_pair(binaryKey(n.cnamStatus.raw), binaryKey(n.e164));
        });
        break;
    case PhoneNumberTableModel::E911StatusColumn:
        expected = sortedIds(m_numbers, [](const PhoneNumber &n) {
            return std::make_pair(binaryKey(n.e911Status.raw), binaryKey(n.e164));
        });
        break;
    }
    model->sort(column, Qt::AscendingOrder);
    QVERIFY(waitCount(model.get(), kNumbers));
    QCOMPARE(allIds(model.get()), expected);
    model->sort(column, Qt::DescendingOrder);
    QVERIFY(waitCount(model.get(), kNumbers));
    QCOMPARE(allIds(model.get()), reversed(expected));
}

void TestLazyTableModels::numbersFilters()
{
    auto model = makeModel<PhoneNumberTableModel>();
    QVERIFY(waitCount(model.get(), kNumbers));
    const QString tenant = m_tenants.at(3).id;
    auto check = [&](const std::function<bool(const PhoneNumber &)> &keep) {
        QStringList want;
        for (const PhoneNumber &n : std::as_const(m_numbers)) {
            if (keep(n))
                want.append(n.id);
        }
        if (!waitCount(model.get(), int(want.size())))
            return QStringLiteral("count %1, expected %2").arg(model->rowCount()).arg(want.size());
        QStringList have = allIds(model.get());
        have.sort();
        return have == want ? QString() : QStringLiteral("rows differ");
    };
    model->setTenantFilter(tenant);
    QCOMPARE(check([&](const PhoneNumber &n) { return n.tenantId == tenant; }), QString());
    model->setStatusFilter({NumberStatus::Active});
    QCOMPARE(check([&](const PhoneNumber &n) {
                 return n.tenantId == tenant && n.status.raw == QLatin1String("ACTIVE");
             }),
             QString());
    model->setTenantFilter({});
    model->setStatusFilter({});
    model->setE911StatusFilter({E911Status::NotSet, E911Status::Failed});
    QCOMPARE(check([](const PhoneNumber &n) {
                 return n.e911Status.raw == QLatin1String("not_set") ||
                        n.e911Status.raw == QLatin1String("failed");
             }),
             QString());
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, 0).data(NeedsAttentionRole).toBool());
    model->setE911StatusFilter({});
    model->setUnassignedOnly();
    QCOMPARE(check([](const PhoneNumber &n) { return n.tenantId.isEmpty(); }), QString());
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, PhoneNumberTableModel::TenantColumn).data().toString(),
                 QStringLiteral("Unassigned"));
        QVERIFY(model->index(r, 0).data(IsUnassignedRole).toBool());
    }
    model->setTenantFilter({});
    model->setCnamStatusFilter({CnamStatus::Failed});
    QCOMPARE(check([](const PhoneNumber &n) { return n.cnamStatus.raw == QLatin1String("failed"); }),
             QString());

    // A search within a filter counts only what passes both (a bare search is counted on the FTS table
    // alone, which knows nothing of the filter).
    model->setCnamStatusFilter({});
    model->setStatusFilter({NumberStatus::Active});
    model->setSearchText(QStringLiteral("555"));
    const auto matches = [this](const PhoneNumber &n) {
        return n.e164.mid(1).contains(QLatin1String("555")) || n.cnam.contains(QLatin1String("555")) ||
               m_tenantName.value(n.tenantId).contains(QLatin1String("555"));
    };
    QVERIFY(std::any_of(m_numbers.cbegin(), m_numbers.cend(), [&](const PhoneNumber &n) {
        return matches(n) && n.status.raw != QLatin1String("ACTIVE");
    }));
    QCOMPARE(
        check([&](const PhoneNumber &n) { return matches(n) && n.status.raw == QLatin1String("ACTIVE"); }),
        QString());
}

void TestLazyTableModels::numbersSearch_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("3 digits") << QStringLiteral("555");
    QTest::newRow("2 digits (no trigram)") << QStringLiteral("77");
    // A fragment of the displayed form: the cache indexes digits only, so formatted input is searched by
    // its digits (at least 3 of them; a fragment like "(3" is too short to be a number search).
    QTest::newRow("formatted") << PhoneNumberTableModel::formatNumber(m_numbers.value(20).e164).right(8);
    QTest::newRow("typed with punctuation")
        << m_numbers.value(10).e164.mid(2, 3) + QStringLiteral("-") + m_numbers.value(10).e164.mid(5, 2);
    QTest::newRow("tenant name") << QStringLiteral("initech");
    QTest::newRow("cnam") << QStringLiteral("caller 12");
    QTest::newRow("nothing") << QStringLiteral("zzzz");
}

void TestLazyTableModels::numbersSearch()
{
    QFETCH(QString, needle);
    auto model = makeModel<PhoneNumberTableModel>();
    model->setSearchText(needle);
    QString digits;
    bool phone = true;
    for (QChar c : needle) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringLiteral("+-(). ").contains(c))
            phone = false;
    }
    phone = phone && digits.size() >= 3;
    QStringList want;
    for (const PhoneNumber &n : std::as_const(m_numbers)) {
        const QString d = n.e164.mid(1);
        const QString formatted = PhoneNumberTableModel::formatNumber(n.e164);
        if (d.contains(needle, Qt::CaseInsensitive) || formatted.contains(needle, Qt::CaseInsensitive) ||
            n.cnam.contains(needle, Qt::CaseInsensitive) ||
            m_tenantName.value(n.tenantId).contains(needle, Qt::CaseInsensitive) ||
            (phone && d.contains(digits)))
            want.append(n.id);
    }
    QVERIFY(waitCount(model.get(), int(want.size())));
    QStringList have = allIds(model.get());
    // Still sorted by number within the search.
    QStringList numbers;
    for (int r = 0; r < model->rowCount(); ++r)
        numbers.append(model->index(r, 0).data(E164Role).toString());
    QStringList sortedNumbers = numbers;
    std::sort(sortedNumbers.begin(), sortedNumbers.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(numbers, sortedNumbers);
    have.sort();
    QCOMPARE(have, want);
}

void TestLazyTableModels::numbersDisplay()
{
    auto model = makeModel<PhoneNumberTableModel>();
    QVERIFY(waitCount(model.get(), kNumbers));
    const QStringList ids = allIds(model.get());
    QHash<QString, const PhoneNumber *> byId;
    for (const PhoneNumber &n : std::as_const(m_numbers))
        byId.insert(n.id, &n);
    for (int r = 0; r < ids.size(); r += 7) {
        const PhoneNumber &n = *byId.value(ids.at(r));
        auto cell = [&](int c, int role = Qt::DisplayRole) { return model->index(r, c).data(role); };
        if (n.e164.startsWith(QLatin1String("+1")))
            QCOMPARE(cell(0).toString(),
                     QStringLiteral("(%1) %2-%3").arg(n.e164.mid(2, 3), n.e164.mid(5, 3), n.e164.mid(8)));
        else
            QCOMPARE(cell(0).toString(), n.e164);
        QCOMPARE(cell(PhoneNumberTableModel::TenantColumn).toString(),
                 n.tenantId.isEmpty() ? QStringLiteral("Unassigned") : m_tenantName.value(n.tenantId));
        QCOMPARE(cell(PhoneNumberTableModel::StatusColumn).toString(),
                 n.status.isUnknown() ? n.status.raw : displayName(n.status.value));
        QCOMPARE(cell(0, StatusRole).toInt(), int(n.status.value));
        QCOMPARE(cell(0, RawStatusRole).toString(), n.status.raw);
        QCOMPARE(cell(PhoneNumberTableModel::E911StatusColumn).toString(), displayName(n.e911Status.value));
        QCOMPARE(cell(0, E911StatusRole).toInt(), int(n.e911Status.value));
        QCOMPARE(cell(0, CnamStatusRole).toInt(), int(n.cnamStatus.value));
        QCOMPARE(cell(PhoneNumberTableModel::CnamColumn).toString(),
                 n.cnam.isEmpty() ? QStringLiteral("Tenant default") : n.cnam);
        QCOMPARE(cell(0, TenantIdRole).toString(), n.tenantId);
        QCOMPARE(cell(0, RecordIdRole).toString(), n.id);
    }
}

void TestLazyTableModels::numbersLazyLoading()
{
    auto model = makeModel<PhoneNumberTableModel>();
    QCOMPARE(model->rowCount(), 0); // nothing known before the worker answers
    QSignalSpy counted(model.get(), &LazySqlTableModel::rowCountKnown);
    QVERIFY(waitCount(model.get(), kNumbers));
    QCOMPARE(counted.count(), 1);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const int far = 5 * LazySqlTableModel::kBlockSize + 17;
    QVERIFY(!model->isRowLoaded(far));
    QVERIFY(!model->index(far, 0).data().isValid()); // asks for the block, answers nothing yet
    QCOMPARE(model->index(far, 0).data(IsLoadedRole).toBool(), false);
    QTRY_VERIFY(model->isRowLoaded(far));
    QVERIFY(!model->index(far, 0).data().toString().isEmpty());
    bool announced = false;
    for (const auto &args : std::as_const(changed)) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        announced = announced || (tl.row() <= far && br.row() >= far);
    }
    QVERIFY(announced);
    // Only the blocks asked for are in memory: the first and this one, not the ones between.
    QVERIFY(model->isRowLoaded(0));
    QVERIFY(!model->isRowLoaded(3 * LazySqlTableModel::kBlockSize));
    // The last row, read from the end of the ordering.
    model->data(model->index(kNumbers - 1, 0));
    QTRY_VERIFY(model->isRowLoaded(kNumbers - 1));
    QStringList sorted;
    for (const PhoneNumber &n : std::as_const(m_numbers))
        sorted.append(n.e164);
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(model->index(kNumbers - 1, 0).data(E164Role).toString(), sorted.constLast());
    QCOMPARE(model->index(far, 0).data(E164Role).toString(), sorted.at(far));
}

void TestLazyTableModels::numbersGenerationDropsStaleRows()
{
    auto model = makeModel<PhoneNumberTableModel>();
    QVERIFY(waitCount(model.get(), kNumbers));
    QList<int> counts;
    connect(model.get(), &LazySqlTableModel::rowCountKnown, this,
            [&](int rows, qint64) { counts.append(rows); });
    QStringList seen; // every record id that ever became visible after the filter changes
    connect(model.get(), &LazySqlTableModel::rowsLoaded, this, [&](int first, int last, qint64) {
        for (int r = first; r <= last; ++r)
            seen.append(model->index(r, 0).data(RecordIdRole).toString());
    });
    // Three changes before the worker can answer any: only the last may ever show.
    model->setStatusFilter({NumberStatus::Released});
    model->data(model->index(0, 0));
    model->setSearchText(QStringLiteral("555"));
    model->sort(PhoneNumberTableModel::StatusColumn, Qt::DescendingOrder);
    model->setStatusFilter({NumberStatus::Pending});
    QStringList want;
    for (const PhoneNumber &n : std::as_const(m_numbers)) {
        const QString d = n.e164.mid(1);
        if (n.status.raw == QLatin1String("PENDING") &&
            (d.contains(QLatin1String("555")) || n.cnam.contains(QLatin1String("555")) ||
             m_tenantName.value(n.tenantId).contains(QLatin1String("555"))))
            want.append(n.id);
    }
    QVERIFY(!want.isEmpty());
    QVERIFY(waitCount(model.get(), int(want.size())));
    QCOMPARE(counts, QList<int>{int(want.size())}); // the stale generations' counts never arrived
    QStringList have = allIds(model.get());
    have.sort();
    QCOMPARE(have, want);
    for (const QString &id : std::as_const(seen))
        QVERIFY2(want.contains(id), qPrintable(id));
}

void TestLazyTableModels::numbersChangeNotifications()
{
    auto model = makeModel<PhoneNumberTableModel>();
    QVERIFY(waitCount(model.get(), kNumbers));
    QStringList ids = allIds(model.get());
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);

    // An update of a loaded row: dataChanged for that row, nothing else moves.
    const int row = 40;
    auto it = std::find_if(m_numbers.begin(), m_numbers.end(),
                           [&](const PhoneNumber &n) { return n.id == ids.at(row); });
    PhoneNumber edited = *it;
    edited.cnam = QStringLiteral("EDITED CNAM");
    edited.updatedAt = kBase.addDays(1);
    RecordPage page;
    page.resource = Resource::PhoneNumbers;
    page.phoneNumbers = {edited};
    QVERIFY(apply(page));
    QTRY_COMPARE(model->index(row, PhoneNumberTableModel::CnamColumn).data().toString(),
                 QStringLiteral("EDITED CNAM"));
    bool rowAnnounced = false;
    for (const auto &args : std::as_const(changed)) {
        const int top = args.at(0).value<QModelIndex>().row();
        const int bottom = args.at(1).value<QModelIndex>().row();
        QVERIFY2(top <= row && bottom >= row, "only the changed row is announced");
        rowAnnounced = true;
    }
    QVERIFY(rowAnnounced);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
    *it = edited;

    // A tombstone of a loaded row: that row removed where it is.
    const int gone = 100;
    const QString goneId = ids.at(gone);
    RecordPage tomb;
    tomb.resource = Resource::PhoneNumbers;
    tomb.tombstones = {Tombstone{goneId, kBase.addDays(2)}};
    QVERIFY(apply(tomb));
    QTRY_COMPARE(model->rowCount(), kNumbers - 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), gone);
    QCOMPARE(removed.at(0).at(2).toInt(), gone);
    QTRY_COMPARE(model->index(gone, 0).data(RecordIdRole).toString(), ids.at(gone + 1));
    ids.removeAt(gone);
    QCOMPARE(allIds(model.get()), ids);

    // A new record (and several pages coalesced): rows added, content in sort order.
    RecordPage add1, add2;
    add1.resource = add2.resource = Resource::PhoneNumbers;
    PhoneNumber a = m_numbers.first();
    a.id = QStringLiteral("pn_new1");
    a.e164 = QStringLiteral("+12000000000"); // sorts first
    a.updatedAt = kBase.addDays(3);
    PhoneNumber b = a;
    b.id = QStringLiteral("pn_new2");
    b.e164 = QStringLiteral("+19999999999");
    add1.phoneNumbers = {a};
    add2.phoneNumbers = {b};
    inserted.clear();
    QVERIFY(apply(add1));
    QVERIFY(apply(add2));
    QTRY_COMPARE(model->rowCount(), kNumbers + 1);
    QCOMPARE(inserted.count(), 1); // two pages, one insert
    QTRY_COMPARE(model->index(0, 0).data(RecordIdRole).toString(), QStringLiteral("pn_new1"));
    ids.prepend(QStringLiteral("pn_new1"));
    QStringList all = allIds(model.get());
    QCOMPARE(all.size(), kNumbers + 1);
    QVERIFY(all.contains(QStringLiteral("pn_new2")));
    QStringList numbers;
    for (int r = 0; r < model->rowCount(); ++r)
        numbers.append(model->index(r, 0).data(E164Role).toString());
    QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend(),
                           [](const QString &x, const QString &y) { return x.toUtf8() < y.toUtf8(); }));
    QCOMPARE(resets.count(), 0);

    // A tenant renamed: the numbers showing its name follow (tenant change notifications).
    Tenant t = m_tenants.at(3);
    t.name = QStringLiteral("Renamed Tenant");
    t.updatedAt = kBase.addDays(4);
    RecordPage tp;
    tp.resource = Resource::Tenants;
    tp.tenants = {t};
    QVERIFY(apply(tp));
    int shown = -1;
    for (int r = 0; r < model->rowCount() && shown < 0; ++r) {
        if (model->index(r, 0).data(TenantIdRole).toString() == t.id && model->isRowLoaded(r))
            shown = r;
    }
    QVERIFY(shown >= 0);
    QTRY_COMPARE(model->index(shown, PhoneNumberTableModel::TenantColumn).data().toString(), t.name);

    // Undo for the following tests: remove the additions, restore the tenant and the deleted number.
    RecordPage undo;
    undo.resource = Resource::PhoneNumbers;
    undo.tombstones = {Tombstone{QStringLiteral("pn_new1"), kBase.addDays(5)},
                       Tombstone{QStringLiteral("pn_new2"), kBase.addDays(5)}};
    QVERIFY(apply(undo));
    t.name = m_tenants.at(3).name;
    t.updatedAt = kBase.addDays(6);
    QVERIFY(apply(tp = RecordPage{Resource::Tenants, {t}, {}, {}, {}, {}, {}, {}, {}, {}}));
    m_tenants[3] = t;
    RecordPage back;
    back.resource = Resource::PhoneNumbers;
    auto goneIt = std::find_if(m_numbers.begin(), m_numbers.end(),
                               [&](const PhoneNumber &n) { return n.id == goneId; });
    PhoneNumber restored = *goneIt;
    restored.updatedAt = kBase.addDays(7);
    back.phoneNumbers = {restored};
    QVERIFY(apply(back));
    // The restored record gets a new row_id: keep the generated list in row_id order.
    m_numbers.erase(goneIt);
    m_numbers.append(restored);
    QTRY_COMPARE(model->rowCount(), kNumbers);
}

void TestLazyTableModels::invoicesSortAndFilters()
{
    auto model = makeModel<InvoiceTableModel>();
    QVERIFY(waitCount(model.get(), kInvoices));
    // Newest first by default.
    QCOMPARE(model->sortColumn(), int(InvoiceTableModel::IssueDateColumn));
    QCOMPARE(allIds(model.get()),
             reversed(sortedIds(m_invoices, [](const Invoice &v) { return v.issueDate; })));
    model->sort(InvoiceTableModel::AmountColumn, Qt::AscendingOrder);
    QVERIFY(waitCount(model.get(), kInvoices));
    QCOMPARE(allIds(model.get()), sortedIds(m_invoices, [](const Invoice &v) { return v.total.cents(); }));
    model->sort(InvoiceTableModel::NumberColumn, Qt::AscendingOrder);
    QVERIFY(waitCount(model.get(), kInvoices));
    QCOMPARE(allIds(model.get()),
             sortedIds(m_invoices, [](const Invoice &v) { return binaryKey(v.number); }));
    const auto names = m_tenantName;
    model->sort(InvoiceTableModel::TenantColumn, Qt::DescendingOrder);
    QVERIFY(waitCount(model.get(), kInvoices));
    QCOMPARE(allIds(model.get()), reversed(sortedIds(m_invoices, [&](const Invoice &v) {
                 return std::make_pair(nocaseKey(names.value(v.tenantId)), v.issueDate);
             })));
    model->sort(InvoiceTableModel::DueDateColumn, Qt::AscendingOrder);
    QVERIFY(waitCount(model.get(), kInvoices));
    QCOMPARE(allIds(model.get()), sortedIds(m_invoices, [](const Invoice &v) { return v.dueDate; }));

    const QDate today = QDate::currentDate();
    auto check = [&](const std::function<bool(const Invoice &)> &keep) {
        QStringList want;
        for (const Invoice &v : std::as_const(m_invoices)) {
            if (keep(v))
                want.append(v.id);
        }
        if (!waitCount(model.get(), int(want.size())))
            return QStringLiteral("count %1, expected %2").arg(model->rowCount()).arg(want.size());
        QStringList have = allIds(model.get());
        have.sort();
        return have == want ? QString() : QStringLiteral("rows differ");
    };
    model->setStatusFilter({InvoiceStatus::Paid});
    QCOMPARE(check([](const Invoice &v) { return v.status.raw == QLatin1String("paid"); }), QString());
    // Overdue: marked so, or unpaid past the due date.
    model->setStatusFilter({InvoiceStatus::Overdue});
    QCOMPARE(check([&](const Invoice &v) {
                 return InvoiceTableModel::isOverdue(v.status.value, v.dueDate, today);
             }),
             QString());
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, InvoiceTableModel::StatusColumn).data(IsOverdueRole).toBool());
    model->setStatusFilter({});
    const QString tenant = m_tenants.at(8).id;
    model->setTenantFilter(tenant);
    model->setIssueDateRange(QDate(2024, 6, 1), QDate(2024, 12, 31));
    QCOMPARE(check([&](const Invoice &v) {
                 return v.tenantId == tenant && v.issueDate >= QDate(2024, 6, 1) &&
                        v.issueDate <= QDate(2024, 12, 31);
             }),
             QString());
    model->setTenantFilter({});
    model->setIssueDateRange(QDate(2025, 3, 1), {});
    QCOMPARE(check([&](const Invoice &v) { return v.issueDate >= QDate(2025, 3, 1); }), QString());
}

void TestLazyTableModels::invoicesSearchAndDisplay()
{
    auto model = makeModel<InvoiceTableModel>();
    QVERIFY(waitCount(model.get(), kInvoices));
    QHash<QString, QString> prefix;
    for (const Tenant &t : std::as_const(m_tenants))
        prefix.insert(t.id, t.sipPrefix);
    for (const QString &needle :
         {QStringLiteral("inv-2025-0"), QStringLiteral("stark"), m_tenants.at(11).sipPrefix}) {
        model->setSearchText(needle);
        QStringList want;
        for (const Invoice &v : std::as_const(m_invoices)) {
            if (v.number.contains(needle, Qt::CaseInsensitive) ||
                m_tenantName.value(v.tenantId).contains(needle, Qt::CaseInsensitive) ||
                prefix.value(v.tenantId).contains(needle, Qt::CaseInsensitive))
                want.append(v.id);
        }
        QVERIFY2(!want.isEmpty(), qPrintable(needle));
        QVERIFY2(waitCount(model.get(), int(want.size())), qPrintable(needle));
        QStringList have = allIds(model.get());
        have.sort();
        QCOMPARE(have, want);
    }
    model->setSearchText({});
    QVERIFY(waitCount(model.get(), kInvoices));
    const QStringList ids = allIds(model.get());
    QHash<QString, const Invoice *> byId;
    for (const Invoice &v : std::as_const(m_invoices))
        byId.insert(v.id, &v);
    const QDate today = QDate::currentDate();
    for (int r = 0; r < ids.size(); r += 5) {
        const Invoice &v = *byId.value(ids.at(r));
        auto cell = [&](int c, int role = Qt::DisplayRole) { return model->index(r, c).data(role); };
        QCOMPARE(cell(InvoiceTableModel::NumberColumn).toString(), v.number);
        QCOMPARE(cell(InvoiceTableModel::TenantColumn).toString(), m_tenantName.value(v.tenantId));
        QCOMPARE(cell(InvoiceTableModel::AmountColumn).toString(), v.total.format());
        QCOMPARE(cell(InvoiceTableModel::AmountColumn, MoneyCentsRole).toLongLong(), v.total.cents());
        QCOMPARE(cell(InvoiceTableModel::IssueDateColumn, DateRole).toDate(), v.issueDate);
        QCOMPARE(cell(InvoiceTableModel::DueDateColumn).toString(),
                 QLocale().toString(v.dueDate, QLocale::ShortFormat));
        const bool overdue = InvoiceTableModel::isOverdue(v.status.value, v.dueDate, today);
        QCOMPARE(cell(0, IsOverdueRole).toBool(), overdue);
        const QString status = cell(InvoiceTableModel::StatusColumn).toString();
        if (v.status.isUnknown())
            QCOMPARE(status, v.status.raw);
        else if (overdue && v.status.value != InvoiceStatus::Overdue)
            QVERIFY2(status.startsWith(displayName(v.status.value)) &&
                         status.contains(QLatin1String("overdue")),
                     qPrintable(status));
        else
            QCOMPARE(status, displayName(v.status.value));
    }
}

void TestLazyTableModels::portRequests()
{
    static const char *statuses[] = {"PENDING", "SUBMITTED", "FOC_RECEIVED", "COMPLETED", "REJECTED"};
    RecordPage page;
    page.resource = Resource::PortRequests;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 300; ++i) {
        PortRequest p;
        p.id = QStringLiteral("port_%1").arg(i, 4, 10, QLatin1Char('0'));
        p.status = statusFromApi<PortStatus>(QLatin1String(statuses[i % 5]));
        p.numbers = {QStringLiteral("+1312555%1").arg(i, 4, 10, QLatin1Char('0'))};
        if (i % 3 == 0)
            p.numbers.append(QStringLiteral("+1773444%1").arg(i, 4, 10, QLatin1Char('0')));
        p.tenantId = m_tenants.at(i % kTenants).id;
        p.currentCarrier = QStringLiteral("Carrier %1").arg(i % 7);
        p.createdAt = now.addDays(-(i % 40) - 1);
        p.statusHistory =
            QList<PortStatusChange>{{p.status, now.addDays(-(i % 10)), {}, QStringLiteral("carrier")}};
        p.updatedAt = kBase;
        page.portRequests.append(p);
    }
    QVERIFY(apply(page));
    auto model = makeModel<PortRequestTableModel>();
    QVERIFY(waitCount(model.get(), 300));
    QCOMPARE(allIds(model.get()),
             reversed(sortedIds(page.portRequests, [](const PortRequest &p) { return p.createdAt; })));
    model->sort(PortRequestTableModel::DaysInStatusColumn, Qt::DescendingOrder);
    QVERIFY(waitCount(model.get(), 300));
    allIds(model.get());
    int previous = std::numeric_limits<int>::max();
    for (int r = 0; r < model->rowCount(); ++r) {
        const int days = model->index(r, 0).data(DaysInStatusRole).toInt();
        QVERIFY(days <= previous);
        previous = days;
    }
    QCOMPARE(model->index(0, 0).data(DaysInStatusRole).toInt(), 9);
    model->setStatusFilter({PortStatus::Rejected});
    QVERIFY(waitCount(model.get(), 60));
    model->setStatusFilter({});
    model->setSearchText(QStringLiteral("(773) 444"));
    QVERIFY(waitCount(model.get(), 100));
    model->setSearchText(QStringLiteral("5550042"));
    QVERIFY(waitCount(model.get(), 1));
    allIds(model.get());
    QCOMPARE(model->index(0, 0).data(RecordIdRole).toString(), QStringLiteral("port_0042"));
    QCOMPARE(model->index(0, PortRequestTableModel::NumbersColumn).data().toString(),
             QStringLiteral("(312) 555-0042 and 1 more"));
    QCOMPARE(model->index(0, PortRequestTableModel::TenantColumn).data().toString(),
             m_tenants.at(42 % kTenants).name);
    QCOMPARE(model->index(0, PortRequestTableModel::StatusColumn).data().toString(),
             displayName(PortStatus::FocReceived));
}

// A cache that fell back to memory (unwritable folder): the worker reads the same named memdb database.
void TestLazyTableModels::inMemoryCache()
{
    SqlCache memory;
    QVERIFY(memory.open(QString()).usable);
    QVERIFY(memory.isInMemory());
    RecordPage page;
    page.resource = Resource::Tenants;
    page.tenants = m_tenants.mid(0, 10);
    QString error;
    QVERIFY2(memory.applyPage(page, SyncState{}, &error), qPrintable(error));
    TenantTableModel model(&memory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(waitCount(&model, 10));
    QStringList have = allIds(&model);
    have.sort();
    QStringList want;
    for (const Tenant &t : page.tenants)
        want.append(t.id);
    QCOMPARE(have, want);
}

QTEST_GUILESS_MAIN(TestLazyTableModels)
#include "tst_lazytablemodels.moc"
