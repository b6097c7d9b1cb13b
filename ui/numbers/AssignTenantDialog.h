#pragma once
// Inventory → Assign to Tenant…: pick the tenant (from the cache: every tenant that can hold numbers,
// i.e. not cancelled) for the selected numbers, with what its DID limit leaves room for. Continue hands
// the choice to the caller, which shows the bulk confirmation and the per-number results.
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace simuwave {

class ConsoleContext;

class AssignTenantDialog : public QDialog
{
    Q_OBJECT
public:
    AssignTenantDialog(ConsoleContext &context, int numberCount, QWidget *parent = nullptr);

    QComboBox *tenantBox() const { return m_tenant; }
    QPushButton *continueButton() const { return m_continue; }
    QString tenantId() const;
    // Selects this tenant; false when it is not in the list.
    bool setTenantId(const QString &tenantId);
    QString roomText() const; // what the chosen tenant's DID limit leaves room for

Q_SIGNALS:
    void tenantChosen(const QString &tenantId);

private:
    void updateRoom();

    ConsoleContext &m_context;
    int m_count;
    QComboBox *m_tenant;
    QLabel *m_room;
    QPushButton *m_continue;
};

} // namespace simuwave
