#pragma once
// The number actions Numbers → Inventory and Numbers → E911 share, each from the selected rows of a
// record list: Edit… (one number, or the same change on several), Update E911… (one address for the
// selection), Assign to Tenant… and Release…. Every bulk action shows a confirmation summary first, then
// progress with Cancel, then the result of each number (BulkResultDialog: partial failures listed, not
// hidden). Every command goes through the write queue; the callers disable the actions with the reason for
// the read-only role (writeReason()).
#include "domain/PhoneNumber.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace simuwave {

class AssignTenantDialog;
class BulkResultDialog;
class ConsoleContext;
class EditNumberDialog;
class RecordTableView;

class NumberActions : public QObject
{
    Q_OBJECT
public:
    // Dialogs open on `parentWidget` (window-modal to it).
    NumberActions(ConsoleContext &context, QWidget *parentWidget);

    // The selected rows' number ids in list order (rows whose block is not loaded yet are read from the
    // cache with the list's filter and sort); the current row when nothing is selected.
    static QStringList selectedIds(const RecordTableView *view);
    // Cached numbers for these ids, in the same order (ids the cache does not know are skipped).
    QList<PhoneNumber> numbers(const QStringList &ids) const;

    // Empty when the action may run, else why not (read-only role, nothing selected, ...).
    QString writeReason(const QStringList &ids) const;

    EditNumberDialog *edit(const QStringList &ids);
    EditNumberDialog *updateE911(const QStringList &ids);
    AssignTenantDialog *assign(const QStringList &ids);
    BulkResultDialog *assignTo(const QStringList &ids, const QString &tenantId);
    BulkResultDialog *release(const QStringList &ids);

    // The last bulk dialog opened by any action (for tests and keyboard users).
    BulkResultDialog *lastBulkDialog() const;

Q_SIGNALS:
    void bulkDialogOpened(simuwave::BulkResultDialog *dialog);

private:
    void opened(BulkResultDialog *dialog);

    ConsoleContext &m_context;
    QWidget *m_parent;
    QPointer<QObject> m_lastBulk; // QObject: the header stays free of the dialog's
};

} // namespace simuwave
