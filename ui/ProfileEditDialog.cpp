#include "ProfileEditDialog.h"

#include "ProfileFields.h"
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

    m_form = new QFormLayout;
    m_fields = new ProfileFields(this, m_form, shown);
    if (!m_adding) {
        m_fields->keepProvider(shown);
        m_fields->setKeyOptional(true);
    }

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

    connect(m_fields, &ProfileFields::edited, this, &ProfileEditDialog::validate);
    validate();
    (m_adding ? m_fields->name() : m_fields->key())->setFocus();
    resize(560, sizeHint().height());
}

ProfileEditDialog::~ProfileEditDialog() = default;

Profile ProfileEditDialog::profile() const
{
    return m_fields->profile(m_profileId);
}

void ProfileEditDialog::validate()
{
    QString problem = profile().validate();
    if (problem.isEmpty() && m_adding && m_fields->key()->text().trimmed().isEmpty())
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
    QString text = m_fields->key()->text().trimmed();
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
            m_fields->key()->setFocus();
            m_fields->key()->selectAll();
            return;
        }
        m_notice = result.notice;
        m_fields->key()->clear();
        accept();
    });
}

void ProfileEditDialog::setSaving(bool saving)
{
    ++m_attempt; // a new save, or none: the answer to an earlier one is ignored
    m_fields->setBusy(saving);
    if (saving)
        m_save->setEnabled(false);
    else
        validate();
}

} // namespace podwarden
