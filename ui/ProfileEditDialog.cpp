#include "ProfileEditDialog.h"

#include "PageParts.h"
#include "account/ProfileChanges.h"
#include "secrethandling/SecretBuffer.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwarden {

namespace {

bool isPaperspace(Profile::Provider provider)
{
    Profile probe;
    probe.provider = provider;
    return probe.isPaperspace();
}

} // namespace

ProfileEditDialog::ProfileEditDialog(ProfileChanges* changes, const std::optional<Profile>& existing, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_adding(!existing)
{
    setObjectName(QStringLiteral("profileEditDialog"));
    const Profile shown = existing ? *existing : Profile::makeNew(QString());
    m_profileId = shown.id;
    setWindowTitle(m_adding ? tr("Add a Profile") : tr("Edit Profile “%1”").arg(shown.name));

    auto* explain = new QLabel(m_adding ? tr("A profile is one account: where its service is and the API key to use. "
                                             "The key is checked with the service before it is saved, and then "
                                             "kept in the system keyring.")
                                        : tr("Paste a new key only to replace the stored one; it is checked with the "
                                             "service before it is saved."),
                               this);
    explain->setWordWrap(true);

    m_name = new QLineEdit(shown.name, this);
    m_name->setObjectName(QStringLiteral("profileName"));
    // The clouds a user can add; the sandbox kinds are the app's own and never offered here.
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerChoice"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(QStringLiteral("Runpod"), int(Profile::Provider::Runpod));
    m_provider->addItem(QStringLiteral("Paperspace"), int(Profile::Provider::Paperspace));
    m_provider->setCurrentIndex(shown.isPaperspace() ? 1 : 0);
    m_shownProvider = chosenProvider();
    if (!m_adding) {
        // Its saved copy and drafts are that provider's: another account is another profile.
        m_keptProvider = shown.provider;
        m_provider->setEnabled(false);
        m_provider->setToolTip(tr("A profile stays with its provider. Add a profile for an account elsewhere."));
    }
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setEchoMode(QLineEdit::Password);
    QAction* reveal = m_key->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
        QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setText(tr("Show the key"));
    reveal->setToolTip(tr("Show the key while typing"));
    connect(reveal, &QAction::toggled, m_key,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_keyHint = new QLabel(this);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setWordWrap(true);
    m_keyHint->setTextFormat(Qt::PlainText);
    m_projectId = new QLineEdit(shown.projectId, this);
    m_projectId->setObjectName(QStringLiteral("projectId"));
    m_projectId->setAccessibleName(tr("Project ID"));
    m_projectId->setPlaceholderText(QStringLiteral("pr_abc123"));
    m_projectId->setToolTip(tr("The project whose deployments and secrets Podwarden shows; its id is in the "
                               "project's settings in the Paperspace console."));
    m_projectId->setAccessibleDescription(m_projectId->toolTip());
    m_teamId = new QLineEdit(shown.teamId, this);
    m_teamId->setObjectName(QStringLiteral("teamId"));
    m_teamId->setAccessibleName(tr("Team ID"));
    m_teamId->setPlaceholderText(tr("Optional: its secrets are shown beside the project's"));
    m_teamId->setToolTip(tr("Optional: the team whose secrets are shown beside the project's."));
    m_teamId->setAccessibleDescription(m_teamId->toolTip());
    m_management = new QLineEdit(shown.managementBase.toString(), this);
    m_management->setObjectName(QStringLiteral("managementBase"));
    m_invocation = new QLineEdit(shown.invocationBase.toString(), this);
    m_invocation->setObjectName(QStringLiteral("invocationBase"));
    m_caFile = PageParts::caFileField(this);
    m_caFile->setText(shown.caFile);

    m_form = new QFormLayout;
    m_form->addRow(tr("Profile &name:"), m_name);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(static_cast<QWidget*>(nullptr), m_keyHint);
    m_form->addRow(tr("Pro&ject ID:"), m_projectId);
    m_form->addRow(tr("&Team ID:"), m_teamId);
    m_form->addRow(tr("&Management API:"), m_management);
    m_form->addRow(tr("&Invocation API:"), m_invocation);
    m_form->addRow(tr("CA &file:"), m_caFile);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a two-line answer from the start, so the buttons do not jump when one arrives.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_adding ? tr("&Add Profile") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::validate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::providerChosen);
    showProvider();
    validate();
    (m_adding ? m_name : m_key)->setFocus();
    resize(560, sizeHint().height());
}

ProfileEditDialog::~ProfileEditDialog()
{
    m_key->clear();
}

Profile ProfileEditDialog::profile() const
{
    Profile p;
    p.id = m_profileId;
    p.name = m_name->text().trimmed();
    p.provider = m_keptProvider.value_or(chosenProvider());
    p.managementBase = QUrl::fromUserInput(m_management->text().trimmed());
    if (p.isPaperspace()) {
        // No invocation base: each deployment has its own endpoint URL.
        p.invocationBase = QUrl();
        p.projectId = m_projectId->text().trimmed();
        p.teamId = m_teamId->text().trimmed();
    } else {
        p.invocationBase = QUrl::fromUserInput(m_invocation->text().trimmed());
    }
    p.caFile = m_caFile->text().trimmed();
    return p;
}

Profile::Provider ProfileEditDialog::chosenProvider() const
{
    return static_cast<Profile::Provider>(m_provider->currentData().toInt());
}

void ProfileEditDialog::providerChosen()
{
    const Profile::Provider chosen = chosenProvider();
    if (chosen == m_shownProvider)
        return;
    // The bases follow the provider while they hold the previous one's defaults; an address the
    // user typed (a proxy, a sandbox) stays.
    const Profile before = Profile::makeNew(QString(), m_shownProvider);
    const Profile after = Profile::makeNew(QString(), chosen);
    const QString management = m_management->text().trimmed();
    if (management.isEmpty() || QUrl::fromUserInput(management) == before.managementBase)
        m_management->setText(after.managementBase.toString());
    const QString invocation = m_invocation->text().trimmed();
    if (!isPaperspace(chosen) && (invocation.isEmpty() || QUrl::fromUserInput(invocation) == before.invocationBase))
        m_invocation->setText(after.invocationBase.toString());
    m_shownProvider = chosen;
    showProvider();
    validate();
}

void ProfileEditDialog::showProvider()
{
    const bool paperspace = isPaperspace(m_keptProvider.value_or(chosenProvider()));
    m_form->setRowVisible(m_projectId, paperspace);
    m_form->setRowVisible(m_teamId, paperspace);
    m_form->setRowVisible(m_invocation, !paperspace);
    m_keyHint->setText(paperspace ? tr("A Paperspace API key: create one in the Paperspace console under Team "
                                       "settings ▸ API keys.")
                                  : tr("A Runpod API key: create one in the Runpod console under Settings ▸ API "
                                       "Keys."));
    m_key->setAccessibleDescription(m_keyHint->text());
    if (m_adding)
        m_key->setPlaceholderText(paperspace ? tr("Paperspace API key") : QStringLiteral("rpa_…"));
    else
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
}

void ProfileEditDialog::validate()
{
    QString problem = profile().validate();
    if (problem.isEmpty() && m_adding && m_key->text().trimmed().isEmpty())
        problem = tr("Paste the API key of this account. Create one in the cloud console's settings.");
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

void ProfileEditDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return;
    const Profile changed = profile();
    QString text = m_key->text().trimmed();
    std::optional<SecretBuffer> key;
    if (!text.isEmpty()) {
        key = SecretBuffer::takeFrom(text);
        m_problem->setText(tr("Checking the key with %1…").arg(changed.managementBase.host()));
    }
    setSaving(true);
    const int attempt = m_attempt;
    m_changes->save(changed, std::move(key), this, [this, attempt](const ProfileChangeResult& result) {
        if (attempt != m_attempt || !isVisible())
            return;
        setSaving(false);
        if (!result.ok()) {
            m_problem->setText(result.problem);
            m_key->setFocus();
            m_key->selectAll();
            return;
        }
        m_notice = result.notice;
        m_key->clear();
        accept();
    });
}

void ProfileEditDialog::setSaving(bool saving)
{
    ++m_attempt; // a new save, or none: the answer to an earlier one is ignored
    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        edit->setReadOnly(saving);
    m_provider->setEnabled(m_adding && !saving);
    if (saving)
        m_save->setEnabled(false);
    else
        validate();
}

} // namespace podwarden
