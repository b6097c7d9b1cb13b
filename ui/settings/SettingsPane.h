#pragma once
#include "main/Pane.h"

namespace simuwave {

class SettingsPane : public Pane
{
    Q_OBJECT
public:
    explicit SettingsPane(QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
};

} // namespace simuwave
