#pragma once
#include "main/Pane.h"

namespace simuwave {

class DashboardPane : public Pane
{
    Q_OBJECT
public:
    explicit DashboardPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
