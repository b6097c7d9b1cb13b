#pragma once
#include "main/Pane.h"

namespace simuwave {

class PortingPane : public Pane
{
    Q_OBJECT
public:
    explicit PortingPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
