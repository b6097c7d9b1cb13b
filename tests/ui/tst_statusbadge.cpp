// The status badge (ui/widgets/StatusBadgeDelegate): every raw status the guide names maps to a tone, each
// tone paints a pill of its own colour with readable text in the light and the dark palette, the selection
// stays visible around the pill, the size hint leaves room for the pill, and the Tenants and Inventory
// panes' status columns use it.
#include "domain/Statuses.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "items/TenantTableModel.h"
#include "main/ConsoleContext.h"
#include "main/ThemeController.h"
#include "numbers/NumberInventoryPane.h"
#include "tenants/TenantsPane.h"
#include "widgets/StatusBadgeDelegate.h"

#include <cmath>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace simuwave;
using Tone = StatusBadgeDelegate::Tone;

namespace {

QPalette palette(bool dark)
{
    const QColor accent(0x15, 0x65, 0xC0);
    return dark ? ThemeController::darkPalette(accent)
                : ThemeController::lightPalette(QApplication::palette(), accent);
}

// WCAG contrast ratio, computed here independently of the delegate.
double contrastRatio(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool near(QRgb a, const QColor &b, int tolerance = 8)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance &&
           qAbs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestStatusBadge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void toneOfEachStatus_data();
    void toneOfEachStatus();
    void everyKnownStatusHasATone();
    void paintsAPillOfItsTone_data();
    void paintsAPillOfItsTone();
    void tonesLookDifferent_data();
    void tonesLookDifferent();
    void selectionStaysVisible();
    void sizeHintFitsThePill();
    void panesUseTheBadge();

private:
    struct Painted
    {
        QImage image;
        QRect pill;
        QStyleOptionViewItem option;
    };
    Painted paint(const QString &raw, bool dark, bool selected = false);
    QTemporaryDir m_dir;
};

void TestStatusBadge::toneOfEachStatus_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<Tone>("tone");
    QTest::newRow("tenant ACTIVE") << "ACTIVE" << Tone::Positive;
    QTest::newRow("tenant TRIAL") << "TRIAL" << Tone::Progress;
    QTest::newRow("tenant SUSPENDED") << "SUSPENDED" << Tone::Negative;
    QTest::newRow("tenant CANCELLED") << "CANCELLED" << Tone::Closed;
    QTest::newRow("number PENDING") << "PENDING" << Tone::Waiting;
    QTest::newRow("number RELEASED") << "RELEASED" << Tone::Closed;
    QTest::newRow("e911 registered") << "registered" << Tone::Positive;
    QTest::newRow("e911 not_set") << "not_set" << Tone::Waiting;
    QTest::newRow("e911 'Not Set'") << "Not Set" << Tone::Waiting;
    QTest::newRow("cnam failed") << "failed" << Tone::Negative;
    QTest::newRow("port foc-received") << "foc-received" << Tone::Progress;
    QTest::newRow("port REJECTED") << "REJECTED" << Tone::Negative;
    QTest::newRow("port COMPLETED") << "COMPLETED" << Tone::Positive;
    QTest::newRow("invoice paid") << "paid" << Tone::Positive;
    QTest::newRow("invoice overdue") << "overdue" << Tone::Negative;
    QTest::newRow("invoice draft") << "draft" << Tone::Closed;
    QTest::newRow("spaces around") << "  active " << Tone::Positive;
    QTest::newRow("a value the server added later") << "ON_HOLD" << Tone::Neutral;
    QTest::newRow("nothing") << "" << Tone::Neutral;
}

void TestStatusBadge::toneOfEachStatus()
{
    QFETCH(QString, raw);
    QFETCH(Tone, tone);
    QCOMPARE(StatusBadgeDelegate::toneFor(raw), tone);
}

void TestStatusBadge::everyKnownStatusHasATone()
{
    // A status added to Statuses.h without a tone would show as an uncoloured pill.
    QStringList raws;
    const auto add = [&raws](const auto &values) {
        for (const auto v : values)
            raws << toApi(v);
    };
    add(knownValues<TenantStatus>());
    add(knownValues<NumberStatus>());
    add(knownValues<CnamStatus>());
    add(knownValues<E911Status>());
    add(knownValues<PortStatus>());
    add(knownValues<InvoiceStatus>());
    add(knownValues<ApiKeyStatus>());
    add(knownValues<WebhookDeliveryStatus>());
    QVERIFY(raws.size() > 20);
    for (const QString &raw : std::as_const(raws))
        QVERIFY2(StatusBadgeDelegate::toneFor(raw) != Tone::Neutral, qPrintable(raw));
}

TestStatusBadge::Painted TestStatusBadge::paint(const QString &raw, bool dark, bool selected)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), displayName(statusFromApi<TenantStatus>(raw)), Qt::DisplayRole);
    model.setData(model.index(0, 0), raw, items::RawStatusRole);
    StatusBadgeDelegate delegate;
    Painted p;
    p.option.rect = QRect(0, 0, 220, 30);
    p.option.font = QApplication::font();
    p.option.palette = palette(dark);
    p.option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        p.option.state |= QStyle::State_Selected;
    p.image = QImage(p.option.rect.size(), QImage::Format_RGB32);
    p.image.fill(p.option.palette.color(QPalette::Base));
    QPainter painter(&p.image);
    delegate.paint(&painter, p.option, model.index(0, 0));
    painter.end();
    p.pill = StatusBadgeDelegate::pillRect(p.option, model.index(0, 0).data().toString());
    return p;
}

