#pragma once
// A headline figure on a card, as the dashboard and the revenue pane show them: the title, the value in
// large bold type, an optional caption below it in the palette's secondary text colour, and, when made
// clickable, clicked() on a mouse click or Space/Enter (the card then takes focus and shows a hand).
//
//   auto *card = new MetricCard(QStringLiteral("mrr"), tr("MRR"), this);
//   card->setValue(money(cents), tr("Monthly subscription fees…"));   // tooltip optional
//   card->setCaption(tr("+4.2% vs the prior 30 days"));
//
// Object names: "card-<key>" on the card, "cardValue-<key>" and "cardCaption-<key>" on its labels.
#include <QFrame>

class QLabel;

namespace simuwave {

class MetricCard : public QFrame
{
    Q_OBJECT
public:
    MetricCard(const QString &key, const QString &title, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // "—" until a value is set.
    void setValue(const QString &text, const QString &toolTip = {});
    QString value() const;
    void clearValue();
    void setCaption(const QString &text); // empty hides the caption line
    QString caption() const;
    // The value's size relative to the body text (default 1.6).
    void setValueScale(qreal scale);
    void setValueSelectable(bool selectable);
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_key;
    QLabel *m_value;
    QLabel *m_caption;
    bool m_clickable = false;
};

} // namespace simuwave
