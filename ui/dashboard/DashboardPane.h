#pragma once
#include "dashboard/DashboardFigures.h"
#include "main/Pane.h"

#include <QHash>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace simuwave {

class ConsoleContext;
class MetricCard;

// The landing page (Partner Guide, "The dashboard at a glance"): the headline cards, the trial banner with
// its countdown, the wallet balance, the six-step setup checklist detected from data (never ticked by hand;
// expanded while nothing is done, a progress button once something is, gone when all six are), and a
// compliance card whose lines open the filtered lists. Everything is read from the cache; the figures are
// recomputed after changes, coalesced, never per change.
class DashboardPane : public Pane
{
    Q_OBJECT
public:
    explicit DashboardPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    void activated() override;

    DashboardFigures figures() const { return m_figures; }
    // The text of a headline card ("tenants", "extensions", "dids", "status", "users", "minutes", "wallet").
    QString cardText(const QString &card) const;

private:
    void scheduleRefresh();
    void refresh();
    void addCard(QGridLayout *grid, int row, int column, const QString &key, const QString &title);
    QPushButton *addComplianceLine(const QString &objectName, const QString &paneId,
                                   const QVariantMap &params);

    ConsoleContext &m_context;
    DashboardFigures m_figures;
    bool m_shown = false;
    QTimer *m_refresh;
    QLabel *m_trialBanner;
    QHash<QString, MetricCard *> m_cards;
    QGroupBox *m_compliance;
    QHash<QString, QPushButton *> m_complianceLines;
    QToolButton *m_checklistToggle;
    QGroupBox *m_checklist;
    QList<QPushButton *> m_steps;
    bool m_checklistExpandedByUser = false;
};

} // namespace simuwave
