#pragma once
// Numbers → Buy (the guide's "Buy DIDs"): search the numbers SimuWave has for sale and buy them.
//  - Local: State (required, refused before sending), Area Code, NXX, Rate Center, City, how many.
//  - Toll-free: Regular (how many, default 10) or Vanity (a pattern such as 877-555-XXXX or 8XX-OUR-FOOD:
//    X is a wildcard, letters are keypad digits).
// Every field is checked first and its message shown under it; the server's 422 lands on the same fields.
// Searching is online only (GET /v1/phone-numbers/available through context.api(), never the cache):
// offline, the pane says so instead of searching. The results (AvailableNumbersModel) show monthly, setup
// and per-minute prices; select several (Ctrl/Shift+click, Ctrl+A) and Purchase Selected opens the total-
// cost confirmation against the wallet (PurchaseDialog). Purchasing is disabled with its reason for the
// read-only role. After a purchase the bought numbers leave the results and a sync brings them into the
// inventory.
#include "main/Pane.h"

#include "api/ApiJob.h"
#include <memory>
#include <QHash>

#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace simuwave {

class ApiJob;
class AvailableNumbersModel;
class ConsoleContext;
class FieldErrorLabels;
class PurchaseDialog;

class BuyNumbersPane : public Pane
{
    Q_OBJECT
public:
    enum class Kind
    {
        Local,
        TollFree
    };
    Q_ENUM(Kind)

    explicit BuyNumbersPane(ConsoleContext &context, QWidget *parent = nullptr);
    ~BuyNumbersPane() override;

    QString id() const override;
    QString title() const override;
    bool focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    // "type": "local" | "toll_free" (the tab), "state": a state code to preselect.
    bool openWith(const QVariantMap &params) override;

    // --- the controls, for keyboard users' shortcuts and tests ---
    void setKind(Kind kind);
    Kind kind() const;
    void setVanity(bool vanity);
    QComboBox *stateBox() const { return m_state; }
    // "area_code", "nxx", "rate_center", "city", "pattern"
    QLineEdit *field(const QString &apiName) const;
    QSpinBox *quantityBox() const; // of the current tab
    QPushButton *searchButton() const { return m_search; }
    QPushButton *purchaseButton() const { return m_purchase; }
    QTableView *resultsView() const { return m_results; }
    AvailableNumbersModel *resultsModel() const { return m_model; }
    QString errorFor(const QString &apiName) const; // under that field of the current tab
    QString statusText() const;
    QString noticeText() const; // offline / read-only explanation above the form (empty: none)
    // The City field's completions for the chosen state: cities the partner has numbers in (cache).
    QStringList citySuggestions() const;

    // Validates the current tab and sends the search. False when refused (messages under the fields) or
    // offline; searchFinished() follows a true.
    bool search();
    bool isSearching() const { return m_job; }
    // Opens the confirmation for the selected results; null when nothing is selected or buying is not
    // allowed (the button's tooltip says why).
    PurchaseDialog *purchaseSelected();
    QStringList selectedNumbers() const; // E.164 of the selected results

Q_SIGNALS:
    void searchFinished(bool ok);
    void purchased(const QStringList &e164s);

private:
    void buildLocalTab(QWidget *tab);
    void buildTollFreeTab(QWidget *tab);
    FieldErrorLabels &currentErrors() const;
    void showErrors(const QMap<QString, QString> &errors);
    void setStatus(const QString &text);
    void updateActions();
    void updateCities();

    ConsoleContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_notice = nullptr;
    QComboBox *m_state = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QSpinBox *m_localQuantity = nullptr;
    QSpinBox *m_tollFreeQuantity = nullptr;
    QRadioButton *m_regular = nullptr;
    QRadioButton *m_vanity = nullptr;
    QPushButton *m_search = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_results = nullptr;
    AvailableNumbersModel *m_model = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_purchase = nullptr;
    std::unique_ptr<FieldErrorLabels> m_localErrors;
    std::unique_ptr<FieldErrorLabels> m_tollFreeErrors;
    QPointer<ApiJob> m_job;
    QPointer<PurchaseDialog> m_dialog;
};

} // namespace simuwave
