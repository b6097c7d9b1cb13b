#pragma once
#include <QWidget>

class QLabel;

namespace simuwave {

// The strip across the top of the window: brand logo, brand name, and where the user is
// ("Numbers › Inventory"). A thin accent-coloured rule underneath carries the brand colour.
class HeaderBar : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderBar(QWidget *parent = nullptr);

    // A null logo shows the application icon; an empty name shows the product name.
    void setBrand(const QString &brandName, const QImage &logo);
    QString brandName() const;
    void setLocation(const QString &section, const QString &title);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_logo;
    QLabel *m_brandName;
    QLabel *m_location;
};

} // namespace simuwave
