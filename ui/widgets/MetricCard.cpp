#include "widgets/MetricCard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace simuwave {

namespace {
const QString kNoValue = QStringLiteral("—");
}

MetricCard::MetricCard(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_value(new QLabel(kNoValue, this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("card-") + key);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *titleLabel = new QLabel(title, this);
    m_value->setObjectName(QStringLiteral("cardValue-") + key);
    // Screen readers announce the figure with what it is.
    m_value->setAccessibleName(title);
    m_caption->setObjectName(QStringLiteral("cardCaption-") + key);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText); // secondary text, from the palette
    m_caption->hide();
    setValueScale(1.6);
    layout->addWidget(titleLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void MetricCard::setValue(const QString &text, const QString &toolTip)
{
    m_value->setText(text);
    m_value->setToolTip(toolTip);
}

QString MetricCard::value() const
{
    return m_value->text();
}

void MetricCard::clearValue()
{
    setValue(kNoValue);
    setCaption({});
}

void MetricCard::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

QString MetricCard::caption() const
{
    return m_caption->text();
}

void MetricCard::setValueScale(qreal scale)
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setBold(true);
    m_value->setFont(big);
}

void MetricCard::setValueSelectable(bool selectable)
{
    m_value->setTextInteractionFlags(selectable ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
}

void MetricCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    // Focusable without text of its own: named after its title for screen readers.
    setAccessibleName(clickable ? m_value->accessibleName() : QString());
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void MetricCard::mousePressEvent(QMouseEvent *event)
{
    // Accepted, so that the release comes back here.
    if (m_clickable && event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void MetricCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void MetricCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace simuwave
