#pragma once
#include <QTreeWidget>

namespace simuwave {

// The sidebar: the guide's menus as sections (Tenants, Numbers, Billing) holding pane entries, plus
// top-level entries (Dashboard, Usage Limits, Settings). Knows pane ids and titles, never the panes.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit NavigationTree(QWidget *parent = nullptr);

    void addSection(const QString &sectionId, const QString &title);
    // An empty or unknown sectionId adds a top-level entry.
    void addEntry(const QString &paneId, const QString &title, const QString &sectionId);
    void setEntryTitle(const QString &paneId, const QString &title);

    // Selects the entry without emitting paneActivated.
    void selectPane(const QString &paneId);
    QString sectionTitleOf(const QString &paneId) const;

    // Quick jump: shows only entries whose title (or section title) contains the text; empty shows all.
    void setFilter(const QString &text);
    // The first entry left visible by the filter, or an empty string.
    QString firstVisiblePane() const;
    QStringList visiblePanes() const;

signals:
    void paneActivated(const QString &paneId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *findItem(const QString &id, bool section = false) const;
    void onCurrentItemChanged(QTreeWidgetItem *current);

    bool m_selecting = false;
};

} // namespace simuwave
