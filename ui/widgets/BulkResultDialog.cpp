#include "widgets/BulkResultDialog.h"

#include "items/ItemRoles.h"
#include "widgets/BulkResultModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace simuwave {

namespace {
// Shows every row, or only the rows that need the user's attention.
class ProblemsOnlyProxyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProblemsOnly(bool on)
    {
        if (m_on == on)
            return;
        m_on = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_on)
            return true;
        return sourceModel()->index(row, 0, parent).data(items::NeedsAttentionRole).toBool();
    }

private:
    bool m_on = false;
};
} // namespace

BulkResultDialog::BulkResultDialog(WriteQueue *queue, QWidget *parent)
    : QDialog(parent)
    , m_runner(new BulkCommandRunner(queue, this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    resize(640, 420);

    m_model = new BulkResultModel(m_runner, this);
    auto *proxy = new ProblemsOnlyProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setDynamicSortFilter(true);
    m_proxy = proxy;

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *head = new QHBoxLayout;
    head->addWidget(m_icon);
    head->addWidget(m_summary, 1);

    m_precheck = new QLabel(this);
    m_precheck->setObjectName(QStringLiteral("bulkPrecheck"));
    m_precheck->setWordWrap(true);
    m_precheck->setTextFormat(Qt::PlainText);
    m_precheck->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Progress of the bulk operation"));
    m_progress->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("bulkResults"));
    m_view->setAccessibleName(tr("Result of each item"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BulkResultModel::ItemColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BulkResultModel::OutcomeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    m_problemsOnly = new QCheckBox(tr("Show only &problems"), this);
    m_problemsOnly->setObjectName(QStringLiteral("bulkProblemsOnly"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, [proxy](bool on) { proxy->setProblemsOnly(on); });

    m_buttons = new QDialogButtonBox(this);
    m_confirmButton = m_buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("bulkConfirm"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("bulkCancel"));
    m_copyButton = m_buttons->addButton(tr("&Copy results"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("bulkCopy"));
    m_copyButton->setToolTip(tr("Copy the result list as tab-separated text"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("bulkClose"));
    connect(m_confirmButton, &QPushButton::clicked, this, &BulkResultDialog::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkResultDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkResultDialog::accept);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QApplication::clipboard())
            clipboard->setText(m_model->toText(m_problemsOnly->isChecked()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_precheck);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_buttons);

    connect(m_runner, &BulkCommandRunner::progressChanged, this, &BulkResultDialog::updateProgress);
    connect(m_runner, &BulkCommandRunner::finished, this, &BulkResultDialog::showResults);
    setStage(Stage::Confirm);
}

BulkResultDialog::~BulkResultDialog() = default;

void BulkResultDialog::setOperation(const QString &title, const QString &summary,
                                    const QList<BulkCommandRunner::Item> &items, const QString &confirmText,
                                    bool destructive)
{
    m_title = title;
    setWindowTitle(title);
    m_runner->setItems(items);
    m_model->reload();
    m_summary->setText(summary);
    m_confirmButton->setText(confirmText.isEmpty() ? tr("Continue") : confirmText);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(destructive ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion,
                           nullptr, this)
            .pixmap(size, size));

    // What will not be sent, and why, before the user confirms.
    const QList<BulkCommandRunner::Result> refused = m_runner->precheck();
    if (refused.isEmpty()) {
        m_precheck->hide();
        m_confirmButton->setEnabled(!items.isEmpty());
    } else {
        QStringList lines;
        lines.append(
            tr("%n of %1 item(s) will not be sent:", nullptr, int(refused.size())).arg(items.size()));
        constexpr int shown = 8;
        for (int i = 0; i < refused.size() && i < shown; ++i) {
            const auto &r = refused.at(i);
            lines.append(
                tr("• %1: %2")
                    .arg(r.item.label.isEmpty() ? r.item.key : r.item.label, BulkResultModel::messageOf(r)));
        }
        if (refused.size() > shown)
            lines.append(tr("… and %n more.", nullptr, int(refused.size()) - shown));
        m_precheck->setText(lines.join(QLatin1Char('\n')));
        m_precheck->show();
        m_confirmButton->setEnabled(refused.size() < items.size());
        if (!m_confirmButton->isEnabled())
            m_confirmButton->setToolTip(refused.constFirst().message);
    }
    setStage(Stage::Confirm);
}

void BulkResultDialog::open()
{
    QDialog::open();
    if (!m_confirm && m_stage == Stage::Confirm)
        startRun();
}

void BulkResultDialog::startRun()
{
    if (m_stage != Stage::Confirm || m_runner->count() == 0)
        return;
    setStage(Stage::Running);
    Q_EMIT runStarted();
    m_runner->start();
}

void BulkResultDialog::reject()
{
    switch (m_stage) {
    case Stage::Confirm:
        QDialog::reject();
        break;
    case Stage::Running:
        // Escape or Cancel while running: stop what has not been sent; the results stay on screen.
        m_cancelButton->setEnabled(false);
        m_runner->cancel();
        break;
    case Stage::Finished:
        QDialog::accept();
        break;
    }
}

void BulkResultDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool confirm = stage == Stage::Confirm;
    const bool running = stage == Stage::Running;
    const bool finished = stage == Stage::Finished;
    m_confirmButton->setVisible(confirm);
    m_cancelButton->setVisible(confirm || running);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setToolTip(running ? tr("Stop: what has not been sent yet is not sent") : QString());
    m_closeButton->setVisible(finished);
    m_copyButton->setVisible(finished);
    m_problemsOnly->setVisible(finished);
    m_progress->setVisible(running || finished);
    if (!confirm)
        m_precheck->hide();
    if (confirm)
        m_confirmButton->setDefault(true);
    if (finished)
        m_closeButton->setDefault(true);
}

void BulkResultDialog::updateProgress(int done, int total)
{
    m_progress->setMaximum(qMax(total, 1));
    m_progress->setValue(done);
    if (m_stage == Stage::Running)
        m_summary->setText(tr("%1: %2 of %3 done…").arg(m_title).arg(done).arg(total));
}

void BulkResultDialog::showResults()
{
    using O = BulkCommandRunner::Outcome;
    setStage(Stage::Finished);
    const int ok = m_runner->countOf(O::Succeeded);
    const int failed = m_runner->countOf(O::Failed);
    const int notSent = m_runner->countOf(O::NotSent);
    const int queued = m_runner->countOf(O::Queued);
    const int cancelled = m_runner->countOf(O::Cancelled);
    QStringList parts;
    parts.append(tr("%n done", nullptr, ok));
    if (failed)
        parts.append(tr("%n failed", nullptr, failed));
    if (notSent)
        parts.append(tr("%n not sent", nullptr, notSent));
    if (queued)
        parts.append(tr("%n queued until the console is online", nullptr, queued));
    if (cancelled)
        parts.append(tr("%n cancelled", nullptr, cancelled));
    const bool problems = failed + notSent + queued + cancelled > 0;
    m_summary->setText(tr("%1 — %2.").arg(m_title, parts.join(QStringLiteral(", "))));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(problems ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton, nullptr,
                           this)
            .pixmap(size, size));
    // Partial failures first: the list opens on what needs attention.
    if (failed + notSent > 0)
        m_problemsOnly->setChecked(true);
    Q_EMIT runFinished();
}

} // namespace simuwave
