#pragma once
#include "main/Pane.h"

namespace simuwave {

class E911Pane : public Pane
{
    Q_OBJECT
public:
    explicit E911Pane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
