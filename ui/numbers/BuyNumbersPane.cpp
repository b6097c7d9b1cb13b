#include "numbers/BuyNumbersPane.h"

#include "api/ApiClient.h"
#include "api/GetPageJob.h"
#include "cache/SqlCache.h"
#include "main/Accessibility.h"
#include "main/ConsoleContext.h"
#include "numbers/AvailableNumbersModel.h"
#include "numbers/FieldErrorLabels.h"
#include "numbers/PurchaseDialog.h"
#include "sync/SyncEngine.h"
#include "validation/Validation.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace simuwave {

Q_LOGGING_CATEGORY(lcBuy, "simuwave.ui.buy")

namespace {
QSpinBox *quantitySpin(QWidget *parent, const QString &name, const QString &label)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, 100); // what one search may answer
    spin->setValue(10);     // the guide's "usually 10"
    // The spin box's own line edit is what a screen reader lands on.
    if (auto *edit = spin->findChild<QLineEdit *>())
        edit->setAccessibleName(label);
    return spin;
}
} // namespace

BuyNumbersPane::BuyNumbersPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_localErrors(std::make_unique<FieldErrorLabels>())
    , m_tollFreeErrors(std::make_unique<FieldErrorLabels>())
{
    setObjectName(id());

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("buyNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("buySearchTabs"));
    m_tabs->setAccessibleName(tr("Kind of number"));
    auto *local = new QWidget(m_tabs);
    auto *tollFree = new QWidget(m_tabs);
    buildLocalTab(local);
    buildTollFreeTab(tollFree);
    m_tabs->addTab(local, tr("&Local Numbers"));
    m_tabs->addTab(tollFree, tr("&Toll-Free"));
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("buySearch"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("buyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search);
    searchBar->addWidget(m_status, 1);

    m_model = new AvailableNumbersModel(this);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("buyResults"));
    m_results->setAccessibleName(tr("Numbers found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(-1, Qt::AscendingOrder); // the server's order until the user picks one
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    // Every heading readable from the start ("Rate center / city" was cut); a saved layout still wins.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_results->resizeColumnToContents(c);
    // The corner button Qt adds (select all) has no text for a screen reader.
    for (QAbstractButton *button : m_results->findChildren<QAbstractButton *>()) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(tr("Select all numbers found"));
    }

    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("buySelection"));
    m_purchase = new QPushButton(tr("&Purchase Selected…"), this);
    m_purchase->setObjectName(QStringLiteral("buyPurchase"));
    auto *buyBar = new QHBoxLayout;
    buyBar->addWidget(m_selection, 1);
    buyBar->addWidget(m_purchase);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    layout->addLayout(searchBar);
    layout->addWidget(m_results, 1);
    layout->addLayout(buyBar);

    connect(m_search, &QPushButton::clicked, this, &BuyNumbersPane::search);
    connect(m_purchase, &QPushButton::clicked, this, &BuyNumbersPane::purchaseSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BuyNumbersPane::updateActions);
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BuyNumbersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BuyNumbersPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BuyNumbersPane::updateActions);
    connect(m_results, &QTableView::doubleClicked, this, &BuyNumbersPane::purchaseSelected);
    connect(&context, &ConsoleContext::onlineChanged, this, &BuyNumbersPane::updateActions);
    connect(&context, &ConsoleContext::writeAccessChanged, this, &BuyNumbersPane::updateActions);
    connect(&context, &ConsoleContext::cacheReady, this, &BuyNumbersPane::updateActions);
    connect(&context, &ConsoleContext::cacheReady, this, &BuyNumbersPane::updateCities);
    // Another profile: its wallet and its prices, so the last answer goes.
    connect(&context, &ConsoleContext::cacheClosing, m_model, &AvailableNumbersModel::clear);
    setStatus(tr("Choose what to look for, then Search."));
    updateActions();
}

BuyNumbersPane::~BuyNumbersPane()
{
    if (m_job)
        m_job->abort();
}

void BuyNumbersPane::buildLocalTab(QWidget *tab)
{
    auto *form = new QFormLayout(tab);
    m_state = new QComboBox(tab);
    m_state->setObjectName(QStringLiteral("buyState"));
    m_state->addItem(tr("Choose a state"), QString());
    for (const QString &code : validation::usStateCodes())
        m_state->addItem(code, code);
    m_localErrors->addRow(form, QStringLiteral("state"), tr("State (required)"), m_state);
    const auto line = [this, tab, form](const QString &api, const QString &label, const QString &example) {
        auto *e = new QLineEdit(tab);
        e->setObjectName(QStringLiteral("buy_") + api);
        e->setPlaceholderText(example);
        e->setClearButtonEnabled(true);
        nameLineEditButtons(e);
        m_fields.insert(api, e);
        m_localErrors->addRow(form, api, label, e);
        connect(e, &QLineEdit::returnPressed, this, &BuyNumbersPane::search);
        return e;
    };
    line(QStringLiteral("area_code"), tr("Area code"), tr("e.g. 501"))->setMaxLength(3);
    line(QStringLiteral("nxx"), tr("NXX (the 3 digits after the area code)"), tr("e.g. 555"))
        ->setMaxLength(3);
    line(QStringLiteral("rate_center"), tr("Rate center"), tr("e.g. LITTLEROCK"));
    line(QStringLiteral("city"), tr("City"), tr("e.g. Little Rock"));
    // The guide's "City is usually the easiest filter": cities the partner already has numbers in, for the
    // chosen state, from the cache (the search itself is the server's).
    auto *cities = new QCompleter(this);
    cities->setCaseSensitivity(Qt::CaseInsensitive);
    cities->setModel(new QStringListModel(cities));
    field(QStringLiteral("city"))->setCompleter(cities);
    connect(m_state, &QComboBox::currentIndexChanged, this, &BuyNumbersPane::updateCities);
    m_localQuantity = quantitySpin(tab, QStringLiteral("buyLocalQuantity"), tr("How many to show"));
    m_localErrors->addRow(form, QStringLiteral("quantity"), tr("How many to show"), m_localQuantity);
}

void BuyNumbersPane::buildTollFreeTab(QWidget *tab)
{
    auto *form = new QFormLayout(tab);
    m_regular = new QRadioButton(tr("&Regular: pick from a list of available numbers"), tab);
    m_regular->setObjectName(QStringLiteral("buyTollFreeRegular"));
    m_vanity = new QRadioButton(tr("&Vanity: numbers matching a pattern"), tab);
    m_vanity->setObjectName(QStringLiteral("buyTollFreeVanity"));
    m_regular->setChecked(true);
    auto *group = new QButtonGroup(tab);
    group->addButton(m_regular);
    group->addButton(m_vanity);
    form->addRow(m_regular);
    form->addRow(m_vanity);
    m_tollFreeQuantity = quantitySpin(tab, QStringLiteral("buyTollFreeQuantity"), tr("How many to show"));
    m_tollFreeErrors->addRow(form, QStringLiteral("quantity"), tr("How many to show"), m_tollFreeQuantity);
    auto *pattern = new QLineEdit(tab);
    pattern->setObjectName(QStringLiteral("buy_pattern"));
    pattern->setPlaceholderText(tr("877-555-XXXX, 8XX-OUR-FOOD or 888-XXX-1000"));
    pattern->setToolTip(tr("X is a wildcard; letters stand for their keypad digits."));
    pattern->setEnabled(false);
    m_fields.insert(QStringLiteral("pattern"), pattern);
    m_tollFreeErrors->addRow(form, QStringLiteral("pattern"), tr("Vanity pattern"), pattern);
    connect(pattern, &QLineEdit::returnPressed, this, &BuyNumbersPane::search);
    connect(m_vanity, &QRadioButton::toggled, pattern, [pattern](bool on) {
        pattern->setEnabled(on);
        if (on)
            pattern->setFocus(Qt::OtherFocusReason);
    });
}

void BuyNumbersPane::updateCities()
{
    QStringList cities;
    const QString state = m_state->currentData().toString();
    if (cache::SqlCache *cache = m_context.cache(); cache && !state.isEmpty()) {
        // region reads "City, ST" for local numbers.
        QSqlQuery q(cache->database());
        q.prepare(
            QStringLiteral("SELECT DISTINCT region FROM phone_numbers WHERE region LIKE ? ORDER BY region"));
        q.addBindValue(QStringLiteral("%, ") + state);
        if (q.exec()) {
            while (q.next())
                cities.append(q.value(0).toString().section(QStringLiteral(", "), 0, -2));
        }
    }
    if (auto *model = qobject_cast<QStringListModel *>(field(QStringLiteral("city"))->completer()->model()))
        model->setStringList(cities);
}

QStringList BuyNumbersPane::citySuggestions() const
{
    if (auto *model = qobject_cast<QStringListModel *>(field(QStringLiteral("city"))->completer()->model()))
        return model->stringList();
    return {};
}

QString BuyNumbersPane::id() const
{
    return QStringLiteral("numbers-buy");
}

QString BuyNumbersPane::title() const
{
    return tr("Buy");
}

bool BuyNumbersPane::focusFilter()
{
    if (kind() == Kind::Local)
        m_state->setFocus(Qt::ShortcutFocusReason);
    else if (m_vanity->isChecked())
        field(QStringLiteral("pattern"))->setFocus(Qt::ShortcutFocusReason);
    else
        m_tollFreeQuantity->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void BuyNumbersPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("state"), m_state->currentData().toString());
    settings.setValue(QStringLiteral("localQuantity"), m_localQuantity->value());
    settings.setValue(QStringLiteral("tollFreeQuantity"), m_tollFreeQuantity->value());
    settings.setValue(QStringLiteral("vanity"), m_vanity->isChecked());
    settings.setValue(QStringLiteral("header"), m_results->horizontalHeader()->saveState());
}

