#pragma once
// One port request from the cache: its facts, the timeline of status changes with their notes, the
// rejection reason with the fix from the guide's Appendix B, the documents on file, and the actions:
// Resubmit with corrections (rejected requests), Cancel, Upload a document (online), Generate the LOA.
// Every action goes through the write path (or the upload job) and is disabled with a reason when not
// allowed (read-only role, wrong status, offline for uploads).
#include "domain/PortRequest.h"

#include <optional>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace simuwave {

class ConsoleContext;

class PortDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PortDetailView(ConsoleContext &context, QWidget *parent = nullptr);

    void showPort(const QString &portId); // empty: nothing selected
    QString portId() const { return m_id; }
    void reload();

    QTreeWidget *timeline() const { return m_timeline; }
    QString rejectionText() const; // what the rejection box says (empty when not rejected)

    // The actions. False when refused (not allowed, invalid); `error` says why.
    bool resubmit(const QJsonObject &corrections, QMap<QString, QString> *fieldErrors = nullptr);
    bool cancelRequest(const QString &note);
    bool uploadDocument(const QString &kind, const QString &filePath, QString *error = nullptr);
    // Writes the LOA of this request to `filePath` (the account number is left to fill in when the API
    // only shows it masked).
    bool saveLoa(const QString &filePath, QString *error = nullptr);

Q_SIGNALS:
    void uploadFinished(bool ok, const QString &message);

private:
    void updateActions();
    void openResubmitDialog();

    ConsoleContext &m_context;
    QString m_id;
    std::optional<PortRequest> m_port;
    QLabel *m_header;
    QLabel *m_facts;
    QLabel *m_rejection;
    QTreeWidget *m_timeline;
    QLabel *m_documents;
    QLabel *m_message;
    QPushButton *m_resubmit;
    QPushButton *m_cancel;
    QPushButton *m_upload;
    QPushButton *m_loa;
};

} // namespace simuwave
