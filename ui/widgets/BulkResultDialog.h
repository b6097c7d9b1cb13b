#pragma once
// A bulk operation from the user's side, in one window-modal dialog (issue 5; reused for bulk E911 updates):
//  1. confirmation: what will happen to how many items, and which items will not be sent (validation or
//     role) with the reason, before anything is sent;
//  2. progress with Cancel (what has not been sent yet is not sent);
//  3. the per-item result list: done / failed / not sent / queued offline, each with the server's message.
//     "Show only problems" and "Copy" (tab-separated, for a ticket or a spreadsheet).
//
// Usage (no nested event loop):
//     auto *dialog = new BulkResultDialog(context.writeQueue(), this);
//     dialog->setOperation(tr("Release numbers"), tr("Release 12 numbers? ..."), items, tr("Release 12"));
//     connect(dialog, &BulkResultDialog::runFinished, this, ...);
//     dialog->open();
// The dialog deletes itself when closed (Qt::WA_DeleteOnClose).
#include "widgets/BulkCommandRunner.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace simuwave {

class BulkResultModel;
class WriteQueue;

class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage
    {
        Confirm,
        Running,
        Finished
    };
    Q_ENUM(Stage)

    explicit BulkResultDialog(WriteQueue *queue, QWidget *parent = nullptr);
    ~BulkResultDialog() override;

    // `summary`: translated sentence(s) on what will happen; `confirmText`: the confirm button's text
    // ("Release 12 numbers"). Destructive operations get a warning icon.
    void setOperation(const QString &title, const QString &summary,
                      const QList<BulkCommandRunner::Item> &items, const QString &confirmText,
                      bool destructive = false);
    // Skip the confirmation (the caller's own dialog already confirmed): open() starts at once.
    void setConfirmationRequired(bool required) { m_confirm = required; }

    BulkCommandRunner *runner() const { return m_runner; }
    BulkResultModel *resultModel() const { return m_model; }
    Stage stage() const { return m_stage; }

    // The controls, for keyboard users' shortcuts and tests.
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *closeButton() const { return m_closeButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QTableView *resultView() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *precheckLabel() const { return m_precheck; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void open() override;
    void startRun();

Q_SIGNALS:
    void runStarted();
    // Every item has its outcome (or was cancelled).
    void runFinished();

protected:
    void reject() override;

private:
    void setStage(Stage stage);
    void updateProgress(int done, int total);
    void showResults();

    BulkCommandRunner *m_runner = nullptr;
    BulkResultModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Stage m_stage = Stage::Confirm;
    bool m_confirm = true;
    QString m_title;
    QLabel *m_icon = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_precheck = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace simuwave
