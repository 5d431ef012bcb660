#include "SecretFields.h"

#include "SecretClipboard.h"
#include "Validation.h"
#include "secrethandling/SecretGenerator.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace podwarden {

QLabel* makeProblemLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

namespace {
void showProblem(QLabel* label, const std::optional<ValidationIssue>& issue)
{
    label->setText(issue ? issue->message : QString());
    label->setVisible(issue.has_value());
}
} // namespace

SecretValueField::SecretValueField(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretValue"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setAccessibleName(tr("Secret value"));
    // QLineEdit stops at 32,767 characters unless told otherwise; the contract allows up to 16 MiB,
    // and one character over lets the limit be named instead of the paste being cut silently.
    m_edit->setMaxLength(int(Validation::kSecretValueMaxBytes) + 1);
    // Nothing of the value may reach a completer, an undo stack worth keeping or a drag.
    m_edit->setDragEnabled(false);
    QAction* reveal = m_edit->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
        QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealValue"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show the value")); // the name its button is read out by
    reveal->setToolTip(tr("Show the value while typing"));
    connect(reveal, &QAction::toggled, m_edit,
            [this](bool on) { m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    layout->addWidget(m_edit);
    // Revealed and copied by hand, the value goes to the clipboard marked and for 30 seconds, as Copy does.
    SecretClipboard::instance()->guard(m_edit);

    m_problem = makeProblemLabel("secretValueProblem", this);
    layout->addWidget(m_problem);

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
    // A generated value exists nowhere else: Copy puts it where it is needed next (a password
    // manager, the program's config), marked as a secret and only for a while.
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Co&py"), this);
    m_copy->setObjectName(QStringLiteral("copyValue"));
    m_copy->setToolTip(tr("Copy the value to the clipboard, which forgets it after 30 seconds"));
    m_copy->setEnabled(false);
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("valueCopiedNotice"));
    m_copied->setTextFormat(Qt::PlainText);
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    // Takes what room the row has left and never widens the dialog; the whole text is its tooltip.
    m_copied->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    generateRow->addWidget(generate);
    generateRow->addWidget(m_length);
    generateRow->addWidget(m_symbols);
    generateRow->addWidget(m_copy);
    generateRow->addWidget(m_copied, 1);
    layout->addLayout(generateRow);

    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretValueField::check);
    connect(generate, &QPushButton::clicked, this, &SecretValueField::generate);
    connect(m_copy, &QPushButton::clicked, this, &SecretValueField::copyValue);
    connect(SecretClipboard::instance(), &SecretClipboard::cleared, this, [this] { m_copied->clear(); });
}

void SecretValueField::copyValue()
{
    if (m_edit->text().isEmpty())
        return;
    SecretClipboard* clipboard = SecretClipboard::instance();
    clipboard->copy(value());
    const QString notice = tr("Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.", nullptr,
                              clipboard->clearAfterMs() / 1000);
    // The row has room for a word; the sentence is its tooltip and what a screen reader says.
    m_copied->setText(tr("Copied"));
    m_copied->setToolTip(notice);
    m_copied->setAccessibleName(notice);
}

void SecretValueField::setRule(ValueRule rule, int maxLength)
{
    m_rule = std::move(rule);
    m_edit->setMaxLength(maxLength);
    check();
}

std::optional<ValidationIssue> SecretValueField::issue(const QString& text) const
{
    if (m_rule)
        return m_rule(text);
    return Validation::secretValueSize(text.toUtf8().size());
}

bool SecretValueField::isAcceptable() const
{
    const QString text = m_edit->text();
    return !text.isEmpty() && !issue(text);
}

SecretBuffer SecretValueField::value() const
{
    QString text = m_edit->text(); // shares the field's storage, so takeFrom leaves the field alone
    return SecretBuffer::takeFrom(text);
}

void SecretValueField::clear()
{
    m_edit->clear();
}

void SecretValueField::generate()
{
    SecretBuffer value =
        SecretGenerator::generate(m_length->value(), m_symbols->isChecked() ? SecretGenerator::Alphabet::WithSymbols
                                                                            : SecretGenerator::Alphabet::Alphanumeric);
    QString text = QString::fromLatin1(value.bytes());
    m_edit->setText(text);
    SecretBuffer::wipe(text);
}

void SecretValueField::check()
{
    const QString text = m_edit->text();
    showProblem(m_problem, text.isEmpty() ? std::nullopt : issue(text));
    m_copy->setEnabled(!text.isEmpty());
    m_copied->clear();
    emit changed();
}

SecretDescriptionField::SecretDescriptionField(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("secretDescription"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Optional: what it is for, who owns it, when it expires"));
    m_edit->setAccessibleName(tr("Description"));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_edit);
    m_problem = makeProblemLabel("secretDescriptionProblem", this);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        showProblem(m_problem, Validation::secretDescription(m_edit->toPlainText()));
        emit changed();
    });
}

QString SecretDescriptionField::text() const
{
    return m_edit->toPlainText();
}

void SecretDescriptionField::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

bool SecretDescriptionField::isAcceptable() const
{
    return !Validation::secretDescription(m_edit->toPlainText());
}

} // namespace podwarden
