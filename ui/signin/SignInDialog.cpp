#include "signin/SignInDialog.h"

#include "api/ApiClient.h"
#include "credentials/SecretStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simuwave {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_passwordMode(new QRadioButton(tr("Email and password"), this))
    , m_keyMode(new QRadioButton(tr("API key"), this))
    , m_stack(new QStackedWidget(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totp(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_error(new QLabel(this))
    , m_demo(new QPushButton(tr("Open the demo workspace"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to SimuWave"));
    setModal(true);

    m_name->setObjectName(QStringLiteral("signInProfileName"));
    m_server->setObjectName(QStringLiteral("signInServer"));
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_totp->setObjectName(QStringLiteral("signInTotp"));
    m_apiKey->setObjectName(QStringLiteral("signInApiKey"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_demo->setObjectName(QStringLiteral("signInDemo"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_passwordMode->setObjectName(QStringLiteral("signInPasswordMode"));
    m_keyMode->setObjectName(QStringLiteral("signInKeyMode"));

    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_totp->setMaxLength(6);
    m_totp->setPlaceholderText(tr("Only if two-factor sign-in is on"));
    m_apiKey->setPlaceholderText(QStringLiteral("sk_live_…"));
    m_server->setText(defaultServerUrl().toString());
    m_name->setText(tr("SimuWave"));

    // The demo workspace is the quickest way in: big, first, and default when nothing is typed.
    m_demo->setMinimumHeight(40);
    QFont demoFont = m_demo->font();
    demoFont.setBold(true);
    m_demo->setFont(demoFont);
    auto *demoHint =
        new QLabel(tr("Starts a local sandbox with sample tenants, numbers and invoices."), this);
    demoHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Server:"), m_server);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_passwordMode);
    modes->addWidget(m_keyMode);
    form->addRow(tr("Sign in with:"), modes);

    auto *passwordPage = new QWidget(m_stack);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("&Email:"), m_email);
    passwordForm->addRow(tr("&Password:"), m_password);
    passwordForm->addRow(tr("&Code (2FA):"), m_totp);
    auto *keyPage = new QWidget(m_stack);
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    keyForm->addRow(tr("API &key:"), m_apiKey);
    m_stack->addWidget(passwordPage);
    m_stack->addWidget(keyPage);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(demoHint);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_stack);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_passwordMode->setChecked(true);
    updateMode();
    connect(m_passwordMode, &QRadioButton::toggled, this, &SignInDialog::updateMode);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_demo, &QPushButton::clicked, this, &SignInDialog::demoRequested);
}

QUrl SignInDialog::defaultServerUrl()
{
    return QUrl(QStringLiteral("https://api.simuwave.com/v1"));
}

void SignInDialog::updateMode()
{
    m_stack->setCurrentIndex(m_passwordMode->isChecked() ? 0 : 1);
}

void SignInDialog::setProfile(const Profile &profile, const QString &message)
{
    m_profile = profile;
    m_name->setText(profile.name);
    m_server->setText(profile.serverUrl.toString());
    const bool key = profile.authKind == Profile::AuthKind::ApiKey;
    m_keyMode->setChecked(key);
    m_passwordMode->setChecked(!key);
    m_email->setText(profile.email);
    m_password->clear();
    m_totp->clear();
    m_apiKey->clear();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_error->hide();
    updateMode();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_server, m_passwordMode, m_keyMode, m_stack,
                                                       m_demo, m_signIn})
        w->setEnabled(!busy);
}

void SignInDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    QLineEdit *target = nullptr;
    if (field == QLatin1String("name"))
        target = m_name;
    else if (field == QLatin1String("server_url"))
        target = m_server;
    else if (field == QLatin1String("email"))
        target = m_email;
    else if (field == QLatin1String("password"))
        target = m_password;
    else if (field == QLatin1String("totp_code"))
        target = m_totp;
    else if (field == QLatin1String("api_key"))
        target = m_apiKey;
    if (target)
        target->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::submit()
{
    SignInRequest request;
    if (!validate(&request))
        return;
    m_error->hide();
    Q_EMIT signInRequested(request);
}

bool SignInDialog::validate(SignInRequest *request)
{
    const auto fail = [this](const QString &message, const QString &field) {
        showError(message, field);
        return false;
    };
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        return fail(tr("Profile name: enter a name for this profile."), QStringLiteral("name"));
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("Server: enter the API address, e.g. %1.").arg(defaultServerUrl().toString()),
                    QStringLiteral("server_url"));
    const ApiError insecure = ApiClient::checkUrl(url);
    if (insecure.isError())
        return fail(tr("Server: %1").arg(insecure.message), QStringLiteral("server_url"));
    p.serverUrl = url;
    if (m_passwordMode->isChecked()) {
        p.authKind = Profile::AuthKind::Password;
        p.email = m_email->text().trimmed();
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!emailPattern.match(p.email).hasMatch())
            return fail(tr("Email: enter the address you sign in with."), QStringLiteral("email"));
        if (m_password->text().isEmpty())
            return fail(tr("Password: enter your password."), QStringLiteral("password"));
        static const QRegularExpression codePattern(QStringLiteral("^\\d{6}$"));
        const QString code = m_totp->text().trimmed();
        if (!code.isEmpty() && !codePattern.match(code).hasMatch())
            return fail(tr("Code (2FA): the code has exactly 6 digits."), QStringLiteral("totp_code"));
        request->password = m_password->text();
        request->totpCode = code;
    } else {
        p.authKind = Profile::AuthKind::ApiKey;
        p.email.clear();
        const QString key = m_apiKey->text().trimmed();
        if (key.isEmpty() || !SecretStore::isPlausibleSecret(key))
            return fail(tr("API key: paste the whole key (it has no spaces)."), QStringLiteral("api_key"));
        request->apiKey = key;
    }
    request->profile = p;
    return true;
}

} // namespace simuwave
