#pragma once
#include "main/Pane.h"

namespace simuwave {

class ConsoleContext;

class UsageLimitsPane : public Pane
{
    Q_OBJECT
public:
    explicit UsageLimitsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;

private:
    ConsoleContext &m_context;
};

} // namespace simuwave
