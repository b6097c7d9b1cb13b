#include "main/Accessibility.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolButton>

namespace simuwave {

void nameLineEditButtons(QLineEdit *lineEdit)
{
    const auto buttons = lineEdit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("simuwave::Accessibility", "Clear text"));
    }
}

void nameMenuBarButtons(QMenuBar *menuBar)
{
    // The "»" button QMenuBar shows when its menus do not fit.
    const auto buttons = menuBar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("simuwave::Accessibility", "More menus"));
    }
}

} // namespace simuwave
