#include "dashboard/DashboardPane.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "widgets/MetricCard.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace simuwave {

DashboardPane::DashboardPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_refresh(new QTimer(this))
    , m_trialBanner(new QLabel(this))
    , m_compliance(new QGroupBox(tr("Compliance"), this))
    , m_checklistToggle(new QToolButton(this))
    , m_checklist(new QGroupBox(tr("Setup checklist"), this))
{
    setObjectName(id());
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_trialBanner->setObjectName(QStringLiteral("trialBanner"));
    m_trialBanner->setWordWrap(true);
    m_trialBanner->setFrameShape(QFrame::StyledPanel);
    m_trialBanner->setMargin(8);
    m_trialBanner->hide();
    layout->addWidget(m_trialBanner);

    auto *grid = new QGridLayout;
    addCard(grid, 0, 0, QStringLiteral("tenants"), tr("Tenants"));
    addCard(grid, 0, 1, QStringLiteral("extensions"), tr("Extensions"));
    addCard(grid, 0, 2, QStringLiteral("dids"), tr("DIDs"));
    addCard(grid, 0, 3, QStringLiteral("status"), tr("System status"));
    addCard(grid, 1, 0, QStringLiteral("users"), tr("Active users"));
    addCard(grid, 1, 1, QStringLiteral("minutes"), tr("Call minutes this month"));
    addCard(grid, 1, 2, QStringLiteral("wallet"), tr("Wallet balance"));
    layout->addLayout(grid);
    // The counts of records the console lists open those lists.
    for (const auto &[key, paneId] :
         {std::pair{QStringLiteral("tenants"), QStringLiteral("tenants")},
          std::pair{QStringLiteral("dids"), QStringLiteral("numbers-inventory")}}) {
        MetricCard *card = m_cards.value(key);
        card->setClickable(true);
        connect(card, &MetricCard::clicked, this, [this, paneId] { Q_EMIT navigateRequested(paneId, {}); });
    }

    // Compliance: each line opens the list filtered to what needs fixing.
    auto *complianceLayout = new QVBoxLayout(m_compliance);
    m_compliance->setObjectName(QStringLiteral("complianceCard"));
    complianceLayout->addWidget(
        addComplianceLine(QStringLiteral("e911NotSet"), QStringLiteral("e911"),
                          {{QStringLiteral("e911_status"), QStringLiteral("not_set")}}));
    complianceLayout->addWidget(
        addComplianceLine(QStringLiteral("e911Failed"), QStringLiteral("e911"),
                          {{QStringLiteral("e911_status"), QStringLiteral("failed")}}));
    complianceLayout->addWidget(
        addComplianceLine(QStringLiteral("cnamFailed"), QStringLiteral("numbers-inventory"),
                          {{QStringLiteral("cnam_status"), QStringLiteral("failed")}}));
    complianceLayout->addWidget(
        addComplianceLine(QStringLiteral("overThreshold"), QStringLiteral("usage-limits"),
                          {{QStringLiteral("filter"), QStringLiteral("over_threshold")}}));
    layout->addWidget(m_compliance);

    // The setup checklist: rows open the page where the step gets done.
    m_checklistToggle->setObjectName(QStringLiteral("checklistToggle"));
    m_checklistToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_checklistToggle->setCheckable(true);
    connect(m_checklistToggle, &QToolButton::toggled, this, [this](bool on) {
        m_checklistExpandedByUser = on;
        m_checklist->setVisible(on);
    });
    layout->addWidget(m_checklistToggle, 0, Qt::AlignLeft);
    m_checklist->setObjectName(QStringLiteral("setupChecklist"));
    auto *steps = new QVBoxLayout(m_checklist);
    const QList<std::pair<QString, QString>> stepDefs{
        {tr("Create your first customer (add a tenant)"), QStringLiteral("tenants")},
        {tr("Set up your branding (logo, colors, white-label)"), QStringLiteral("settings")},
        {tr("Configure billing (connect Stripe to accept payments)"), QStringLiteral("settings")},
        {tr("Get your first phone number (buy a local or toll-free DID)"), QStringLiteral("numbers-buy")},
        {tr("Set your pricing (create a billing profile)"), QStringLiteral("settings")},
        {tr("Invite team members (add staff users)"), QStringLiteral("settings")},
    };
    for (int i = 0; i < stepDefs.size(); ++i) {
        auto *step = new QPushButton(m_checklist);
        step->setObjectName(QStringLiteral("setupStep%1").arg(i + 1));
        step->setFlat(true);
        step->setStyleSheet(QStringLiteral("text-align: left"));
        step->setProperty("stepText", stepDefs.at(i).first);
        const QString target = stepDefs.at(i).second;
        connect(step, &QPushButton::clicked, this, [this, target] { Q_EMIT navigateRequested(target); });
        steps->addWidget(step);
        m_steps.append(step);
    }
    layout->addWidget(m_checklist);

    // The guide's shortcuts to the most common destinations.
    auto *shortcuts = new QHBoxLayout;
    const QList<std::pair<QString, QString>> links{{tr("Manage Tenants"), QStringLiteral("tenants")},
                                                   {tr("View Analytics"), QStringLiteral("revenue")},
                                                   {tr("Partner Settings"), QStringLiteral("settings")}};
    for (const auto &[text, target] : links) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this,
                [this, target = target] { Q_EMIT navigateRequested(target); });
        shortcuts->addWidget(button);
    }
    shortcuts->addStretch();
    layout->addLayout(shortcuts);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Figures follow the cache, gathered: a sync page commits many changes in a row.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &DashboardPane::refresh);
    connect(&m_context, &ConsoleContext::cacheReady, this, &DashboardPane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::cacheChanged, this, &DashboardPane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::documentChanged, this, &DashboardPane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::syncFinished, this, &DashboardPane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::onlineChanged, this, &DashboardPane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::cacheClosing, this, [this] {
        m_figures = {};
        refresh();
    });
    refresh();
}