void BuyNumbersPane::restoreState(QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_state->setCurrentIndex(
        std::max(0, m_state->findData(settings.value(QStringLiteral("state")).toString())));
    m_localQuantity->setValue(settings.value(QStringLiteral("localQuantity"), 10).toInt());
    m_tollFreeQuantity->setValue(settings.value(QStringLiteral("tollFreeQuantity"), 10).toInt());
    setVanity(settings.value(QStringLiteral("vanity"), false).toBool());
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_results->horizontalHeader()->restoreState(header);
}

bool BuyNumbersPane::openWith(const QVariantMap &params)
{
    bool applied = false;
    const QString type = params.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("local") || type == QLatin1String("toll_free")) {
        setKind(type == QLatin1String("local") ? Kind::Local : Kind::TollFree);
        applied = true;
    }
    if (params.contains(QStringLiteral("state"))) {
        const int index = m_state->findData(params.value(QStringLiteral("state")).toString());
        if (index > 0) {
            setKind(Kind::Local);
            m_state->setCurrentIndex(index);
            applied = true;
        }
    }
    return applied;
}

void BuyNumbersPane::setKind(Kind kind)
{
    m_tabs->setCurrentIndex(kind == Kind::Local ? 0 : 1);
}

BuyNumbersPane::Kind BuyNumbersPane::kind() const
{
    return m_tabs->currentIndex() == 0 ? Kind::Local : Kind::TollFree;
}

