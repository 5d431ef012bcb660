#include "ProfileFields.h"

#include "PageParts.h"
#include "SecretClipboard.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace podwarden {

namespace {

bool isPaperspace(Profile::Provider provider)
{
    Profile probe;
    probe.provider = provider;
    return probe.isPaperspace();
}

} // namespace

ProfileFields::ProfileFields(QWidget* owner, QFormLayout* form, const Profile& shown)
    : QObject(owner)
    , m_form(form)
{
    m_name = new QLineEdit(shown.name, owner);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_provider = new QComboBox(owner);
    m_provider->setObjectName(QStringLiteral("providerChoice"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(QStringLiteral("Runpod"), int(Profile::Provider::Runpod));
    m_provider->addItem(QStringLiteral("Paperspace"), int(Profile::Provider::Paperspace));
    m_provider->setCurrentIndex(shown.isPaperspace() ? 1 : 0);
    m_shownProvider = chosenProvider();
    m_key = new QLineEdit(owner);
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    QAction* reveal = m_key->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
        QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setText(tr("Show the key"));
    reveal->setToolTip(tr("Show the key while typing"));
    connect(reveal, &QAction::toggled, m_key,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    // A key copied out of the field is a secret on the clipboard like any other.
    SecretClipboard::instance()->guard(m_key);
    m_keyHint = new QLabel(owner);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setWordWrap(true);
    m_keyHint->setTextFormat(Qt::PlainText);
    m_projectId = new QLineEdit(shown.projectId, owner);
    m_projectId->setObjectName(QStringLiteral("projectId"));
    m_projectId->setAccessibleName(tr("Project ID"));
    m_projectId->setPlaceholderText(QStringLiteral("pr_abc123"));
    m_projectId->setToolTip(tr("The project whose deployments and secrets Podwarden shows; its id is in the "
                               "project's settings in the Paperspace console."));
    m_projectId->setAccessibleDescription(m_projectId->toolTip());
    m_teamId = new QLineEdit(shown.teamId, owner);
    m_teamId->setObjectName(QStringLiteral("teamId"));
    m_teamId->setAccessibleName(tr("Team ID"));
    m_teamId->setPlaceholderText(tr("Optional: its secrets are shown beside the project's"));
    m_teamId->setToolTip(tr("Optional: the team whose secrets are shown beside the project's."));
    m_teamId->setAccessibleDescription(m_teamId->toolTip());
    m_management = new QLineEdit(shown.managementBase.toString(), owner);
    m_management->setObjectName(QStringLiteral("managementBase"));
    m_invocation = new QLineEdit(shown.invocationBase.toString(), owner);
    m_invocation->setObjectName(QStringLiteral("invocationBase"));
    m_caFile = PageParts::caFileField(owner);
    m_caFile->setText(shown.caFile);

    m_form->addRow(tr("Profile &name:"), m_name);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(static_cast<QWidget*>(nullptr), m_keyHint);
    m_form->addRow(tr("Pro&ject ID:"), m_projectId);
    m_form->addRow(tr("&Team ID:"), m_teamId);
    m_form->addRow(tr("&Management API:"), m_management);
    m_form->addRow(tr("&Invocation API:"), m_invocation);
    m_form->addRow(tr("CA &file:"), m_caFile);

    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ProfileFields::edited);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ProfileFields::providerChosen);
    showProvider();
}

ProfileFields::~ProfileFields()
{
    // QLineEdit keeps no history of a password field, but its text buffer is ours to clear.
    if (m_key)
        m_key->clear();
}

void ProfileFields::keepProvider(const Profile& profile)
{
    m_keptProvider = profile.provider;
    {
        // Its own addresses replace whatever the choice would have filled in.
        const QSignalBlocker quiet(m_provider);
        m_provider->setCurrentIndex(profile.isPaperspace() ? 1 : 0);
    }
    m_shownProvider = chosenProvider();
    m_provider->setEnabled(false);
    m_provider->setToolTip(tr("A profile stays with its provider. Add a profile for an account elsewhere."));
    showProvider();
}

void ProfileFields::fill(const Profile& profile)
{
    m_name->setText(profile.name);
    m_projectId->setText(profile.projectId);
    m_teamId->setText(profile.teamId);
    m_management->setText(profile.managementBase.toString());
    m_invocation->setText(profile.invocationBase.toString());
    m_caFile->setText(profile.caFile);
}

Profile ProfileFields::profile(const QString& id) const
{
    Profile p;
    p.id = id;
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

bool ProfileFields::showsPaperspace() const
{
    return isPaperspace(m_keptProvider.value_or(chosenProvider()));
}

void ProfileFields::setBusy(bool busy)
{
    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        edit->setReadOnly(busy);
    m_provider->setEnabled(!m_keptProvider && !busy);
}

void ProfileFields::setKeyOptional(bool optional)
{
    m_keyOptional = optional;
    showProvider();
}

Profile::Provider ProfileFields::chosenProvider() const
{
    return static_cast<Profile::Provider>(m_provider->currentData().toInt());
}

void ProfileFields::providerChosen()
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
    emit edited();
}

void ProfileFields::showProvider()
{
    const bool paperspace = showsPaperspace();
    m_form->setRowVisible(m_projectId, paperspace);
    m_form->setRowVisible(m_teamId, paperspace);
    m_form->setRowVisible(m_invocation, !paperspace);
    m_keyHint->setText(paperspace ? tr("A Paperspace API key: create one in the Paperspace console under Team "
                                       "settings ▸ API keys.")
                                  : tr("A Runpod API key: create one in the Runpod console under Settings ▸ API "
                                       "Keys."));
    m_key->setAccessibleDescription(m_keyHint->text());
    if (m_keyOptional)
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    else
        m_key->setPlaceholderText(paperspace ? tr("Paperspace API key") : QStringLiteral("rpa_…"));
    emit providerShown(paperspace);
}

} // namespace podwarden