void TestStatusBadge::paintsAPillOfItsTone_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        for (const char *raw : {"ACTIVE", "TRIAL", "SUSPENDED", "CANCELLED"})
            QTest::addRow("%s %s", raw, dark ? "dark" : "light") << QString::fromLatin1(raw) << dark;
    }
}

void TestStatusBadge::paintsAPillOfItsTone()
{
    QFETCH(QString, raw);
    QFETCH(bool, dark);
    const Painted p = paint(raw, dark);
    const Tone tone = StatusBadgeDelegate::toneFor(raw);
    const QColor fill = StatusBadgeDelegate::pillColor(tone, p.option.palette);
    const QColor base = p.option.palette.color(QPalette::Base);
    QVERIFY(p.pill.width() > 2 * StatusBadgeDelegate::kPillPaddingX);
    // The pill's colour at its vertical centre, in the padding before the text.
    const QRgb centre =
        p.image.pixel(p.pill.left() + StatusBadgeDelegate::kPillPaddingX / 2, p.pill.center().y());
    QVERIFY2(near(centre, fill), qPrintable(QColor(centre).name() + QLatin1String(" vs ") + fill.name()));
    QVERIFY(!near(centre, base, 24));
    // Outside the pill: the cell's own background.
    QVERIFY(near(p.image.pixel(p.option.rect.right() - 2, p.pill.center().y()), base));
    // The text is drawn inside the pill, in a colour readable on it.
    const QColor text = StatusBadgeDelegate::textColor(tone, p.option.palette);
    QVERIFY2(contrastRatio(text, fill) >= 4.5, qPrintable(QString::number(contrastRatio(text, fill))));
    int inked = 0;
    const QRect textArea =
        p.pill.adjusted(StatusBadgeDelegate::kPillPaddingX, 2, -StatusBadgeDelegate::kPillPaddingX, -2);
    for (int y = textArea.top(); y <= textArea.bottom(); ++y) {
        for (int x = textArea.left(); x <= textArea.right(); ++x) {
            if (!near(p.image.pixel(x, y), fill, 60))
                ++inked;
        }
    }
    QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
}

void TestStatusBadge::tonesLookDifferent_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestStatusBadge::tonesLookDifferent()
{
    QFETCH(bool, dark);
    QList<QColor> seen;
    for (const char *raw : {"ACTIVE", "TRIAL", "PENDING", "SUSPENDED", "CANCELLED"}) {
        const Painted p = paint(QString::fromLatin1(raw), dark);
        const QColor c(
            p.image.pixel(p.pill.left() + StatusBadgeDelegate::kPillPaddingX / 2, p.pill.center().y()));
        for (const QColor &other : std::as_const(seen))
            QVERIFY2(!near(c.rgb(), other, 30), raw);
        seen << c;
    }
}

void TestStatusBadge::selectionStaysVisible()
{
    for (const bool dark : {false, true}) {
        const Painted p = paint(QStringLiteral("SUSPENDED"), dark, true);
        const QColor highlight = p.option.palette.color(QPalette::Highlight);
        // Around the pill the row's highlight; the pill keeps its tone.
        QVERIFY(near(p.image.pixel(p.option.rect.right() - 6, p.pill.center().y()), highlight, 12));
        const QColor fill = StatusBadgeDelegate::pillColor(Tone::Negative, p.option.palette);
        QVERIFY(
            near(p.image.pixel(p.pill.left() + StatusBadgeDelegate::kPillPaddingX / 2, p.pill.center().y()),
                 fill));
    }
}

void TestStatusBadge::sizeHintFitsThePill()
{
    QStandardItemModel model(1, 1);
    const QString text = displayName(TenantStatus::Suspended);
    model.setData(model.index(0, 0), text, Qt::DisplayRole);
    model.setData(model.index(0, 0), QStringLiteral("SUSPENDED"), items::RawStatusRole);
    StatusBadgeDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.palette = palette(false);
    const QSize hint = delegate.sizeHint(option, model.index(0, 0));
    const int textWidth = QFontMetrics(option.font).horizontalAdvance(text);
    QVERIFY2(hint.width() >=
                 textWidth + 2 * (StatusBadgeDelegate::kPillPaddingX + StatusBadgeDelegate::kCellMargin),
             qPrintable(QStringLiteral("%1 for text %2").arg(hint.width()).arg(textWidth)));
    QVERIFY(hint.height() >= QFontMetrics(option.font).height() + 2 * StatusBadgeDelegate::kPillPaddingY);
    // A cell of that size shows the whole pill.
    option.rect = QRect(QPoint(0, 0), hint);
    const QRect pill = StatusBadgeDelegate::pillRect(option, text);
    QCOMPARE(pill.width(), textWidth + 2 * StatusBadgeDelegate::kPillPaddingX);
    QVERIFY(option.rect.contains(pill));
}

void TestStatusBadge::panesUseTheBadge()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConsoleContext context(settings);
    TenantsPane tenants(context);
    QTableView *table = tenants.view()->table();
    QVERIFY(qobject_cast<StatusBadgeDelegate *>(
        table->itemDelegateForColumn(items::TenantTableModel::StatusColumn)));
    QVERIFY(!qobject_cast<StatusBadgeDelegate *>(
        table->itemDelegateForColumn(items::TenantTableModel::NameColumn)));
    NumberInventoryPane inventory(context);
    QVERIFY(qobject_cast<StatusBadgeDelegate *>(
        inventory.view()->table()->itemDelegateForColumn(items::PhoneNumberTableModel::StatusColumn)));
}

QTEST_MAIN(TestStatusBadge)
#include "tst_statusbadge.moc"
