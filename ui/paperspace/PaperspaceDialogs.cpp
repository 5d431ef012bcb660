#include "PaperspaceDialogs.h"

#include "SecretClipboard.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "secrethandling/SecretGenerator.h"
#include "secrets/SecretFields.h"
#include "service/ServiceReply.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace podwarden {

namespace {

// The deployments in a short fixed-height list the dialogs show (not focusable, not selectable).
QListWidget* deploymentList(QWidget* parent, const char* objectName, const QString& accessibleName,
                            const QList<Deployment>& deployments)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QLatin1String(objectName));
    list->setAccessibleName(accessibleName);
    for (const Deployment& d : deployments)
        list->addItem(d.isProtected() ? QObject::tr("%1 (protected)").arg(d.name) : d.name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    const int rows = std::clamp<int>(int(deployments.size()), 1, 6);
    list->setFixedHeight(rows * std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 4) +
                         2 * list->frameWidth() + 4);
    return list;
}

QLabel* warningIcon(QWidget* parent)
{
    auto* icon = new QLabel(parent);
    const int size = parent->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, parent);
    icon->setPixmap(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, parent).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    return icon;
}

SecretValueField* paperspaceValueField(QWidget* parent)
{
    auto* field = new SecretValueField(parent);
    field->setRule([](const QString& text) { return PaperspaceSecrets::valueIssue(text); },
                   PaperspaceSecrets::kValueMaxCharacters + 1);
    return field;
}

