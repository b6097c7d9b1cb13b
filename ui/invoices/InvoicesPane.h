#pragma once
#include "main/Pane.h"

namespace simuwave {

class InvoicesPane : public Pane
{
    Q_OBJECT
public:
    explicit InvoicesPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
