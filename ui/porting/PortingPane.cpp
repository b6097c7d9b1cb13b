#include "porting/PortingPane.h"

#include "domain/Statuses.h"
#include "items/PortRequestTableModel.h"
#include "main/ConsoleContext.h"
#include "porting/NewPortWizard.h"
#include "porting/PortAgeDelegate.h"
#include "porting/PortCsvImport.h"
#include "porting/PortDetailView.h"
#include "porting/PortStatusWatcher.h"
#include "widgets/BulkResultDialog.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace simuwave {

PortingPane::PortingPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return PortingPane::tr("%n port request(s)", nullptr, n); }, parent)
    , m_detail(new PortDetailView(context, this))
    , m_watcher(new PortStatusWatcher(context, this))
{
    setObjectName(id());
    view()->setEmptyText(tr("Your port requests appear here once the console has synced."));
    view()->addFilter(QStringLiteral("portStatusFilter"), tr("Port status"),
                      {{tr("All"), QVariant()},
                       {displayName(PortStatus::Pending), QVariant(int(PortStatus::Pending))},
                       {displayName(PortStatus::Submitted), QVariant(int(PortStatus::Submitted))},
                       {displayName(PortStatus::FocReceived), QVariant(int(PortStatus::FocReceived))},
                       {displayName(PortStatus::Completed), QVariant(int(PortStatus::Completed))},
                       {displayName(PortStatus::Rejected), QVariant(int(PortStatus::Rejected))},
                       {displayName(PortStatus::Cancelled), QVariant(int(PortStatus::Cancelled))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PortRequestTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<PortStatus>{PortStatus(value.toInt())}
                                                     : QList<PortStatus>());
                      });

    addTenantFilter([this](const QString &tenantId) {
        if (auto *m = qobject_cast<items::PortRequestTableModel *>(model()))
            m->setTenantFilter(tenantId);
    });
    // Requests waiting longer than the guide's usual time in their status stand out.
    view()->table()->setItemDelegate(new PortAgeDelegate(view()->table()));

    auto *bar = new QHBoxLayout;
    m_new = new QPushButton(tr("&New Port Request…"), this);
    m_new->setObjectName(QStringLiteral("portNew"));
    m_new->setShortcut(QKeySequence::New);
    m_import = new QPushButton(tr("&Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("portImport"));
    m_import->setToolTip(tr("One port request per row; the columns are listed in the README."));
    bar->addWidget(m_new);
    bar->addWidget(m_import);
    bar->addStretch();
    static_cast<QBoxLayout *>(paneLayout())->insertLayout(0, bar);
    // The list above, the selected request's details and timeline below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("portingSplitter"));
    paneLayout()->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // 3:2 from the start too: by their size hints alone the details took most of the height.
    splitter->setSizes({600, 400});
    paneLayout()->addWidget(splitter);
    connect(view(), &RecordTableView::currentRecordChanged, m_detail, &PortDetailView::showPort);
    connect(m_new, &QPushButton::clicked, this, &PortingPane::newPortRequest);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Port Requests"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(&context, &ConsoleContext::writeAccessChanged, this, &PortingPane::updateActions);
    updateActions();
}

QString PortingPane::id() const
{
    return QStringLiteral("porting");
}

QString PortingPane::title() const
{
    return tr("Porting");
}

void PortingPane::updateActions()
{
    QString reason;
    const bool canWrite = context().canWrite(&reason);
    for (QPushButton *b : {m_new, m_import}) {
        b->setEnabled(canWrite);
        b->setToolTip(canWrite ? (b == m_import
                                      ? tr("One port request per row; the columns are listed in the README.")
                                      : QString())
                               : reason);
    }
}

items::LazySqlTableModel *PortingPane::createModel(cache::SqlCache *cache)
{
    return new items::PortRequestTableModel(cache);
}

bool PortingPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const PortStatus value = portStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("portStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

NewPortWizard *PortingPane::newPortRequest()
{
    if (!context().canWrite())
        return nullptr;
    auto *wizard = new NewPortWizard(context(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewPortWizard::submitted, this, [this](const QString &portId) {
        openWith({{QStringLiteral("id"), portId}});
    });
    wizard->open();
    return wizard;
}

QDialog *PortingPane::importCsv(const QString &path)
{
    if (!context().canWrite())
        return nullptr;
    QFile file(path);
    QString fileError;
    QList<PortCsvImport::Row> rows;
    if (!file.open(QIODevice::ReadOnly))
        fileError = tr("%1 cannot be read: %2").arg(path, file.errorString());
    else if (file.size() > 5 * 1024 * 1024)
        fileError = tr("%1 is larger than 5 MiB; split it.").arg(path);
    else
        rows = PortCsvImport::read(file.readAll(), context().cache(), QDate::currentDate(), &fileError);

    // The report first: every row, valid or not, and why not. Nothing is sent before Send.
    auto *report = new QDialog(this);
    report->setObjectName(QStringLiteral("portImportReport"));
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->setWindowTitle(tr("Import Port Requests"));
    const auto items = PortCsvImport::commands(rows);
    auto *summary = new QLabel(report);
    summary->setObjectName(QStringLiteral("portImportSummary"));
    summary->setWordWrap(true);
    summary->setText(!fileError.isEmpty()
                         ? fileError
                         : tr("%1 of %2 rows are ready to send; rows with problems are not sent.")
                               .arg(items.size())
                               .arg(rows.size()));
    auto *table = new QTableWidget(int(rows.size()), 3, report);
    table->setObjectName(QStringLiteral("portImportRows"));
    table->setAccessibleName(tr("Rows of the file"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Numbers"), tr("Check")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        const PortCsvImport::Row &row = rows.at(r);
        QStringList numbers;
        for (const QJsonValue &n : row.body.value(QLatin1String("numbers")).toArray())
            numbers << n.toString();
        table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        table->setItem(r, 1, new QTableWidgetItem(numbers.join(QStringLiteral(", "))));
        table->setItem(
            r, 2,
            new QTableWidgetItem(row.errors.isEmpty() ? tr("Ready") : row.errors.join(QStringLiteral("; "))));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, report);
    QPushButton *send = buttons->addButton(tr("Send %n request(s)", nullptr, int(items.size())),
                                           QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("portImportSend"));
    send->setEnabled(!items.isEmpty());
    auto *layout = new QVBoxLayout(report);
    layout->addWidget(summary);
    layout->addWidget(table);
    layout->addWidget(buttons);
    report->resize(720, 420);
    connect(buttons, &QDialogButtonBox::rejected, report, &QDialog::reject);
    connect(send, &QPushButton::clicked, report, [this, report, items] {
        report->accept();
        auto *run = new BulkResultDialog(context().writeQueue(), this);
        run->setObjectName(QStringLiteral("portImportResults"));
        run->setAttribute(Qt::WA_DeleteOnClose);
        run->setOperation(tr("Import Port Requests"),
                          tr("Sending %n port request(s).", nullptr, int(items.size())), items, tr("Send"));
        run->setConfirmationRequired(false); // the report was the confirmation
        run->open();
    });
    report->open();
    return report;
}

} // namespace simuwave
