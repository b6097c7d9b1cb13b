#pragma once
// The message under each field of a form (the TenantDialog pattern, shared by the number forms): one
// hidden label per API field name ("state", "cnam", "e911_address.zip"), shown with the Partner Guide's
// rule before anything is sent, or with the server's 422 message afterwards.
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace simuwave {

class FieldErrorLabels
{
public:
    // Adds "label: editor" to `form` with a hidden error label under the editor. The editor's accessible
    // name becomes `label`, so a screen reader names the field the message is about.
    void addRow(QFormLayout *form, const QString &apiName, const QString &label, QWidget *editor);

    // Shows these messages (API field -> message) and hides every other one; the first field with a
    // message gets the focus. Returns the messages that belong to no field of this form.
    QStringList show(const QMap<QString, QString> &errors);
    void clear() { show({}); }

    bool hasField(const QString &apiName) const { return m_labels.contains(apiName); }
    QString errorFor(const QString &apiName) const; // empty when none is shown
    QWidget *editor(const QString &apiName) const { return m_editors.value(apiName); }

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
    QStringList m_order; // the form's order, for "the first field with a message"
};

} // namespace simuwave
