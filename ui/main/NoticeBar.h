#pragma once
#include <QWidget>

class QLabel;
class QToolButton;

namespace simuwave {

// A dismissible one-line message under the header for things the user must notice but that need no
// decision (e.g. "the demo sandbox is not installed"). Hidden when there is nothing to say.
class NoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace simuwave
