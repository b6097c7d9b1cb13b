// Every status enum: wire round-trip, lenient parsing, Unknown keeping the raw server value, labels.
#include "domain/Statuses.h"

#include <QSet>
#include <QTest>

using namespace simuwave;

class tst_statuses : public QObject
{
    Q_OBJECT
private slots:
    void wireSpellings_data();
    void wireSpellings();
    void roundTripEveryValue();
    void unknownKeepsRaw_data();
    void unknownKeepsRaw();
    void lenientParsing_data();
    void lenientParsing();
    void displayNames();
    void unknownDisplay();
    void roles();
    void meanings();

private:
    template<typename E> void checkRoundTrip(const char *name);
};

// (enum name, wire string, display name, the value's index in its enum)
void tst_statuses::wireSpellings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("display");
    const auto row = [](const char *kind, const char *wire, auto v, const char *display) {
        QTest::addRow("%s %s", kind, wire) << QString::fromLatin1(kind) << QString::fromLatin1(wire) << int(v)
                                           << QString::fromLatin1(display);
    };
    row("tenant", "TRIAL", TenantStatus::Trial, "Trial");
    row("tenant", "ACTIVE", TenantStatus::Active, "Active");
    row("tenant", "SUSPENDED", TenantStatus::Suspended, "Suspended");
    row("tenant", "CANCELLED", TenantStatus::Cancelled, "Cancelled");
    row("number", "ACTIVE", NumberStatus::Active, "Active");
    row("number", "PENDING", NumberStatus::Pending, "Pending");
    row("number", "RELEASED", NumberStatus::Released, "Released");
    row("cnam", "synced", CnamStatus::Synced, "Synced");
    row("cnam", "pending", CnamStatus::Pending, "Pending");
    row("cnam", "failed", CnamStatus::Failed, "Failed");
    row("e911", "registered", E911Status::Registered, "Registered");
    row("e911", "not_set", E911Status::NotSet, "Not Set");
    row("e911", "pending", E911Status::Pending, "Pending");
    row("e911", "failed", E911Status::Failed, "Failed");
    row("port", "PENDING", PortStatus::Pending, "Pending");
    row("port", "SUBMITTED", PortStatus::Submitted, "Submitted");
    row("port", "FOC_RECEIVED", PortStatus::FocReceived, "FOC Received");
    row("port", "COMPLETED", PortStatus::Completed, "Completed");
    row("port", "REJECTED", PortStatus::Rejected, "Rejected");
    row("port", "CANCELLED", PortStatus::Cancelled, "Cancelled");
    row("invoice", "draft", InvoiceStatus::Draft, "Draft");
    row("invoice", "sent", InvoiceStatus::Sent, "Sent");
    row("invoice", "partially_paid", InvoiceStatus::PartiallyPaid, "Partially Paid");
    row("invoice", "paid", InvoiceStatus::Paid, "Paid");
    row("invoice", "overdue", InvoiceStatus::Overdue, "Overdue");
    row("invoice", "cancelled", InvoiceStatus::Cancelled, "Cancelled");
    row("role", "partner_admin", UserRole::PartnerAdmin, "Partner Admin");
    row("role", "partner_user", UserRole::PartnerUser, "Partner User (read-only)");
    row("apikey", "ACTIVE", ApiKeyStatus::Active, "Active");
    row("apikey", "REVOKED", ApiKeyStatus::Revoked, "Revoked");
    row("apikey", "EXPIRED", ApiKeyStatus::Expired, "Expired");
    row("delivery", "DELIVERED", WebhookDeliveryStatus::Delivered, "Delivered");
    row("delivery", "PENDING", WebhookDeliveryStatus::Pending, "Pending");
    row("delivery", "FAILED", WebhookDeliveryStatus::Failed, "Failed");
    row("delivery", "DEAD", WebhookDeliveryStatus::Dead, "Dead");
}

namespace {
// Parses `wire` with the named enum's xxxFromApi and reports (index, toApi, displayName).
struct Parsed
{
    int value = -1;
    QString api;
    QString display;
    QString statusDisplay; // displayName(StatusValue)
};

template<typename E> Parsed describe(E v, const QString &raw)
{
    return {int(v), toApi(v), displayName(v), displayName(statusFromApi<E>(raw))};
}

Parsed parse(const QString &kind, const QString &wire)
{
    if (kind == QLatin1String("tenant"))
        return describe(tenantStatusFromApi(wire), wire);
    if (kind == QLatin1String("number"))
        return describe(numberStatusFromApi(wire), wire);
    if (kind == QLatin1String("cnam"))
        return describe(cnamStatusFromApi(wire), wire);
    if (kind == QLatin1String("e911"))
        return describe(e911StatusFromApi(wire), wire);
    if (kind == QLatin1String("port"))
        return describe(portStatusFromApi(wire), wire);
    if (kind == QLatin1String("invoice"))
        return describe(invoiceStatusFromApi(wire), wire);
    if (kind == QLatin1String("role"))
        return describe(userRoleFromApi(wire), wire);
    if (kind == QLatin1String("apikey"))
        return describe(apiKeyStatusFromApi(wire), wire);
    if (kind == QLatin1String("delivery"))
        return describe(webhookDeliveryStatusFromApi(wire), wire);
    return {};
}
} // namespace