void BuyNumbersPane::setVanity(bool vanity)
{
    (vanity ? m_vanity : m_regular)->setChecked(true);
}

QLineEdit *BuyNumbersPane::field(const QString &apiName) const
{
    return m_fields.value(apiName);
}

QSpinBox *BuyNumbersPane::quantityBox() const
{
    return kind() == Kind::Local ? m_localQuantity : m_tollFreeQuantity;
}

FieldErrorLabels &BuyNumbersPane::currentErrors() const
{
    return kind() == Kind::Local ? *m_localErrors : *m_tollFreeErrors;
}

QString BuyNumbersPane::errorFor(const QString &apiName) const
{
    return currentErrors().errorFor(apiName);
}

QString BuyNumbersPane::statusText() const
{
    return m_status->text();
}

QString BuyNumbersPane::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void BuyNumbersPane::setStatus(const QString &text)
{
    m_status->setText(text);
}

void BuyNumbersPane::showErrors(const QMap<QString, QString> &errors)
{
    const QStringList elsewhere = currentErrors().show(errors);
    if (!elsewhere.isEmpty())
        setStatus(elsewhere.join(QLatin1Char(' ')));
}

bool BuyNumbersPane::search()
{
    if (!m_context.api() || !m_context.isOnline()) {
        setStatus(tr("Searching needs a connection: the console is offline."));
        return false;
    }
    QMap<QString, QString> errors;
    QUrlQuery query;
    if (kind() == Kind::Local) {
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("local"));
        const QString state = m_state->currentData().toString();
        if (state.isEmpty())
            errors.insert(QStringLiteral("state"),
                          tr("State: choose the state to search in; it is required for local numbers."));
        else
            query.addQueryItem(QStringLiteral("state"), state);
        static const QRegularExpression threeDigits(QStringLiteral("^[2-9][0-9]{2}$"));
        const QList<std::pair<QString, QString>> codes{{QStringLiteral("area_code"), tr("Area code")},
                                                       {QStringLiteral("nxx"), tr("NXX")}};
        for (const auto &[api, label] : codes) {
            const QString v = field(api)->text().trimmed();
            if (v.isEmpty())
                continue;
            if (!threeDigits.match(v).hasMatch())
                errors.insert(api, tr("%1: enter three digits, the first 2-9 (for example 501).").arg(label));
            else
                query.addQueryItem(api, v);
        }
        const QList<std::pair<QString, QString>> names{{QStringLiteral("rate_center"), tr("Rate center")},
                                                       {QStringLiteral("city"), tr("City")}};
        for (const auto &[api, label] : names) {
            const QString v = field(api)->text().trimmed();
            if (v.isEmpty())
                continue;
            if (const QString e = validation::requiredText(v, label, 50); !e.isEmpty())
                errors.insert(api, e);
            else
                query.addQueryItem(api, v);
        }
        query.addQueryItem(QStringLiteral("quantity"), QString::number(m_localQuantity->value()));
    } else {
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("toll_free"));
        query.addQueryItem(QStringLiteral("quantity"), QString::number(m_tollFreeQuantity->value()));
        if (m_vanity->isChecked()) {
            const QString pattern = field(QStringLiteral("pattern"))->text().trimmed();
            if (const QString e = validation::vanityPattern(pattern); !e.isEmpty())
                errors.insert(QStringLiteral("pattern"), e);
            else
                query.addQueryItem(QStringLiteral("pattern"), pattern);
        }
    }
    showErrors(errors);
    if (!errors.isEmpty()) {
        setStatus(tr("Correct the marked field to search."));
        return false;
    }

    if (m_job)
        m_job->abort(); // the newer question wins
    auto *job = new GetObjectJob(m_context.api(), QStringLiteral("phone-numbers/available"), this);
    job->setQuery(query);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        QList<AvailableNumber> found;
        int unreadable = 0;
        for (const QJsonValue &v : job->json().value(QLatin1String("data")).toArray()) {
            QString why;
            if (const auto n = AvailableNumber::fromJson(v.toObject(), &why))
                found.append(*n);
            else {
                ++unreadable;
                qCWarning(lcBuy) << "available number not understood:" << why;
            }
        }
        m_model->setNumbers(found);
        QString text = found.isEmpty()
                           ? tr("No numbers match this search. Try fewer filters, another area code or a "
                                "shorter pattern.")
                           : tr("%n number(s) found. Select the ones to buy (Ctrl or Shift for several).",
                                nullptr, int(found.size()));
        if (unreadable)
            text += QLatin1Char(' ') + tr("%n could not be read and are not shown.", nullptr, unreadable);
        setStatus(text);
        updateActions();
        Q_EMIT searchFinished(true);
    });
    connect(job, &ApiJob::failed, this, [this, job](const ApiError &error) {
        if (job != m_job)
            return; // replaced by a newer search, or the pane is going away
        m_job = nullptr;
        switch (error.kind) {
        case ApiError::Kind::Validation:
            showErrors(error.fields);
            setStatus(error.fields.isEmpty() ? error.displayText()
                                             : tr("Correct the marked field to search."));
            break;
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            setStatus(tr("The search could not reach SimuWave (%1). Searching needs a connection.")
                          .arg(error.displayText()));
            break;
        default:
            setStatus(error.displayText());
            break;
        }
        updateActions();
        Q_EMIT searchFinished(false);
    });
    setStatus(tr("Searching…"));
    updateActions();
    job->start();
    return true;
}

