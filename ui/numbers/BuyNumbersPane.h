#pragma once
#include "main/Pane.h"

namespace simuwave {

class BuyNumbersPane : public Pane
{
    Q_OBJECT
public:
    explicit BuyNumbersPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
