#include "main/MainWindow.h"

namespace simuwave {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SimuWave Partner Console"));
    resize(1280, 800);
}

} // namespace simuwave