QStringList BuyNumbersPane::selectedNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_results->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QStringList out;
    for (int row : std::as_const(rows))
        out.append(m_model->numberAt(row).e164);
    return out;
}

PurchaseDialog *BuyNumbersPane::purchaseSelected()
{
    updateActions();
    if (!m_purchase->isEnabled())
        return nullptr;
    QList<AvailableNumber> picked;
    for (const QString &e164 : selectedNumbers())
        picked.append(m_model->numberAt(m_model->rowOf(e164)));
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new PurchaseDialog(m_context, picked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &PurchaseDialog::purchased, this,
            [this](const QStringList &e164s, const QJsonObject &answer) {
                m_model->removeNumbers(e164s);
                const auto charged = Money::fromJson(answer.value(QLatin1String("charged_cents")));
                const auto wallet = Money::fromJson(answer.value(QLatin1String("wallet_balance_cents")));
                setStatus(
                    tr("Bought %n number(s) for %1; the wallet now holds %2. They appear in the inventory "
                       "with the next sync.",
                       nullptr, int(e164s.size()))
                        .arg(charged ? charged->format() : QStringLiteral("—"),
                             wallet ? wallet->format() : QStringLiteral("—")));
                // The inventory and the wallet come from the cache: fetch the new state now, not at the next
                // round.
                if (SyncEngine *sync = m_context.syncEngine())
                    sync->syncNow();
                Q_EMIT purchased(e164s);
            });
    connect(dialog, &PurchaseDialog::refused, this, [this](const QString &message, const QStringList &gone) {
        m_model->removeNumbers(gone);
        setStatus(message);
    });
    dialog->open();
    return dialog;
}

