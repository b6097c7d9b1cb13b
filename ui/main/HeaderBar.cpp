#include "main/HeaderBar.h"

#include "main/AppResources.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace simuwave {

namespace {
// The guide displays partner logos about 32 pixels tall; wide logos keep their aspect ratio.
constexpr int LogoHeight = 32;
constexpr int MaxLogoWidth = 160;
} // namespace

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_brandName(new QLabel(this))
    , m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_logo->setObjectName(QStringLiteral("brandLogo"));
    m_logo->setAccessibleName(tr("Brand logo"));
    m_logo->setFixedHeight(LogoHeight);

    m_brandName->setObjectName(QStringLiteral("brandName"));
    QFont brandFont = m_brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    brandFont.setBold(true);
    m_brandName->setFont(brandFont);

    m_location->setObjectName(QStringLiteral("headerLocation"));
    QFont locationFont = m_location->font();
    locationFont.setPointSizeF(locationFont.pointSizeF() * 1.1);
    m_location->setFont(locationFont);
    m_location->setForegroundRole(QPalette::PlaceholderText);
    m_location->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 16, 10);
    layout->setSpacing(10);
    layout->addWidget(m_logo);
    layout->addWidget(m_brandName);
    layout->addStretch(1);
    layout->addWidget(m_location);

    setBrand(QString(), QImage());
}

void HeaderBar::setBrand(const QString &brandName, const QImage &logo)
{
    m_brandName->setText(brandName.isEmpty() ? tr("SimuWave Partner Console") : brandName);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap;
    if (logo.isNull()) {
        pixmap = appIcon().pixmap(QSize(LogoHeight, LogoHeight), dpr);
    } else {
        pixmap = QPixmap::fromImage(logo.scaled(QSize(MaxLogoWidth, LogoHeight) * dpr, Qt::KeepAspectRatio,
                                                Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
    }
    m_logo->setPixmap(pixmap);
}

QString HeaderBar::brandName() const
{
    return m_brandName->text();
}

void HeaderBar::setLocation(const QString &section, const QString &title)
{
    m_location->setText(section.isEmpty() ? title : tr("%1 › %2").arg(section, title));
}

void HeaderBar::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, height() - 3, width(), 3), palette().color(QPalette::Highlight));
}

} // namespace simuwave
