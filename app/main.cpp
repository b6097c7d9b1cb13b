#include "main/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SimuWave"));
    QApplication::setApplicationName(QStringLiteral("simuwave-console"));
    simuwave::MainWindow window;
    window.show();
    return app.exec();
}