void BuyNumbersPane::updateActions()
{
    QString reason;
    const bool canWrite = m_context.canWrite(&reason);
    const bool online = m_context.api() && m_context.isOnline();
    QStringList notice;
    if (!online)
        notice << tr("Searching for numbers needs a connection to SimuWave, and the console is offline. Your "
                     "inventory and everything else still work from the cache.");
    if (!canWrite)
        notice << tr("%1 You can search, but not buy.").arg(reason);
    m_notice->setText(notice.join(QLatin1Char('\n')));
    m_notice->setVisible(!notice.isEmpty());

    m_search->setEnabled(online);
    m_search->setToolTip(online ? QString() : tr("Searching needs a connection: the console is offline."));

    const QStringList selected = selectedNumbers();
    Money monthly, setup;
    for (const QString &e164 : selected) {
        const AvailableNumber n = m_model->numberAt(m_model->rowOf(e164));
        monthly += n.monthly;
        setup += n.setup;
    }
    m_selection->setText(selected.isEmpty()
                             ? QString()
                             : tr("%n selected: %1 a month, %2 setup", nullptr, int(selected.size()))
                                   .arg(monthly.format(), setup.format()));
    QString why;
    if (!canWrite)
        why = reason;
    else if (!online)
        why = tr("Buying numbers needs a connection: the console is offline.");
    else if (selected.isEmpty())
        why = tr("Select the numbers to buy first.");
    m_purchase->setEnabled(why.isEmpty());
    m_purchase->setToolTip(why);
}

} // namespace simuwave
