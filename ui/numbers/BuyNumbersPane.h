#pragma once
#include "main/Pane.h"

namespace simuwave {

class ConsoleContext;

class BuyNumbersPane : public Pane
{
    Q_OBJECT
public:
    explicit BuyNumbersPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;

private:
    ConsoleContext &m_context;
};

} // namespace simuwave
