#pragma once
#include <QWidget>

namespace simuwave {

// The honest empty state of a pane whose feature is not built yet: a centred heading and one sentence.
class NotAvailableView : public QWidget
{
    Q_OBJECT
public:
    NotAvailableView(const QString &heading, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace simuwave
