#pragma once
// Edit a number (the guide's "Edit DID" modal): its caller ID name (CNAM, at most 15 characters; empty =
// the tenant's default) and its E911 address (building number, no PO Box, city without commas or
// apostrophes, state, ZIP; the country is US). Every field is checked with the Partner Guide's rules before
// anything is sent, and its message shown under it naming it; the server's 422 lands on the same fields.
// Only what changed is sent: PATCH phone-numbers/{id} through the write queue.
//
// "Apply to all of this tenant's numbers" (and editing several selected numbers at once) sends one command
// per number through BulkResultDialog: a confirmation stating what is set on how many numbers, a progress
// dialog, and the result of each number. With several numbers, an empty field keeps each number's own
// value. The address-only form is the bulk "Update E911…" (one address for the selection). Non-modal
// (open()); the bulk dialog is opened on this dialog's parent, and this one closes.
#include "domain/PhoneNumber.h"
#include "widgets/BulkCommandRunner.h"

#include <memory>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simuwave {

class BulkResultDialog;
class ConsoleContext;
class FieldErrorLabels;

class EditNumberDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Full,       // CNAM and E911
        AddressOnly // E911 only (bulk "Update E911…", the E911 pane)
    };

    EditNumberDialog(ConsoleContext &context, const QList<PhoneNumber> &numbers, Mode mode = Mode::Full,
                     QWidget *parent = nullptr);
    ~EditNumberDialog() override;

    QList<PhoneNumber> numbers() const { return m_numbers; }
    // "cnam", "e911_address.street", "e911_address.city", "e911_address.state", "e911_address.zip"
    QLineEdit *field(const QString &apiName) const;
    QString errorFor(const QString &apiName) const;            // the message under that field (empty: none)
    QString message() const;                                   // the line above the buttons
    QCheckBox *applyToTenantBox() const { return m_applyAll; } // null unless one assigned number
    QPushButton *saveButton() const { return m_save; }
    // The numbers the next save() changes: this one, the tenant's, or the selection.
    QList<PhoneNumber> targets() const;

    // Validates, then sends (one number) or opens the bulk confirmation (several). False when refused
    // (messages on the fields), when nothing changed, or when not allowed.
    bool save();

Q_SIGNALS:
    // One number saved: the server's answer is in the cache.
    void saved(const QString &numberId);
    // Several numbers: the confirmation is open; the per-number results follow in `dialog`.
    void bulkStarted(simuwave::BulkResultDialog *dialog);

private:
    QLineEdit *addLine(QFormLayout *form, const QString &apiName, const QString &label);
    Address formAddress() const;
    bool addressTyped() const;
    void showErrors(const QMap<QString, QString> &errors);
    void setMessage(const QString &text);
    bool isBulk() const;

    ConsoleContext &m_context;
    QList<PhoneNumber> m_numbers;
    Mode m_mode;
    std::unique_ptr<FieldErrorLabels> m_errors;
    QHash<QString, QLineEdit *> m_fields;
    QCheckBox *m_applyAll = nullptr;
    QString m_tenantName;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    qint64 m_entry = 0;
};

} // namespace simuwave
