#pragma once
#include <QString>
#include <QVariantMap>
#include <QWidget>

class QSettings;

namespace simuwave {

// One page of the console (Dashboard, Tenants, Number Inventory, ...). The main window only knows this
// interface: it hosts panes in a stack, lists them in the navigation and forwards window-level keys and
// session state to them. Everything a pane shows and does lives in its own folder (ui/<pane>/).
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable, untranslated identifier ("numbers-inventory"): the QSettings group of the pane's state, the
    // screenshot file name and the target of navigateRequested().
    virtual QString id() const = 0;
    // Translated title shown in the navigation, the header and the window title.
    virtual QString title() const = 0;

    // Ctrl+F: move the keyboard focus to the pane's filter/search field. Returns false when the pane has
    // none.
    virtual bool focusFilter() { return false; }

    // Columns, widths, sort and filters. The main window opens the pane's own group ("panes/<id>") before
    // calling these, so keys are plain names ("header", "filter").
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings) }

    // Called every time the pane becomes the current one: start lazy loading here, not in the constructor,
    // so start-up stays instant however many panes exist.
    virtual void activated() {}

    // Opens the pane on something specific, e.g. {"e911_status": "not_set"} from a dashboard card, or
    // {"id": "tnt_..."} from Ctrl+K. Keys are the pane's own (documented in its header); unknown keys are
    // ignored. Returns false when nothing could be applied.
    virtual bool openWith(const QVariantMap &params)
    {
        Q_UNUSED(params)
        return false;
    }

signals:
    // Ask the main window to show another pane (e.g. a dashboard card opening the filtered inventory).
    void navigateRequested(const QString &paneId, const QVariantMap &params = {});
    // The pane's title() changed (e.g. a count in it); the navigation and window title follow.
    void titleChanged();
};

} // namespace simuwave