void tst_statuses::wireSpellings()
{
    QFETCH(QString, kind);
    QFETCH(QString, wire);
    QFETCH(int, value);
    QFETCH(QString, display);
    const Parsed p = parse(kind, wire);
    QCOMPARE(p.value, value);
    QVERIFY(p.value != 0); // never Unknown
    QCOMPARE(p.api, wire);
    QCOMPARE(p.display, display);
    QCOMPARE(p.statusDisplay, display);
}

template<typename E> void tst_statuses::checkRoundTrip(const char *name)
{
    const QList<E> values = knownValues<E>();
    QVERIFY2(!values.isEmpty(), name);
    QVERIFY2(!values.contains(E::Unknown), name);
    QSet<QString> wires;
    for (E v : values) {
        const QString wire = toApi(v);
        QVERIFY2(!wire.isEmpty(), name);
        QVERIFY2(!wires.contains(wire), name);
        wires.insert(wire);
        QCOMPARE(enumFromApi<E>(wire), v);
        const StatusValue<E> sv = statusFromApi<E>(wire);
        QCOMPARE(sv.value, v);
        QCOMPARE(sv.raw, wire);
        QVERIFY(!sv.isUnknown());
        QCOMPARE(statusValue(v), sv);
        QVERIFY2(!displayName(v).isEmpty(), name);
        QVERIFY2(displayName(v) != QLatin1String("Unknown"), name);
    }
    QCOMPARE(toApi(E::Unknown), QString());
    QCOMPARE(displayName(E::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(enumFromApi<E>(QString()), E::Unknown);
}

void tst_statuses::roundTripEveryValue()
{
    checkRoundTrip<TenantStatus>("tenant");
    checkRoundTrip<NumberStatus>("number");
    checkRoundTrip<CnamStatus>("cnam");
    checkRoundTrip<E911Status>("e911");
    checkRoundTrip<PortStatus>("port");
    checkRoundTrip<InvoiceStatus>("invoice");
    checkRoundTrip<UserRole>("role");
    checkRoundTrip<ApiKeyStatus>("apikey");
    checkRoundTrip<WebhookDeliveryStatus>("delivery");
    QCOMPARE(knownValues<TenantStatus>().size(), 4);
    QCOMPARE(knownValues<NumberStatus>().size(), 3);
    QCOMPARE(knownValues<CnamStatus>().size(), 3);
    QCOMPARE(knownValues<E911Status>().size(), 4);
    QCOMPARE(knownValues<PortStatus>().size(), 6);
    QCOMPARE(knownValues<InvoiceStatus>().size(), 6);
    QCOMPARE(knownValues<UserRole>().size(), 2);
    QCOMPARE(knownValues<ApiKeyStatus>().size(), 3);
    QCOMPARE(knownValues<WebhookDeliveryStatus>().size(), 4);
}

void tst_statuses::unknownKeepsRaw_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("raw");
    const char *kinds[] = {"tenant",  "number", "cnam",   "e911",    "port",
                           "invoice", "role",   "apikey", "delivery"};
    const QString raws[] = {QStringLiteral("ARCHIVED"),
                            QStringLiteral("ACTIVE_BUT_SUSPENDED"),
                            QString(),
                            QStringLiteral("   "),
                            QString::fromUtf16(u"\u05E4\u05E2\u05D9\u05DC"), // RTL: Hebrew "active"
                            QString::fromUtf16(u"\U0001F525 hot"),
                            QString::fromUtf16(u"act\u0000ive", 7),
                            QString(10000, u'Z')};
    for (const char *kind : kinds) {
        int i = 0;
        for (const QString &raw : raws)
            QTest::addRow("%s #%d", kind, i++) << QString::fromLatin1(kind) << raw;
    }
    // Near misses that must not be mistaken for a known value.
    QTest::newRow("tenant ACTIVEX") << "tenant"
                                    << "ACTIVEX";
    QTest::newRow("invoice partially paid typo") << "invoice"
                                                 << "partialy_paid";
    QTest::newRow("port FOC") << "port"
                              << "FOC";
    QTest::newRow("role admin") << "role"
                                << "admin";
    QTest::newRow("e911 notset") << "e911"
                                 << "notset";
}

void tst_statuses::unknownKeepsRaw()
{
    QFETCH(QString, kind);
    QFETCH(QString, raw);
    const Parsed p = parse(kind, raw);
    QCOMPARE(p.value, 0);
    QCOMPARE(p.api, QString());
    QCOMPARE(p.display, QStringLiteral("Unknown"));
    // Shown as-is; an empty value shows a translated "Unknown".
    QCOMPARE(p.statusDisplay, raw.isEmpty() ? QStringLiteral("Unknown") : raw);
}

void tst_statuses::lenientParsing_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("e911");
    QTest::newRow("guide label") << "Not Set" << int(E911Status::NotSet);
    QTest::newRow("upper") << "NOT_SET" << int(E911Status::NotSet);
    QTest::newRow("dash") << "not-set" << int(E911Status::NotSet);
    QTest::newRow("padded") << "  registered " << int(E911Status::Registered);
    QTest::newRow("capitalised") << "Pending" << int(E911Status::Pending);
}

