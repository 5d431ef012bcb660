#include "CreateSecretDialog.h"

#include "SecretReference.h"
#include "Validation.h"
#include "service/SecretGenerator.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace podwarden {

namespace {
QLabel* problemLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

CreateSecretDialog::CreateSecretDialog(const QSet<QString>& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("createSecretDialog"));
    setWindowTitle(tr("New secret"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The value is sent once and never shown again, by the service or by Podwarden. "
                                "Templates use it as %1.")
                                 .arg(SecretReference::format(QStringLiteral("name"))),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setPlaceholderText(QStringLiteral("hf_token"));
    m_name->setMaxLength(Validation::kSecretNameMaxLength + 1); // one over, so the rule can say so
    m_nameProblem = problemLabel("secretNameProblem", this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setAccessibleName(tr("Secret value"));
    QAction* reveal = m_value->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
        QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealValue"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the value while typing"));
    connect(reveal, &QAction::toggled, m_value,
            [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_valueProblem = problemLabel("secretValueProblem", this);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_valueProblem);

    auto* generateRow = new QHBoxLayout;
    auto* generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(QStringLiteral("generateValue"));
    generate->setToolTip(tr("A strong random value from OpenSSL's generator"));
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("generateLength"));
    m_length->setRange(SecretGenerator::kMinLength, SecretGenerator::kMaxLength);
    m_length->setValue(40);
    m_length->setSuffix(tr(" characters"));
    m_length->setAccessibleName(tr("Length of a generated value"));
    m_symbols = new QCheckBox(tr("With s&ymbols"), this);
    m_symbols->setObjectName(QStringLiteral("generateSymbols"));
    generateRow->addWidget(generate);
    generateRow->addWidget(m_length);
    generateRow->addWidget(m_symbols);
    generateRow->addStretch(1);
    form->addRow(QString(), generateRow);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("secretDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what it is for, who owns it, when it expires"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_descriptionProblem = problemLabel("secretDescriptionProblem", this);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionProblem);
    layout->addLayout(form);

    m_error = problemLabel("secretError", this);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("C&reate secret"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSecret"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateSecretDialog::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &CreateSecretDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateSecretDialog::updateState);
    connect(generate, &QPushButton::clicked, this, &CreateSecretDialog::generate);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

CreateSecretDialog::~CreateSecretDialog() = default;

QString CreateSecretDialog::name() const
{
    return m_name->text();
}

QString CreateSecretDialog::description() const
{
    return m_description->toPlainText();
}

SecretBuffer CreateSecretDialog::takeValue()
{
    QString text = m_value->text();
    m_value->clear();
    return SecretBuffer::takeFrom(text);
}

void CreateSecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void CreateSecretDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void CreateSecretDialog::fitHeight()
{
    // Messages appear as the user types: the dialog grows to hold them instead of squeezing the
    // fields. Word-wrapped labels need the height for the current width.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void CreateSecretDialog::generate()
{
    SecretBuffer value =
        SecretGenerator::generate(m_length->value(), m_symbols->isChecked() ? SecretGenerator::Alphabet::WithSymbols
                                                                            : SecretGenerator::Alphabet::Alphanumeric);
    QString text = QString::fromLatin1(value.bytes());
    m_value->setText(text);
    SecretBuffer::wipe(text);
}

void CreateSecretDialog::updateState()
{
    const auto nameIssue = Validation::secretName(m_name->text(), m_taken);
    // An empty field is not an error yet, only not done.
    const bool nameEmpty = m_name->text().isEmpty();
    m_nameProblem->setText(nameIssue && !nameEmpty ? nameIssue->message : QString());
    m_nameProblem->setVisible(nameIssue && !nameEmpty);

    const qsizetype valueBytes = m_value->text().toUtf8().size();
    const auto valueIssue = valueBytes == 0 ? std::nullopt : Validation::secretValueSize(valueBytes);
    m_valueProblem->setText(valueIssue ? valueIssue->message : QString());
    m_valueProblem->setVisible(valueIssue.has_value());

    const auto descriptionIssue = Validation::secretDescription(m_description->toPlainText());
    m_descriptionProblem->setText(descriptionIssue ? descriptionIssue->message : QString());
    m_descriptionProblem->setVisible(descriptionIssue.has_value());

    m_create->setEnabled(!m_busy && !nameIssue && valueBytes > 0 && !valueIssue && !descriptionIssue);
    if (isVisible())
        fitHeight();
}

void CreateSecretDialog::done(int result)
{
    // Whatever way it closes, the value leaves the screen.
    m_value->clear();
    QDialog::done(result);
}

} // namespace podwarden
