#pragma once
#include "main/Pane.h"

namespace simuwave {

class UsageLimitsPane : public Pane
{
    Q_OBJECT
public:
    explicit UsageLimitsPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