// A name the provider accepts, made from a deployment's name: "my-llm" -> "my_llm_basic_auth".
QString proposedSecretName(const QString& deploymentName, const QList<ScopedPaperspaceSecret>& taken)
{
    QString base;
    for (const QChar c : deploymentName) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        base += ok ? c : QLatin1Char('_');
    }
    if (base.isEmpty() || !base.front().isLetter())
        base.prepend(QStringLiteral("d_"));
    base = base.left(PaperspaceSecrets::kNameMaxLength - 16) + QStringLiteral("_basic_auth");
    const auto used = [&taken](const QString& name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&name](const ScopedPaperspaceSecret& s) { return s.secret.name == name; });
    };
    QString name = base;
    for (int n = 2; used(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

} // namespace

// ---- New secret

CreatePaperspaceSecretDialog::CreatePaperspaceSecretDialog(const QList<ScopedPaperspaceSecret>& existing, bool hasTeam,
                                                           QWidget* parent)
    : SecretFormDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("createPaperspaceSecretDialog"));
    setWindowTitle(tr("New secret"));
    auto* layout = new QVBoxLayout(this);
    addExplanation(layout, tr("The value is sent once and never shown again, by Paperspace or by Podwarden. "
                              "Deployments use it as %1, in an env value or as the token of a protected endpoint.")
                               .arg(PaperspaceSecrets::reference(QStringLiteral("name"))));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setPlaceholderText(QStringLiteral("hf_token"));
    m_name->setAccessibleName(tr("Secret name"));
    m_name->setToolTip(tr("1 to %1 characters: letters, digits and _, starting with a letter. The name cannot be "
                          "changed later.")
                           .arg(PaperspaceSecrets::kNameMaxLength));
    m_name->setMaxLength(PaperspaceSecrets::kNameMaxLength + 1);
    m_nameProblem = makeProblemLabel("secretNameProblem", this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("secretScope"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->addItem(tr("Project: read by this project's deployments"), int(PaperspaceScope::Project));
    if (hasTeam)
        m_scope->addItem(tr("Team: read by every project of the team"), int(PaperspaceScope::Team));
    m_scope->setEnabled(hasTeam);
    if (!hasTeam)
        m_scope->setToolTip(tr("The profile names no team; add its team ID in File ▸ Profiles for team secrets."));
    form->addRow(tr("&Scope:"), m_scope);
    m_shadowNote = makeProblemLabel("secretShadowNote", this);
    form->addRow(QString(), m_shadowNote);
    m_value = paperspaceValueField(this);
    form->addRow(tr("&Value:"), m_value);
    layout->addLayout(form);
    addButtons(layout, tr("C&reate secret"), "createSecret");

    connect(m_name, &QLineEdit::textChanged, this, &CreatePaperspaceSecretDialog::checkName);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CreatePaperspaceSecretDialog::checkName);
    connect(m_value, &SecretValueField::changed, this, &CreatePaperspaceSecretDialog::updateSubmit);
    checkName();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

CreatePaperspaceSecretDialog::~CreatePaperspaceSecretDialog() = default;

QString CreatePaperspaceSecretDialog::name() const
{
    return m_name->text();
}

PaperspaceScope CreatePaperspaceSecretDialog::scope() const
{
    return PaperspaceScope(m_scope->currentData().toInt());
}

SecretBuffer CreatePaperspaceSecretDialog::value() const
{
    return m_value->value();
}

std::optional<QString> CreatePaperspaceSecretDialog::nameProblem() const
{
    const QString name = m_name->text();
    if (const auto issue = PaperspaceSecrets::nameIssue(name))
        return issue->message;
    for (const ScopedPaperspaceSecret& s : m_existing) {
        if (s.scope == scope() && s.secret.name == name)
            return scope() == PaperspaceScope::Project ? tr("The project already has a secret named %1.").arg(name)
                                                       : tr("The team already has a secret named %1.").arg(name);
    }
    return std::nullopt;
}

void CreatePaperspaceSecretDialog::checkName()
{
    const QString name = m_name->text();
    const auto problem = name.isEmpty() ? std::nullopt : nameProblem();
    m_nameProblem->setText(problem.value_or(QString()));
    m_nameProblem->setVisible(problem.has_value());
    // Legal, but worth knowing: the same name in the other scope.
    QString note;
    if (!problem && !name.isEmpty()) {
        for (const ScopedPaperspaceSecret& s : m_existing) {
            if (s.secret.name != name || s.scope == scope())
                continue;
            note = scope() == PaperspaceScope::Project
                       ? tr("The team has a secret named %1 too. The project's wins: deployments of this project "
                            "will read the new one.")
                             .arg(name)
                       : tr("The project has a secret named %1, and the project's wins: this project's deployments "
                            "will not read the team's.")
                             .arg(name);
        }
    }
    m_shadowNote->setText(note);
    m_shadowNote->setVisible(!note.isEmpty());
    updateSubmit();
}

bool CreatePaperspaceSecretDialog::canSubmit() const
{
    return !nameProblem() && m_value->isAcceptable();
}

void CreatePaperspaceSecretDialog::done(int result)
{
    m_value->clear();
    SecretFormDialog::done(result);
}

// ---- Replace value

ReplacePaperspaceValueDialog::ReplacePaperspaceValueDialog(const ScopedPaperspaceSecret& secret,
                                                           const QList<Deployment>& users, QWidget* parent)
    : SecretFormDialog(parent)
{
    setObjectName(QStringLiteral("replacePaperspaceValueDialog"));
    setWindowTitle(tr("Replace the value of %1").arg(secret.secret.name));
    auto* layout = new QVBoxLayout(this);
    const bool anyProtected = std::any_of(users.begin(), users.end(), [&secret](const Deployment& d) {
        return d.basicAuthKey && PaperspaceSecrets::referenceName(*d.basicAuthKey) == secret.secret.name;
    });
    QString text = tr("The old value is replaced for good; neither Paperspace nor Podwarden can show it again.");
    if (users.isEmpty()) {
        text += QLatin1String("\n\n") + tr("No deployment reads this secret.");
    } else {
        text += QLatin1String("\n\n") +
                tr("A deployment takes a secret's value when it is deployed. These %n deployment(s) keep the old "
                   "value until you redeploy them:",
                   nullptr, int(users.size()));
        if (anyProtected)
            text += QLatin1Char(' ') + tr("a protected one keeps accepting the old token and refuses the new one.");
    }
    addExplanation(layout, text);
    if (!users.isEmpty())
        layout->addWidget(deploymentList(this, "affectedDeployments", tr("Deployments that read it"), users));
    auto* form = new QFormLayout;
    m_value = paperspaceValueField(this);
    form->addRow(tr("New &value:"), m_value);
    layout->addLayout(form);
    addButtons(layout, tr("Re&place value"), "replaceValue");
    connect(m_value, &SecretValueField::changed, this, &ReplacePaperspaceValueDialog::updateSubmit);
    updateSubmit();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ReplacePaperspaceValueDialog::~ReplacePaperspaceValueDialog() = default;

SecretBuffer ReplacePaperspaceValueDialog::value() const
{
    return m_value->value();
}

bool ReplacePaperspaceValueDialog::canSubmit() const
{
    return m_value->isAcceptable();
}

void ReplacePaperspaceValueDialog::done(int result)
{
    m_value->clear();
    SecretFormDialog::done(result);
}

// ---- Delete

DeletePaperspaceSecretDialog::DeletePaperspaceSecretDialog(const ScopedPaperspaceSecret& secret,
                                                           const QList<Deployment>& users, QWidget* parent)
    : SecretFormDialog(parent)
    , m_name(secret.secret.name)
{
    setObjectName(QStringLiteral("deletePaperspaceSecretDialog"));
    setWindowTitle(tr("Delete secret %1?").arg(m_name));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(warningIcon(this));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("deleteWarning"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QString warning = (secret.scope == PaperspaceScope::Project
                           ? tr("Deleting the project's secret %1 cannot be undone.")
                           : tr("Deleting the team's secret %1 cannot be undone; every project of the team loses it."))
                          .arg(m_name);
    if (users.isEmpty()) {
        warning += QLatin1String("\n\n") + tr("No deployment of this project references it.");
    } else {
        warning += QLatin1String("\n\n") +
                   tr("%n deployment(s) reference it. They keep running as deployed, but their next deploy is "
                      "refused until the reference is changed or a secret of this name exists again:",
                      nullptr, int(users.size()));
    }
    text->setText(warning);
    top->addWidget(text, 1);
    layout->addLayout(top);
    if (!users.isEmpty())
        layout->addWidget(deploymentList(this, "referencingDeployments", tr("Deployments that reference it"), users));
    auto* form = new QFormLayout;
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirm->setAccessibleName(tr("Type the secret's name to confirm"));
    m_confirm->setPlaceholderText(m_name);
    form->addRow(tr("Type %1 to confirm:").arg(m_name), m_confirm);
    layout->addLayout(form);
    addButtons(layout, tr("&Delete secret"), "deleteSecret");
    connect(m_confirm, &QLineEdit::textChanged, this, &DeletePaperspaceSecretDialog::updateSubmit);
    updateSubmit();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

DeletePaperspaceSecretDialog::~DeletePaperspaceSecretDialog() = default;

bool DeletePaperspaceSecretDialog::canSubmit() const
{
    return m_confirm->text() == m_name;
}

// ---- Protect

ProtectDeploymentDialog::ProtectDeploymentDialog(const Deployment& deployment,
                                                 const QList<ScopedPaperspaceSecret>& secrets, QWidget* parent)
    : SecretFormDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("protectDeploymentDialog"));
    setWindowTitle(deployment.isProtected() ? tr("Change the token of %1").arg(deployment.name)
                                            : tr("Protect %1").arg(deployment.name));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(warningIcon(this));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("protectWarning"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(
        tr("%1 will be redeployed now, protected by HTTP Basic auth: user paperspace, password the secret's value. "
           "From this deploy on, calls without that token get 401, so give the token to its callers first.")
            .arg(deployment.name) +
        QLatin1String("\n\n") +
        tr("The token is fixed at each deploy: a new value of the secret takes effect only when the deployment is "
           "redeployed."));
    top->addWidget(text, 1);
    layout->addLayout(top);

    m_generate = new QRadioButton(tr("&Generate a new secret"), this);
    m_generate->setObjectName(QStringLiteral("generateSecret"));
    m_existing = new QRadioButton(tr("Use an &existing secret"), this);
    m_existing->setObjectName(QStringLiteral("existingSecret"));
    auto* form = new QFormLayout;
    form->addRow(m_generate);
    m_name = new QLineEdit(proposedSecretName(deployment.name, secrets), this);
    m_name->setObjectName(QStringLiteral("newSecretName"));
    m_name->setAccessibleName(tr("Name of the new project secret"));
    m_name->setMaxLength(PaperspaceSecrets::kNameMaxLength + 1);
    m_nameProblem = makeProblemLabel("newSecretNameProblem", this);
    form->addRow(tr("Project secret &name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    auto* generatedNote =
        new QLabel(tr("A random value of 40 letters and digits (OpenSSL). The header is shown once afterwards, "
                      "to copy."),
                   this);
    generatedNote->setWordWrap(true);
    form->addRow(QString(), generatedNote);
    form->addRow(m_existing);
    m_existingNames = new QComboBox(this);
    m_existingNames->setObjectName(QStringLiteral("existingSecretName"));
    m_existingNames->setAccessibleName(tr("Existing secret"));
    const PaperspaceAccount account({}, m_secrets);
    for (const ScopedPaperspaceSecret& s : m_secrets) {
        if (account.isShadowed(s))
            continue;
        m_existingNames->addItem(s.scope == PaperspaceScope::Project ? tr("%1 (project)").arg(s.secret.name)
                                                                     : tr("%1 (team)").arg(s.secret.name),
                                 s.secret.name);
    }
    if (deployment.basicAuthKey) {
        const int current =
            m_existingNames->findData(PaperspaceSecrets::referenceName(*deployment.basicAuthKey).value_or(QString()));
        if (current >= 0)
            m_existingNames->setCurrentIndex(current);
    }
    form->addRow(tr("&Secret:"), m_existingNames);
    layout->addLayout(form);
    addButtons(layout, deployment.isProtected() ? tr("Change token and &redeploy") : tr("Protect and &redeploy"),
               "protectDeployment");

    m_generate->setChecked(true);
    m_existing->setEnabled(m_existingNames->count() > 0);
    connect(m_generate, &QRadioButton::toggled, this, &ProtectDeploymentDialog::updateSource);
    connect(m_name, &QLineEdit::textChanged, this, &ProtectDeploymentDialog::checkName);
    connect(m_existingNames, &QComboBox::currentIndexChanged, this, &ProtectDeploymentDialog::updateSubmit);
    updateSource();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ProtectDeploymentDialog::~ProtectDeploymentDialog() = default;

ProtectDeploymentDialog::Source ProtectDeploymentDialog::source() const
{
    return m_generate->isChecked() ? Source::Generate : Source::Existing;
}

QString ProtectDeploymentDialog::secretName() const
{
    return source() == Source::Generate ? m_name->text() : m_existingNames->currentData().toString();
}

bool ProtectDeploymentDialog::usesGeneratedValue() const
{
    return source() == Source::Generate || (!m_createdName.isEmpty() && secretName() == m_createdName);
}

void ProtectDeploymentDialog::secretCreated(const QString& name)
{
    m_createdName = name;
    // Kept as the secret the next try uses; its value stays here for the header afterwards.
    m_secrets.append({PaperspaceScope::Project, PaperspaceSecret{name, {}, {}, true}});
    m_existingNames->addItem(tr("%1 (project)").arg(name), name);
    m_existingNames->setCurrentIndex(m_existingNames->count() - 1);
    m_existing->setEnabled(true);
    m_existing->setChecked(true);
    m_generate->setEnabled(false);
}

void ProtectDeploymentDialog::updateSource()
{
    const bool generate = m_generate->isChecked();
    m_name->setEnabled(generate);
    m_existingNames->setEnabled(!generate);
    if (generate && m_generated.isEmpty())
        m_generated = SecretGenerator::generate(40, SecretGenerator::Alphabet::Alphanumeric);
    checkName();
}

void ProtectDeploymentDialog::checkName()
{
    QString problem;
    if (m_generate->isChecked() && !m_name->text().isEmpty()) {
        if (const auto issue = PaperspaceSecrets::nameIssue(m_name->text()))
            problem = issue->message;
        for (const ScopedPaperspaceSecret& s : m_secrets) {
            if (s.scope == PaperspaceScope::Project && s.secret.name == m_name->text())
                problem = tr("The project already has a secret named %1; choose it under “Use an existing secret”, "
                             "or another name.")
                              .arg(s.secret.name);
        }
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    updateSubmit();
}

bool ProtectDeploymentDialog::canSubmit() const
{
    if (m_generate->isChecked())
        return !m_name->text().isEmpty() && m_nameProblem->isHidden() && !m_generated.isEmpty();
    return m_existingNames->currentIndex() >= 0;
}

void ProtectDeploymentDialog::done(int result)
{
    if (result != Accepted)
        m_generated.wipe(); // accepted: the page takes a copy for the header first
    SecretFormDialog::done(result);
}

// ---- Basic header

BasicHeaderDialog::BasicHeaderDialog(Session* session, const Deployment& deployment, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_deployment(deployment)
{
    setObjectName(QStringLiteral("basicHeaderDialog"));
    setWindowTitle(tr("Basic header for %1").arg(deployment.name));
    const QString secret = deployment.basicAuthKey
                               ? PaperspaceSecrets::referenceName(*deployment.basicAuthKey).value_or(QString())
                               : QString();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Callers of %1 send the header Authorization: Basic, made of the user paperspace and "
                                "the value of %2. Paperspace never shows that value again, so the header can be "
                                "built only while you have it: type or paste it here. Nothing of it is saved.")
                                 .arg(deployment.name, secret),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* form = new QFormLayout;
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("tokenValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setFont(fixed);
    m_value->setAccessibleName(tr("Value of %1").arg(secret));
    m_value->setMaxLength(PaperspaceSecrets::kValueMaxCharacters + 1);
    SecretClipboard::instance()->guard(m_value);
    form->addRow(tr("&Value of %1:").arg(secret), m_value);

    const auto output = [this, &fixed](const char* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setAccessibleName(accessible);
        SecretClipboard::instance()->guard(edit);
        return edit;
    };
    m_header = output("basicHeader", tr("Authorization header"));
    m_copyHeader = new QPushButton(tr("Copy &header"), this);
    m_copyHeader->setObjectName(QStringLiteral("copyHeader"));
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_copyHeader);
    form->addRow(tr("Header:"), headerRow);
    m_curl = output("curlLine", tr("curl command"));
    m_copyCurl = new QPushButton(tr("Copy &curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    auto* curlRow = new QHBoxLayout;
    curlRow->addWidget(m_curl, 1);
    curlRow->addWidget(m_copyCurl);
    form->addRow(tr("curl:"), curlRow);
    layout->addLayout(form);

    auto* tryRow = new QHBoxLayout;
    m_try = new QPushButton(tr("&Try the token"), this);
    m_try->setObjectName(QStringLiteral("tryToken"));
    m_try->setToolTip(tr("Calls the endpoint once with this header and says whether it is accepted."));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("tryResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    tryRow->addWidget(m_try);
    tryRow->addWidget(m_result, 1);
    layout->addLayout(tryRow);
    auto* note = new QLabel(tr("Copies are marked as passwords and cleared from the clipboard after %n second(s).",
                               nullptr, SecretClipboard::instance()->clearAfterMs() / 1000),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textChanged, this, &BasicHeaderDialog::build);
    connect(m_copyHeader, &QPushButton::clicked, this, [this] {
        QString text = m_header->text();
        SecretClipboard::instance()->copy(SecretBuffer::takeFrom(text));
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QString text = m_curl->text();
        SecretClipboard::instance()->copy(SecretBuffer::takeFrom(text));
    });
    connect(m_try, &QPushButton::clicked, this, &BasicHeaderDialog::tryToken);
    build();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

BasicHeaderDialog::~BasicHeaderDialog()
{
    clearBuilt();
}

void BasicHeaderDialog::setValue(SecretBuffer value)
{
    QString text = QString::fromUtf8(value.bytes());
    value.wipe();
    m_value->setText(text);
    SecretBuffer::wipe(text);
}

QString BasicHeaderDialog::headerText() const
{
    return m_header->text();
}

QString BasicHeaderDialog::curlText() const
{
    return m_curl->text();
}

void BasicHeaderDialog::build()
{
    m_result->clear();
    const QString text = m_value->text();
    const bool ok = !text.isEmpty() && !PaperspaceSecrets::valueIssue(text);
    if (!ok) {
        m_header->clear();
        m_curl->clear();
    } else {
        QByteArray utf8 = text.toUtf8();
        QByteArray header = PaperspaceSecrets::basicAuthorization(utf8);
        SecretBuffer::wipe(utf8);
        QString headerLine = QStringLiteral("Authorization: ") + QString::fromLatin1(header);
        SecretBuffer::wipe(header);
        m_header->setText(headerLine);
        m_curl->setText(QStringLiteral("curl -H '%1' '%2'").arg(headerLine, m_deployment.endpoint));
        m_header->setCursorPosition(0); // the beginning says what it is
        m_curl->setCursorPosition(0);
        SecretBuffer::wipe(headerLine);
    }
    for (QWidget* w :
         {static_cast<QWidget*>(m_copyHeader), static_cast<QWidget*>(m_copyCurl), static_cast<QWidget*>(m_try)})
        w->setEnabled(ok);
    m_try->setEnabled(ok && m_session && m_session->isConnected());
}

void BasicHeaderDialog::tryToken()
{
    if (!m_session || m_value->text().isEmpty())
        return;
    QString text = m_value->text();
    auto* reply = m_session->tryDeploymentToken(m_deployment.id, SecretBuffer::takeFrom(text));
    if (!reply) {
        m_result->setText(tr("Not connected: connect to try the token."));
        return;
    }
    m_try->setEnabled(false);
    m_result->setText(tr("Calling %1…").arg(m_deployment.endpoint));
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        m_try->setEnabled(!m_header->text().isEmpty());
        if (reply->ok()) {
            m_result->setText(tr("Accepted: the endpoint answered with success for this token."));
        } else if (reply->error().kind == ServiceError::Kind::Unauthorized) {
            m_result->setText(tr("Refused (401): the endpoint does not accept this token. If the secret's value "
                                 "changed after the last deploy, the endpoint still wants the old one until you "
                                 "redeploy."));
        } else {
            m_result->setText(tr("The call failed: %1").arg(reply->error().message()));
        }
    });
}

void BasicHeaderDialog::clearBuilt()
{
    m_value->clear();
    m_header->clear();
    m_curl->clear();
}

void BasicHeaderDialog::done(int result)
{
    clearBuilt(); // however it closes, the token leaves the screen
    QDialog::done(result);
}

// ---- Redeploy

RedeployDialog::RedeployDialog(Session* session, const QList<Deployment>& deployments, const QString& secretName,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_deployments(deployments)
{
    setObjectName(QStringLiteral("redeployDialog"));
    setWindowTitle(tr("Redeploy to take the new value"));
    auto* layout = new QVBoxLayout(this);
    const bool anyToken = std::any_of(deployments.begin(), deployments.end(), [&](const Deployment& d) {
        const PaperspaceAccount account(m_session->snapshot().deployments, m_session->snapshot().paperspaceSecrets);
        return account.tokenOutdated(d);
    });
    QString text =
        secretName.isEmpty()
            ? tr("A secret changed after the last deploy of %n deployment(s).", nullptr, int(deployments.size()))
            : tr("%1 changed after the last deploy of %n deployment(s).", nullptr, int(deployments.size()))
                  .arg(secretName);
    text += QLatin1Char(' ') +
            (anyToken ? tr("A protected deployment keeps accepting the old token, and refuses the new one, until it "
                           "is redeployed: redeploy it once its callers have the new token.")
                      : tr("Each runs the old value until it is redeployed."));
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("redeployExplanation"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("redeployList"));
    m_list->setAccessibleName(tr("Deployments to redeploy"));
    for (const Deployment& d : deployments) {
        auto* item = new QListWidgetItem(d.isProtected() ? tr("%1 (protected)").arg(d.name) : d.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, d.id);
    }
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("redeploySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(this);
    m_redeploy = buttons->addButton(tr("&Redeploy checked"), QDialogButtonBox::AcceptRole);
    m_redeploy->setObjectName(QStringLiteral("redeployChecked"));
    m_redeploy->setDefault(true);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("redeployLater"));
    layout->addWidget(buttons);
    connect(m_redeploy, &QPushButton::clicked, this, &RedeployDialog::redeployChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_list->count(); ++i)
            any = any || m_list->item(i)->checkState() == Qt::Checked;
        m_redeploy->setEnabled(any && m_queue.isEmpty());
    });
    resize(sizeHint().expandedTo(QSize(520, 240)));
}

RedeployDialog::~RedeployDialog() = default;

void RedeployDialog::redeployChecked()
{
    if (!m_queue.isEmpty() || !m_session)
        return;
    m_succeeded = 0;
    m_failed = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            m_queue.append(i);
    }
    if (m_queue.isEmpty())
        return;
    m_redeploy->setEnabled(false);
    m_summary->setText(tr("Redeploying…"));
    redeployNext();
}

void RedeployDialog::redeployNext()
{
    if (m_queue.isEmpty() || !m_session) {
        m_summary->setText(m_failed == 0 ? tr("%n deployment(s) redeployed.", nullptr, m_succeeded)
                                         : tr("%1 redeployed, %2 refused: see each row.")
                                               .arg(QString::number(m_succeeded), QString::number(m_failed)));
        emit redeployFinished(m_succeeded, m_failed);
        return;
    }
    const int row = m_queue.takeFirst();
    QListWidgetItem* item = m_list->item(row);
    const Deployment& d = m_deployments.at(row);
    item->setText(tr("%1: redeploying…").arg(d.name));
    ChangeRequest* request = m_session->changes()->redeploy(d.id);
    connect(request, &ChangeRequest::finished, this, [this, item, name = d.name](const ChangeOutcome& outcome) {
        if (outcome.ok) {
            ++m_succeeded;
            item->setText(tr("%1: redeployed").arg(name));
            item->setCheckState(Qt::Unchecked);
        } else {
            ++m_failed;
            item->setText(tr("%1: %2").arg(name, outcome.message));
        }
        item->setToolTip(outcome.message);
        redeployNext();
    });
}

} // namespace podwarden
