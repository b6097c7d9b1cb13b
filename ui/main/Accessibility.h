#pragma once

class QLineEdit;
class QMenuBar;

namespace simuwave {

// Qt creates some buttons itself and leaves them without a name a screen reader could speak. These give
// them one; call after the widget is configured (e.g. after setClearButtonEnabled(true)).
void nameLineEditButtons(QLineEdit *lineEdit);
void nameMenuBarButtons(QMenuBar *menuBar);

} // namespace simuwave
