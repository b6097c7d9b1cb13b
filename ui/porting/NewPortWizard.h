#pragma once
// New Port Request (the guide's "Submitting the port", Appendix B): numbers (pasted many at once, each
// normalised to E.164; duplicates, numbers already in the inventory and numbers already being ported are
// flagged), the losing carrier's account (carrier, account holder exactly as on the bill, account number,
// PIN, service address), the target tenant and the desired date (warning about Mondays, Fridays, weekends
// and dates less than two weeks out), the signed LOA and the latest carrier bill (PDF, PNG or JPEG, checked
// by content, at most 10 MiB; the LOA can be generated here, filled from the wizard, to be signed), a review
// page, then Submit: the request goes through the write path with an Idempotency-Key, and the two documents
// are uploaded once the server has created it.
#include <QJsonObject>
#include <QMap>
#include <QWizard>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace simuwave {

class ConsoleContext;
struct LoaPdfInput;

class NewPortWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        NumbersPage,
        AccountPage,
        TargetPage,
        DocumentsPage,
        ReviewPage
    };

    explicit NewPortWizard(ConsoleContext &context, QWidget *parent = nullptr);

    QPlainTextEdit *numbersEdit() const { return m_numbers; }
    // "current_carrier", "account_holder_name", "account_number", "pin", "service_address.street", ".city",
    // ".state", ".zip"
    QLineEdit *field(const QString &apiName) const { return m_fields.value(apiName); }
    QComboBox *tenantCombo() const { return m_tenant; }
    QDateEdit *desiredDate() const { return m_date; }

    // The pasted numbers in E.164, and one line per problem (invalid, duplicate, owned, being ported).
    QStringList numbers(QStringList *problems = nullptr) const;
    QString dateAdvice() const;
    // Chooses a document ("loa" or "carrier_bill"); false with `error` when it is not a PDF/PNG/JPEG by
    // content, too large or unreadable.
    bool setDocument(const QString &kind, const QString &path, QString *error = nullptr);
    // The LOA filled from what was entered so far (also what "Generate LOA…" saves).
    LoaPdfInput loaInput() const;
    bool saveLoa(const QString &path, QString *error = nullptr) const;

    // Per-field problems of everything entered (API names; "numbers", "loa", "carrier_bill" too).
    QMap<QString, QString> problems() const;
    QJsonObject requestBody() const;
    // Validates everything, then sends; the wizard closes once the documents are uploaded.
    bool submit();
    QString statusText() const;

Q_SIGNALS:
    // The request exists on the server (its id) and both documents were uploaded (or why not).
    void submitted(const QString &portId, bool documentsUploaded, const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void uploadNext(const QString &portId);
    void showProblems(const QMap<QString, QString> &problems);

    ConsoleContext &m_context;
    QPlainTextEdit *m_numbers;
    QLabel *m_numbersReport;
    QMap<QString, QLineEdit *> m_fields;
    QComboBox *m_tenant;
    QDateEdit *m_date;
    QLabel *m_dateAdvice;
    QMap<QString, QString> m_documents; // kind -> path
    QMap<QString, QLabel *> m_documentLabels;
    QLabel *m_review;
    QLabel *m_status;
    qint64 m_entry = 0;
    QStringList m_uploadQueue;
    QString m_uploadErrors;
};

} // namespace simuwave