void DashboardPane::addCard(QGridLayout *grid, int row, int column, const QString &key, const QString &title)
{
    auto *card = new MetricCard(key, title, this);
    card->setValueScale(1.8);
    grid->addWidget(card, row, column);
    m_cards.insert(key, card);
}

QPushButton *DashboardPane::addComplianceLine(const QString &objectName, const QString &paneId,
                                              const QVariantMap &params)
{
    auto *line = new QPushButton(m_compliance);
    line->setObjectName(objectName);
    line->setFlat(true);
    line->setStyleSheet(QStringLiteral("text-align: left"));
    connect(line, &QPushButton::clicked, this,
            [this, paneId, params] { Q_EMIT navigateRequested(paneId, params); });
    m_complianceLines.insert(objectName, line);
    return line;
}

QString DashboardPane::id() const
{
    return QStringLiteral("dashboard");
}

QString DashboardPane::title() const
{
    return tr("Dashboard");
}

void DashboardPane::activated()
{
    m_shown = true;
    refresh();
}

QString DashboardPane::cardText(const QString &card) const
{
    const MetricCard *c = m_cards.value(card);
    return c ? c->value() : QString();
}

void DashboardPane::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void DashboardPane::refresh()
{
    cache::SqlCache *cache = m_context.cache();
    if (cache)
        m_figures = DashboardFigures::read(*cache);
    const QLocale locale;
    const auto number = [&locale, cache](qint64 v) {
        return cache ? locale.toString(v) : QStringLiteral("—");
    };
    m_cards.value(QStringLiteral("tenants"))->setValue(number(m_figures.tenants));
    m_cards.value(QStringLiteral("extensions"))->setValue(number(m_figures.extensions));
    m_cards.value(QStringLiteral("dids"))->setValue(number(m_figures.dids));
    m_cards.value(QStringLiteral("users"))->setValue(number(m_figures.activeUsers));
    m_cards.value(QStringLiteral("minutes"))
        ->setValue(
            m_figures.minutesThisMonth ? locale.toString(*m_figures.minutesThisMonth) : QStringLiteral("—"),
            m_figures.minutesThisMonth
                ? tr("From the usage of %n tenant(s) in the cache.", nullptr, int(m_figures.usageTenants))
                : tr("No usage has been synced yet."));
    m_cards.value(QStringLiteral("wallet"))
        ->setValue(m_figures.wallet ? m_figures.wallet->format(locale) : QStringLiteral("—"));
    m_cards.value(QStringLiteral("status"))
        ->setValue(!cache                 ? tr("Not signed in")
                   : m_context.isOnline() ? tr("Operational")
                                          : tr("Offline"));

    // Trial countdown.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool trial = m_figures.partnerStatus == QLatin1String("TRIAL") && m_figures.trialEndsAt.isValid();
    if (trial) {
        const qint64 days = qMax<qint64>(0, now.daysTo(m_figures.trialEndsAt));
        m_trialBanner->setText(
            days > 0
                ? tr("Your trial ends in %n day(s), on %1. Activate your subscription to keep your tenants "
                     "and numbers running.",
                     nullptr, int(days))
                      .arg(locale.toString(m_figures.trialEndsAt.toLocalTime().date(), QLocale::LongFormat))
                : tr("Your trial has ended. Activate your subscription to keep your tenants and numbers "
                     "running."));
    }
    m_trialBanner->setVisible(trial);

    // Compliance lines: counts that need the partner's action; zero lines say so.
    const auto setLine = [this](const QString &key, qint64 count, const QString &text) {
        QPushButton *line = m_complianceLines.value(key);
        line->setText(text);
        line->setEnabled(count > 0);
        line->setAccessibleName(text);
    };
    setLine(QStringLiteral("e911NotSet"), m_figures.e911NotSet,
            tr("%n number(s) without an E911 address", nullptr, int(m_figures.e911NotSet)));
    setLine(QStringLiteral("e911Failed"), m_figures.e911Failed,
            tr("%n number(s) whose E911 registration failed", nullptr, int(m_figures.e911Failed)));
    setLine(QStringLiteral("cnamFailed"), m_figures.cnamFailed,
            tr("%n number(s) whose CNAM failed", nullptr, int(m_figures.cnamFailed)));
    setLine(
        QStringLiteral("overThreshold"), m_figures.tenantsPastThreshold,
        tr("%n tenant(s) past their usage alert threshold", nullptr, int(m_figures.tenantsPastThreshold)));

    // Checklist: detected from data only.
    const bool done[] = {m_figures.hasTenant, m_figures.hasBranding, m_figures.hasBilling,
                         m_figures.hasNumber, m_figures.hasPricing,  m_figures.hasTeam};
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString text = m_steps.at(i)->property("stepText").toString();
        m_steps.at(i)->setText((done[i] ? QStringLiteral("✓  ") : QStringLiteral("○  ")) + text);
        m_steps.at(i)->setAccessibleName(done[i] ? tr("Done: %1").arg(text) : tr("To do: %1").arg(text));
    }
    const int n = m_figures.stepsDone();
    const bool complete = n == 6 && cache;
    m_checklistToggle->setText(tr("Setup: %1/6 done").arg(n));
    m_checklistToggle->setVisible(!complete && n > 0);
    // Nothing done yet: expanded, impossible to miss; some progress: collapsed to the button; all: gone.
    const bool expanded = !complete && (n == 0 || m_checklistExpandedByUser);
    m_checklist->setVisible(expanded && cache);
    m_checklist->setTitle(tr("Setup checklist (%1/6)").arg(n));
}

} // namespace simuwave
