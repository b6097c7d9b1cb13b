#pragma once
#include "main/Pane.h"

namespace simuwave {

class ConsoleContext;

class TenantsPane : public Pane
{
    Q_OBJECT
public:
    explicit TenantsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;

private:
    ConsoleContext &m_context;
};

} // namespace simuwave
