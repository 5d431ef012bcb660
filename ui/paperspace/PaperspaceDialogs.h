#pragma once

#include "PaperspaceAccount.h"
#include "secrethandling/SecretBuffer.h"
#include "secrets/SecretFormDialog.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace podwarden {

class SecretValueField;
class Session;

// A new project or team secret of a Paperspace account: its name checked as typed against the
// provider's rule (a letter, then letters, digits, _; 1 to 128) and the names taken in the chosen
// scope, its value (typed, pasted or generated; at most 8,192 characters). Stays open through a
// refusal; clears the value when it closes.
class CreatePaperspaceSecretDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    CreatePaperspaceSecretDialog(const QList<ScopedPaperspaceSecret>& existing, bool hasTeam,
                                 QWidget* parent = nullptr);
    ~CreatePaperspaceSecretDialog() override;

    QString name() const;
    PaperspaceScope scope() const;
    SecretBuffer value() const;
    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    std::optional<QString> nameProblem() const;
    void checkName();

    QList<ScopedPaperspaceSecret> m_existing;
    QLineEdit* m_name = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_nameProblem = nullptr;
    QLabel* m_shadowNote = nullptr;
    SecretValueField* m_value = nullptr;
};

// Replaces a Paperspace secret's value, saying first that deployments keep the old value (and a
// protected one the old token) until their next deploy, and naming them.
class ReplacePaperspaceValueDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    ReplacePaperspaceValueDialog(const ScopedPaperspaceSecret& secret, const QList<Deployment>& users,
                                 QWidget* parent = nullptr);
    ~ReplacePaperspaceValueDialog() override;
    SecretBuffer value() const;
    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    SecretValueField* m_value = nullptr;
};

// Deleting a Paperspace secret: the deployments that reference it are named, and Delete is enabled
// only once the secret's exact name is typed.
class DeletePaperspaceSecretDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    DeletePaperspaceSecretDialog(const ScopedPaperspaceSecret& secret, const QList<Deployment>& users,
                                 QWidget* parent = nullptr);
    ~DeletePaperspaceSecretDialog() override;

protected:
    bool canSubmit() const override;

private:
    QString m_name;
    QLineEdit* m_confirm = nullptr;
};

// Protects a public deployment (or changes the secret behind a protected one's token): a new
// project secret generated here (OpenSSL, a name proposed) or an existing secret. The dialog says
// that callers without the token get 401 from this redeploy on; sending it is the confirmation.
class ProtectDeploymentDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    enum class Source { Generate, Existing };

    ProtectDeploymentDialog(const Deployment& deployment, const QList<ScopedPaperspaceSecret>& secrets,
                            QWidget* parent = nullptr);
    ~ProtectDeploymentDialog() override;

    Source source() const;
    QString secretName() const; // the new secret's name, or the chosen existing one
    // The generated value (Generate only): a copy for one request, or for the header afterwards.
    SecretBuffer generatedValue() const { return m_generated.clone(); }
    // Whether the secret sent is the one generated here (new, or created by an earlier try).
    bool usesGeneratedValue() const;
    // The secret was created but the redeploy refused: a second try uses it as an existing secret.
    void secretCreated(const QString& name);
    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    void checkName();
    void updateSource();

    QList<ScopedPaperspaceSecret> m_secrets;
    QRadioButton* m_generate = nullptr;
    QRadioButton* m_existing = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QComboBox* m_existingNames = nullptr;
    SecretBuffer m_generated;
    QString m_createdName;
};

// The Basic header of a protected deployment, built only while its secret's value is in hand:
// given (right after generating it) or typed here. Shows "Authorization: Basic ..." and a curl
// line, copies either through SecretClipboard (marked as a password, cleared after 30 s), tries the
// token against the endpoint, and keeps nothing: closing clears every field.
class BasicHeaderDialog final : public QDialog
{
    Q_OBJECT
public:
    BasicHeaderDialog(Session* session, const Deployment& deployment, QWidget* parent = nullptr);
    ~BasicHeaderDialog() override;

    // Builds the header from `value` (consumed), as if typed.
    void setValue(SecretBuffer value);
    QString headerText() const;
    QString curlText() const;
    void done(int result) override;

private:
    void build();
    void clearBuilt();
    void tryToken();

    QPointer<Session> m_session;
    Deployment m_deployment;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_header = nullptr;
    QLineEdit* m_curl = nullptr;
    QPushButton* m_copyHeader = nullptr;
    QPushButton* m_copyCurl = nullptr;
    QPushButton* m_try = nullptr;
    QLabel* m_result = nullptr;
};

// "These deployments still run the old value (a protected one: accept the old token and refuse the
// new one) until you redeploy": the affected deployments, each checkable, Redeploy for the checked
// ones (an upsert of the same spec, one after another), each row saying how it went.
class RedeployDialog final : public QDialog
{
    Q_OBJECT
public:
    // `secretName` empty: every deployment that needs a redeploy, for whatever secret.
    RedeployDialog(Session* session, const QList<Deployment>& deployments, const QString& secretName,
                   QWidget* parent = nullptr);
    ~RedeployDialog() override;

    // Redeploys the checked deployments; finished() follows when the last has answered.
    void redeployChecked();

signals:
    void redeployFinished(int succeeded, int failed);

private:
    void redeployNext();

    QPointer<Session> m_session;
    QList<Deployment> m_deployments;
    QListWidget* m_list = nullptr;
    QPushButton* m_redeploy = nullptr;
    QLabel* m_summary = nullptr;
    QList<int> m_queue;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace podwarden
