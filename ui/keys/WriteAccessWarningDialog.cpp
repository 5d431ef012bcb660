#include "WriteAccessWarningDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace podwarden {

namespace {

QString listItem(const QString& text)
{
    return QStringLiteral("<li>") + text + QStringLiteral("</li>");
}

} // namespace

WriteAccessWarningDialog::WriteAccessWarningDialog(const QString& keyName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("writeAccessWarning"));
    setWindowTitle(tr("Grant write access?"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("writeAccessWarningIcon"));
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    const QString name = keyName.trimmed();
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("writeAccessHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    // The name is the user's text inside rich text: escaped, so "<b>" in a name stays literal.
    heading->setText(QStringLiteral("<b>") +
                     (name.isEmpty()
                          ? tr("This key will be able to change your whole account.")
                          : tr("The key “%1” will be able to change your whole account.").arg(name.toHtmlEscaped())) +
                     QStringLiteral("</b>"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    // Wrapped labels would let the dialog shrink to a column; a minimum on a child (not on the
    // dialog, which would override the layout's own minimum) keeps lines readable.
    heading->setMinimumWidth(heading->fontMetrics().averageCharWidth() * 45);

    auto* body = new QLabel(this);
    body->setObjectName(QStringLiteral("writeAccessBody"));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setText(
        QStringLiteral("<p>") +
        tr("Read-Write access to the API (GraphQL and REST) lets whoever holds this key:").toHtmlEscaped() +
        QStringLiteral("</p><ul>") +
        listItem(tr("create and delete pods, serverless endpoints and templates").toHtmlEscaped()) +
        listItem(tr("create and delete secrets and other API keys").toHtmlEscaped()) +
        listItem(tr("start GPU work that is charged to your account's balance").toHtmlEscaped()) +
        QStringLiteral("</ul><p>") +
        tr("Anyone who finds the key in a log, a repository or a shared script can do the same.").toHtmlEscaped() +
        QStringLiteral("</p>"));

    auto* advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("writeAccessAdvice"));
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);
    advice->setText(tr("Give a key only what it needs: API Read to look at the account, or Restricted with just "
                       "the endpoints it calls. A key that only invokes endpoints needs no API access at all."));

    m_acknowledge = new QCheckBox(tr("&I understand that this key can create, delete and spend on my account"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWriteAccess"));

    auto* buttons = new QDialogButtonBox(this);
    m_proceed = buttons->addButton(tr("&Grant write access"), QDialogButtonBox::AcceptRole);
    m_proceed->setObjectName(QStringLiteral("proceedWriteAccess"));
    m_proceed->setEnabled(false);
    m_proceed->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelWriteAccess"));
    // Cancel stays the default even once the box is ticked: granting takes a deliberate choice.
    cancel->setDefault(true);
    cancel->setAutoDefault(true);

    connect(m_acknowledge, &QCheckBox::toggled, m_proceed, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(body);
    text->addWidget(advice);
    text->addSpacing(6);
    text->addWidget(m_acknowledge);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_acknowledge, m_proceed);
    setTabOrder(m_proceed, cancel);
    cancel->setFocus();
}

void WriteAccessWarningDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // A new window gets at most 2/3 of the screen's height; on a small screen at 200 % that cuts
    // off the wrapped text and the acknowledgement. The wrapped text at the final width decides.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

bool WriteAccessWarningDialog::confirm(QWidget* parent, const QString& keyName)
{
    WriteAccessWarningDialog dialog(keyName, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace podwarden
