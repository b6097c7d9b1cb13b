#pragma once
#include "credentials/ProfileStore.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace simuwave {

// What the user asked to sign in with. The password, code and key live only in memory until the
// session controller hands them to the AccountSession (which stores tokens/keys in the SecretStore only).
struct SignInRequest
{
    Profile profile; // id empty for a new profile
    QString password;
    QString totpCode; // optional 6 digits
    QString apiKey;
};

// First start and "sign in again": profile name, server, email + password (+ TOTP) or an API key, and the
// demo workspace one click away. Non-blocking (open(), never exec()); it checks every field before anything
// is sent and names the field that is wrong.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Prefills for "sign in again" (after a 401) or a known profile; message explains why.
    void setProfile(const Profile &profile, const QString &message = {});
    // While a sign-in is under way the inputs are locked.
    void setBusy(bool busy);
    // A translated error from the server or the checks; field names it ("email", "password", ...).
    void showError(const QString &message, const QString &field = {});
    QString errorText() const;

    static QUrl defaultServerUrl();

Q_SIGNALS:
    void signInRequested(const simuwave::SignInRequest &request);
    void demoRequested();

private:
    void submit();
    bool validate(SignInRequest *request);
    void updateMode();

    Profile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QRadioButton *m_passwordMode;
    QRadioButton *m_keyMode;
    QStackedWidget *m_stack;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_totp;
    QLineEdit *m_apiKey;
    QLabel *m_message;
    QLabel *m_error;
    QPushButton *m_demo;
    QPushButton *m_signIn;
};

} // namespace simuwave

Q_DECLARE_METATYPE(simuwave::SignInRequest)
