#include "Confirm.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace podwarden {

namespace {
Confirm::Hook& hook()
{
    static Confirm::Hook h;
    return h;
}
} // namespace

void Confirm::setTestHook(Hook h)
{
    hook() = std::move(h);
}

bool Confirm::ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText, Kind kind)
{
    if (hook())
        return hook()(title, text);
    QMessageBox box(kind == Kind::Destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmation"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept =
        box.addButton(acceptText, kind == Kind::Destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool Confirm::askTyped(QWidget* parent, const QString& title, const QString& text, const QString& word,
                       const QString& acceptText)
{
    if (hook())
        return hook()(title, text);
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("typedConfirmation"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(&dialog);
    const int size = dialog.style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(dialog.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* message = new QLabel(text, &dialog);
    message->setObjectName(QStringLiteral("typedConfirmationText"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    top->addWidget(icon);
    top->addWidget(message, 1);
    layout->addLayout(top);
    auto* prompt = new QLabel(QCoreApplication::translate("Confirm", "Type %1 to confirm:").arg(word), &dialog);
    prompt->setTextFormat(Qt::PlainText);
    auto* typed = new QLineEdit(&dialog);
    typed->setObjectName(QStringLiteral("typedConfirmationWord"));
    prompt->setBuddy(typed);
    typed->setAccessibleName(prompt->text());
    layout->addWidget(prompt);
    layout->addWidget(typed);
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* accept = buttons->addButton(acceptText, QDialogButtonBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("typedConfirmationAccept"));
    accept->setEnabled(false);
    accept->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    QObject::connect(typed, &QLineEdit::textChanged, accept,
                     [accept, word](const QString& t) { accept->setEnabled(t == word); });
    QObject::connect(accept, &QPushButton::clicked, &dialog, &QDialog::accept);
    QObject::connect(cancel, &QPushButton::clicked, &dialog, &QDialog::reject);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(460, 0)));
    return dialog.exec() == QDialog::Accepted && typed->text() == word;
}

} // namespace podwarden
