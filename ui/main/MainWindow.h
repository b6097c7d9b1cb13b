#pragma once
#include <QMainWindow>

namespace simuwave {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace simuwave
