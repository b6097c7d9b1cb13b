#include "numbers/FieldErrorLabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace simuwave {

void FieldErrorLabels::addRow(QFormLayout *form, const QString &apiName, const QString &label,
                              QWidget *editor)
{
    editor->setAccessibleName(label);
    auto *box = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + apiName);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    error->setPalette(pal);
    error->hide();
    v->addWidget(error);
    m_labels.insert(apiName, error);
    m_editors.insert(apiName, editor);
    m_order.append(apiName);
    form->addRow(label, box);
}

QStringList FieldErrorLabels::show(const QMap<QString, QString> &errors)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    for (const QString &name : std::as_const(m_order)) {
        if (!errors.value(name).isEmpty()) {
            if (QWidget *e = m_editors.value(name); e && e->isEnabled())
                e->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    QStringList unplaced;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!m_labels.contains(it.key()) && !it.value().isEmpty())
            unplaced.append(it.value());
    }
    return unplaced;
}

QString FieldErrorLabels::errorFor(const QString &apiName) const
{
    const QLabel *l = m_labels.value(apiName);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace simuwave
