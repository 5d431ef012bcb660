#include "CreateSecretDialog.h"

#include "SecretFields.h"
#include "SecretReference.h"
#include "Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace podwarden {

CreateSecretDialog::CreateSecretDialog(const QSet<QString>& takenNames, QWidget* parent)
    : SecretFormDialog(parent)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("createSecretDialog"));
    setWindowTitle(tr("New secret"));
    auto* layout = new QVBoxLayout(this);
    addExplanation(layout, tr("The value is sent once and never shown again, by the service or by Podwarden. "
                              "Templates use it as %1.")
                               .arg(SecretReference::format(QStringLiteral("name"))));

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setPlaceholderText(QStringLiteral("hf_token"));
    m_name->setAccessibleName(tr("Secret name"));
    m_name->setToolTip(tr("1 to %1 characters: letters, digits, _ . - /, starting with a letter or _; "
                          "not starting with RUNPOD. The name cannot be changed later.")
                           .arg(Validation::kSecretNameMaxLength));
    m_name->setMaxLength(Validation::kSecretNameMaxLength + 1); // one over, so the rule can say so
    m_nameProblem = makeProblemLabel("secretNameProblem", this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);

    m_value = new SecretValueField(this);
    form->addRow(tr("&Value:"), m_value);

    m_description = new SecretDescriptionField(this);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    addButtons(layout, tr("C&reate secret"), "createSecret");

    connect(m_name, &QLineEdit::textChanged, this, &CreateSecretDialog::checkName);
    connect(m_value, &SecretValueField::changed, this, &CreateSecretDialog::updateSubmit);
    connect(m_description, &SecretDescriptionField::changed, this, &CreateSecretDialog::updateSubmit);
    checkName();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

CreateSecretDialog::~CreateSecretDialog() = default;

QString CreateSecretDialog::name() const
{
    return m_name->text();
}

QString CreateSecretDialog::description() const
{
    return m_description->text();
}

SecretBuffer CreateSecretDialog::value() const
{
    return m_value->value();
}

void CreateSecretDialog::checkName()
{
    // An empty field is not an error yet, only not done.
    const auto issue = m_name->text().isEmpty() ? std::nullopt : Validation::secretName(m_name->text(), m_taken);
    m_nameProblem->setText(issue ? issue->message : QString());
    m_nameProblem->setVisible(issue.has_value());
    updateSubmit();
}

bool CreateSecretDialog::canSubmit() const
{
    return !Validation::secretName(m_name->text(), m_taken) && m_value->isAcceptable() && m_description->isAcceptable();
}

void CreateSecretDialog::done(int result)
{
    // Whatever way it closes, the value leaves the screen.
    m_value->clear();
    SecretFormDialog::done(result);
}

} // namespace podwarden
