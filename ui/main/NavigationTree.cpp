#include "main/NavigationTree.h"

#include <QEvent>
#include <QHeaderView>

namespace simuwave {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int IsSectionRole = Qt::UserRole + 1;
} // namespace

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Navigation"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::StrongFocus);
    // The sidebar is the window background, not a white list box.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    // Roomy rows and a rounded selection: the sidebar is read at a glance all day.
    setStyleSheet(
        QStringLiteral("QTreeView::item { padding: 5px 6px; margin: 1px 6px 1px 0px; border-radius: 5px; }"
                       "QTreeView::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"
                       "QTreeView::branch:selected { background: transparent; }"));
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *) { onCurrentItemChanged(current); });
    // Clicking a section heading opens its first entry, like opening the guide's menu and taking the top
    // item.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, IsSectionRole).toBool() && item->childCount() > 0)
            setCurrentItem(item->child(0));
    });
}

void NavigationTree::addSection(const QString &sectionId, const QString &title)
{
    auto *item = new QTreeWidgetItem(this, QStringList{title});
    item->setData(0, IdRole, sectionId);
    item->setData(0, IsSectionRole, true);
    // A section is a heading, not a page: selecting it would leave the stack showing nothing new.
    item->setFlags(Qt::ItemIsEnabled);
    // Headings read as captions (small, spaced capitals, muted) so they are not mistaken for pages.
    QFont font = item->font(0);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(0, font);
    item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    item->setExpanded(true);
}

void NavigationTree::addEntry(const QString &paneId, const QString &title, const QString &sectionId)
{
    QTreeWidgetItem *section = sectionId.isEmpty() ? nullptr : findItem(sectionId, true);
    auto *item = section ? new QTreeWidgetItem(section, QStringList{title})
                         : new QTreeWidgetItem(this, QStringList{title});
    item->setData(0, IdRole, paneId);
    item->setData(0, IsSectionRole, false);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (section)
        section->setExpanded(true);
}

void NavigationTree::setEntryTitle(const QString &paneId, const QString &title)
{
    if (QTreeWidgetItem *item = findItem(paneId))
        item->setText(0, title);
}

void NavigationTree::selectPane(const QString &paneId)
{
    QTreeWidgetItem *item = findItem(paneId);
    if (!item || item == currentItem())
        return;
    m_selecting = true;
    setCurrentItem(item);
    m_selecting = false;
}

QString NavigationTree::sectionTitleOf(const QString &paneId) const
{
    const QTreeWidgetItem *item = findItem(paneId);
    return item && item->parent() ? item->parent()->text(0) : QString();
}

void NavigationTree::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    // Headings carry an explicit colour; follow a switch between the light and dark palettes.
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = topLevelItem(i);
            if (item->data(0, IsSectionRole).toBool())
                item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
    }
}

void NavigationTree::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        const bool topMatches = needle.isEmpty() || top->text(0).contains(needle, Qt::CaseInsensitive);
        if (top->childCount() == 0) {
            top->setHidden(!topMatches);
            continue;
        }
        bool anyChild = false;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *child = top->child(c);
            const bool show = topMatches || child->text(0).contains(needle, Qt::CaseInsensitive);
            child->setHidden(!show);
            anyChild = anyChild || show;
        }
        top->setHidden(!anyChild);
    }
}

QStringList NavigationTree::visiblePanes() const
{
    QStringList panes;
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree *>(this)); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        if (!item->isHidden() && !item->data(0, IsSectionRole).toBool() &&
            !(item->parent() && item->parent()->isHidden()))
            panes.append(item->data(0, IdRole).toString());
    }
    return panes;
}

QString NavigationTree::firstVisiblePane() const
{
    const QStringList panes = visiblePanes();
    return panes.isEmpty() ? QString() : panes.constFirst();
}

QTreeWidgetItem *NavigationTree::findItem(const QString &id, bool section) const
{
    // Sections and panes may share an id ("tenants"), so the kind is part of the key.
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree *>(this)); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id && (*it)->data(0, IsSectionRole).toBool() == section)
            return *it;
    }
    return nullptr;
}

void NavigationTree::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_selecting || !current || current->data(0, IsSectionRole).toBool())
        return;
    emit paneActivated(current->data(0, IdRole).toString());
}

} // namespace simuwave
