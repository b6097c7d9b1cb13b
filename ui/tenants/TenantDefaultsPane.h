#pragma once
#include "main/Pane.h"

namespace simuwave {

class TenantDefaultsPane : public Pane
{
    Q_OBJECT
public:
    explicit TenantDefaultsPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
