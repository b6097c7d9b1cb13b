#include "e911/E911Pane.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "main/ConsoleContext.h"

#include "items/PhoneNumberTableModel.h"
#include "numbers/NumberActions.h"
#include "print/E911ComplianceReport.h"
#include "print/InvoicePdfRenderer.h"

#include <QBoxLayout>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

namespace simuwave {

E911Pane::E911Pane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return E911Pane::tr("%n number(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("The E911 status of every number appears here once the console has synced."));
    // Always in sight: how many numbers cannot reach 911 with a correct address.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("e911NonCompliant"));
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);
    static_cast<QBoxLayout *>(paneLayout())->insertWidget(0, m_countLabel);
    m_actions = new NumberActions(context, this);
    auto *bar = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("e911Edit"));
    m_update = new QPushButton(tr("Update &E911…"), this);
    m_update->setObjectName(QStringLiteral("e911Update"));
    bar->addWidget(m_edit);
    bar->addWidget(m_update);
    bar->addStretch();
    // The compliance report, for auditors and the partner's own records.
    auto *csv = new QPushButton(tr("Report as &CSV…"), this);
    csv->setObjectName(QStringLiteral("e911ReportCsv"));
    auto *pdf = new QPushButton(tr("Report as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("e911ReportPdf"));
    for (QPushButton *b : {csv, pdf}) {
        b->setToolTip(
            tr("Every number in service, per tenant and address, with its E911 status. Works offline."));
        bar->addWidget(b);
        const bool asPdf = b == pdf;
        connect(b, &QPushButton::clicked, this, [this, asPdf] {
            const QString suggested = QStringLiteral("e911-compliance-%1.%2")
                                          .arg(QDate::currentDate().toString(Qt::ISODate),
                                               asPdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Save the E911 Compliance Report"), suggested,
                                             asPdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
            if (path.isEmpty())
                return;
            const QString error = exportReport(path, asPdf);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("E911 Compliance Report"), error);
        });
    }
    static_cast<QBoxLayout *>(paneLayout())->insertLayout(1, bar);
    connect(m_edit, &QPushButton::clicked, this, &E911Pane::editSelected);
    connect(m_update, &QPushButton::clicked, this, &E911Pane::updateE911Selected);
    // Enter or a double click on a number opens its fix.
    connect(view(), &RecordTableView::recordActivated, this, [this](const QString &id) {
        if (m_edit->isEnabled())
            m_actions->edit({id});
    });
    connect(view(), &RecordTableView::currentRecordChanged, this, &E911Pane::updateActions);
    connect(&context, &ConsoleContext::writeAccessChanged, this, &E911Pane::updateActions);
    connect(&context, &ConsoleContext::cacheReady, this, &E911Pane::updateActions);
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &E911Pane::updateCount);
    connect(&context, &ConsoleContext::cacheReady, m_countTimer, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::cacheChanged, m_countTimer, qOverload<>(&QTimer::start));
    updateCount();
    updateActions();
    view()->addFilter(QStringLiteral("e911StatusFilter"), tr("E911 status"),
                      {{tr("All"), QVariant()},
                       {displayName(E911Status::NotSet), QVariant(int(E911Status::NotSet))},
                       {displayName(E911Status::Failed), QVariant(int(E911Status::Failed))},
                       {displayName(E911Status::Pending), QVariant(int(E911Status::Pending))},
                       {displayName(E911Status::Registered), QVariant(int(E911Status::Registered))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setE911StatusFilter(value.isValid()
                                                         ? QList<E911Status>{E911Status(value.toInt())}
                                                         : QList<E911Status>());
                      });
    addTenantFilter([this](const QString &tenantId) {
        if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
            m->setTenantFilter(tenantId);
    });
}

QString E911Pane::exportReport(const QString &path, bool pdf)
{
    cache::SqlCache *cache = context().cache();
    if (!cache)
        return tr("No profile is open.");
    const QList<E911ReportRow> rows = E911ComplianceReport::collect(*cache);
    if (!pdf)
        return E911ComplianceReport::writeCsv(rows, path);
    const QString paper = context().settings().value(QStringLiteral("print/paperSize")).toString();
    const QPageSize::PageSizeId size = paper == QLatin1String("letter") ? QPageSize::Letter
                                       : paper == QLatin1String("a4")   ? QPageSize::A4
                                                                      : InvoicePdfRenderer::defaultPageSize();
    return E911ComplianceReport::writePdf(rows, PdfBranding::fromCache(*cache), path,
                                          QDateTime::currentDateTime(), size);
}

QString E911Pane::id() const
{
    return QStringLiteral("e911");
}

QString E911Pane::title() const
{
    return tr("E911");
}

void E911Pane::updateCount()
{
    m_nonCompliant = 0;
    if (cache::SqlCache *cache = context().cache()) {
        QSqlQuery q(cache->database());
        if (q.exec(QStringLiteral(
                "SELECT COUNT(*) FROM phone_numbers WHERE e911_status IN ('not_set', 'failed') "
                "AND status <> 'RELEASED'")) &&
            q.next())
            m_nonCompliant = q.value(0).toLongLong();
    }
    m_countLabel->setText(m_nonCompliant == 0 ? tr("Every number has a registered or pending E911 address.")
                                              : tr("%n number(s) need an E911 fix (Not Set or Failed).",
                                                   nullptr, int(m_nonCompliant)));
}

items::LazySqlTableModel *E911Pane::createModel(cache::SqlCache *cache)
{
    // The view gets a new selection model with the new model, right after this returns.
    QMetaObject::invokeMethod(this, &E911Pane::watchSelection, Qt::QueuedConnection);
    return new items::PhoneNumberTableModel(cache);
}

void E911Pane::watchSelection()
{
    if (QItemSelectionModel *selection = view()->table()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &E911Pane::updateActions,
                Qt::UniqueConnection);
    updateActions();
}

QStringList E911Pane::selectedIds() const
{
    return NumberActions::selectedIds(view());
}

void E911Pane::updateActions()
{
    const QItemSelectionModel *selection = view()->table()->selectionModel();
    const bool any = view()->model() && selection &&
                     (selection->hasSelection() || view()->table()->currentIndex().isValid());
    const QString reason =
        m_actions->writeReason(any ? QStringList{QStringLiteral("selection")} : QStringList());
    for (QPushButton *b : {m_edit, m_update}) {
        b->setEnabled(reason.isEmpty());
        b->setToolTip(reason);
    }
}

EditNumberDialog *E911Pane::editSelected()
{
    if (!m_edit->isEnabled())
        return nullptr;
    const QStringList ids = selectedIds();
    // Fix in place is about one number; several get one address through Update E911.
    return ids.size() == 1 ? m_actions->edit(ids) : m_actions->updateE911(ids);
}

EditNumberDialog *E911Pane::updateE911Selected()
{
    return m_update->isEnabled() ? m_actions->updateE911(selectedIds()) : nullptr;
}

bool E911Pane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("e911_status"))) {
        const E911Status value = e911StatusFromApi(params.value(QStringLiteral("e911_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("e911StatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
