#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

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

} // namespace podwarden
