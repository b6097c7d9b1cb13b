#pragma once
#include "main/Pane.h"

namespace simuwave {

class RevenuePane : public Pane
{
    Q_OBJECT
public:
    explicit RevenuePane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
