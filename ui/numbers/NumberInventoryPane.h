#pragma once
#include "main/Pane.h"

namespace simuwave {

class NumberInventoryPane : public Pane
{
    Q_OBJECT
public:
    explicit NumberInventoryPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
