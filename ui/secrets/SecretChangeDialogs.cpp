#include "SecretChangeDialogs.h"

#include "SecretFields.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace podwarden {

QString templateList(const QStringList& names, int shown)
{
    if (names.size() <= shown)
        return QLocale().createSeparatedList(names);
    QStringList head = names.mid(0, shown);
    head << SecretFormDialog::tr("%n more", nullptr, int(names.size() - shown));
    return QLocale().createSeparatedList(head);
}

ReplaceSecretValueDialog::ReplaceSecretValueDialog(const QString& secretName, const QStringList& usedBy,
                                                   const QString& description, QWidget* parent)
    : SecretFormDialog(parent)
    , m_originalDescription(description)
{
    setObjectName(QStringLiteral("replaceSecretDialog"));
    setWindowTitle(tr("Replace the value of %1").arg(secretName));
    auto* layout = new QVBoxLayout(this);
    QString text = tr("The new value replaces the old one for good; the old value cannot be seen or brought back. "
                      "Pods booted after this use the new value; running pods keep the old one until they restart.");
    if (!usedBy.isEmpty()) {
        text += QLatin1String("\n\n") +
                tr("Templates that use %1: %2.", nullptr, int(usedBy.size())).arg(secretName, templateList(usedBy));
    }
    addExplanation(layout, text)->setObjectName(QStringLiteral("replaceExplanation"));

    auto* form = new QFormLayout;
    m_value = new SecretValueField(this);
    form->addRow(tr("New &value:"), m_value);
    m_description = new SecretDescriptionField(this);
    m_description->setObjectName(QStringLiteral("replaceDescription"));
    m_description->setText(description);
    m_description->setToolTip(tr("Optional: edit it to change the description together with the value."));
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    addButtons(layout, tr("&Replace value"), "replaceValue");
    connect(m_value, &SecretValueField::changed, this, &ReplaceSecretValueDialog::updateSubmit);
    connect(m_description, &SecretDescriptionField::changed, this, &ReplaceSecretValueDialog::updateSubmit);
    updateSubmit();
    resize(sizeHint().expandedTo(QSize(540, 0)));
}

ReplaceSecretValueDialog::~ReplaceSecretValueDialog() = default;

SecretBuffer ReplaceSecretValueDialog::value() const
{
    return m_value->value();
}

std::optional<QString> ReplaceSecretValueDialog::changedDescription() const
{
    const QString text = m_description->text();
    return text != m_originalDescription ? std::optional<QString>(text) : std::nullopt;
}

void ReplaceSecretValueDialog::valueTookEffect()
{
    m_valueDone = true;
    m_value->clear();
    m_value->setEnabled(false);
    m_value->setToolTip(tr("The new value is already in force."));
    if (auto* submit = findChild<QAbstractButton*>(QStringLiteral("replaceValue")))
        submit->setText(tr("&Save description"));
    updateSubmit();
}

bool ReplaceSecretValueDialog::canSubmit() const
{
    if (m_valueDone)
        return m_description->isAcceptable() && changedDescription().has_value();
    return m_value->isAcceptable() && m_description->isAcceptable();
}

void ReplaceSecretValueDialog::done(int result)
{
    m_value->clear();
    SecretFormDialog::done(result);
}

EditSecretDescriptionDialog::EditSecretDescriptionDialog(const QString& secretName, const QString& description,
                                                         QWidget* parent)
    : SecretFormDialog(parent)
    , m_original(description)
{
    setObjectName(QStringLiteral("describeSecretDialog"));
    setWindowTitle(tr("Description of %1").arg(secretName));
    auto* layout = new QVBoxLayout(this);
    addExplanation(layout, tr("Only the description changes; the value and the pods that use it are not touched. "
                              "Leave it empty to remove the description."));
    auto* form = new QFormLayout;
    m_description = new SecretDescriptionField(this);
    m_description->setText(description);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    addButtons(layout, tr("&Save description"), "saveDescription");
    connect(m_description, &SecretDescriptionField::changed, this, &EditSecretDescriptionDialog::updateSubmit);
    updateSubmit();
    resize(sizeHint().expandedTo(QSize(500, 0)));
}

EditSecretDescriptionDialog::~EditSecretDescriptionDialog() = default;

QString EditSecretDescriptionDialog::description() const
{
    return m_description->text();
}

bool EditSecretDescriptionDialog::canSubmit() const
{
    return m_description->isAcceptable() && m_description->text() != m_original;
}

} // namespace podwarden