void tst_statuses::lenientParsing()
{
    QFETCH(QString, raw);
    QFETCH(int, e911);
    const auto sv = statusFromApi<E911Status>(raw);
    QCOMPARE(int(sv.value), e911);
    QCOMPARE(sv.raw, raw); // the exact server text is still kept
    QCOMPARE(invoiceStatusFromApi(QStringLiteral("Partially Paid")), InvoiceStatus::PartiallyPaid);
    QCOMPARE(portStatusFromApi(QStringLiteral("foc_received")), PortStatus::FocReceived);
    QCOMPARE(tenantStatusFromApi(QStringLiteral("active")), TenantStatus::Active);
    QCOMPARE(userRoleFromApi(QStringLiteral("Partner Admin")), UserRole::PartnerAdmin);
}

void tst_statuses::displayNames()
{
    // Labels shared between enums stay the same word.
    QCOMPARE(displayName(TenantStatus::Active), displayName(NumberStatus::Active));
    QCOMPARE(displayName(CnamStatus::Pending), displayName(WebhookDeliveryStatus::Pending));
    QCOMPARE(displayName(StatusValue<TenantStatus>{TenantStatus::Suspended, QStringLiteral("SUSPENDED")}),
             QStringLiteral("Suspended"));
}

void tst_statuses::unknownDisplay()
{
    QCOMPARE(unknownStatusDisplay(QStringLiteral("ON_HOLD")), QStringLiteral("ON_HOLD"));
    QCOMPARE(unknownStatusDisplay(QString()), QStringLiteral("Unknown"));
    const StatusValue<PortStatus> s = statusFromApi<PortStatus>(QStringLiteral("ESCALATED"));
    QVERIFY(s.isUnknown());
    QCOMPARE(displayName(s), QStringLiteral("ESCALATED"));
    const StatusValue<PortStatus> def;
    QVERIFY(def.isUnknown());
    QCOMPARE(displayName(def), QStringLiteral("Unknown"));
}

void tst_statuses::roles()
{
    QVERIFY(canWrite(UserRole::PartnerAdmin));
    QVERIFY(!canWrite(UserRole::PartnerUser));
    QVERIFY(!canWrite(UserRole::Unknown)); // an unknown role gets no write access
    QVERIFY(!canWrite(userRoleFromApi(QStringLiteral("superuser"))));
}

void tst_statuses::meanings()
{
    QList<TenantStatus> calling;
    for (TenantStatus t : knownValues<TenantStatus>())
        if (canMakeCalls(t))
            calling << t;
    QCOMPARE(calling, (QList<TenantStatus>{TenantStatus::Trial, TenantStatus::Active}));
    QVERIFY(!canMakeCalls(TenantStatus::Unknown));

    QList<E911Status> attention;
    for (E911Status e : knownValues<E911Status>())
        if (needsE911Attention(e))
            attention << e;
    QCOMPARE(attention, (QList<E911Status>{E911Status::NotSet, E911Status::Failed}));
    QVERIFY(needsE911Attention(E911Status::Unknown));

    QList<PortStatus> open;
    for (PortStatus p : knownValues<PortStatus>())
        if (isPortOpen(p))
            open << p;
    QCOMPARE(open, (QList<PortStatus>{PortStatus::Pending, PortStatus::Submitted, PortStatus::FocReceived,
                                      PortStatus::Rejected}));

    QList<InvoiceStatus> unpaid;
    for (InvoiceStatus i : knownValues<InvoiceStatus>())
        if (isInvoiceUnpaid(i))
            unpaid << i;
    QCOMPARE(unpaid, (QList<InvoiceStatus>{InvoiceStatus::Sent, InvoiceStatus::PartiallyPaid,
                                           InvoiceStatus::Overdue}));
    QVERIFY(!isInvoiceUnpaid(InvoiceStatus::Unknown));

    QVERIFY(isApiKeyUsable(ApiKeyStatus::Active));
    QVERIFY(!isApiKeyUsable(ApiKeyStatus::Revoked));
    QVERIFY(!isApiKeyUsable(ApiKeyStatus::Expired));
    QVERIFY(!isApiKeyUsable(ApiKeyStatus::Unknown));

    QVERIFY(isDeliveryFinal(WebhookDeliveryStatus::Delivered));
    QVERIFY(isDeliveryFinal(WebhookDeliveryStatus::Dead));
    QVERIFY(!isDeliveryFinal(WebhookDeliveryStatus::Failed)); // retried up to 8 attempts
    QVERIFY(!isDeliveryFinal(WebhookDeliveryStatus::Pending));
}

QTEST_GUILESS_MAIN(tst_statuses)
#include "tst_statuses.moc"
