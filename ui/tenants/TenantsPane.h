#pragma once
#include "main/Pane.h"

namespace simuwave {

class TenantsPane : public Pane
{
    Q_OBJECT
public:
    explicit TenantsPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
