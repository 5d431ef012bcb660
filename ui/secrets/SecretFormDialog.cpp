#include "SecretFormDialog.h"

#include "SecretFields.h"
#include "account/AccountChanges.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwarden {

SecretFormDialog::SecretFormDialog(QWidget* parent)
    : QDialog(parent)
{}

QLabel* SecretFormDialog::addExplanation(QVBoxLayout* layout, const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    return label;
}

QPushButton* SecretFormDialog::addButtons(QVBoxLayout* layout, const QString& acceptText, const char* acceptObjectName)
{
    m_error = makeProblemLabel("secretError", this);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QLatin1String(acceptObjectName));
    m_accept->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_busy || !canSubmit())
            return;
        showError({});
        emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return m_accept;
}

void SecretFormDialog::run(QObject* context, const Send& send, const Done& done)
{
    QPointer<SecretFormDialog> open(this);
    connect(this, &SecretFormDialog::submitted, context, [context, open, send, done] {
        open->setBusy(true);
        ChangeRequest* request = send();
        if (!request) {
            open->setBusy(false);
            return;
        }
        QObject::connect(request, &ChangeRequest::finished, context, [open, done](const ChangeOutcome& outcome) {
            const bool close = done(outcome, open.data());
            if (!open)
                return;
            open->setBusy(false);
            if (close) {
                open->accept();
                return;
            }
            // Refused (or not connected): said in the dialog, with everything typed kept.
            open->showError(outcome.message);
        });
    });
    exec();
}

void SecretFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateSubmit();
}

void SecretFormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

QString SecretFormDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SecretFormDialog::updateSubmit()
{
    m_accept->setEnabled(!m_busy && canSubmit());
    if (isVisible())
        fitHeight();
}

void SecretFormDialog::fitHeight()
{
    // Messages appear as the user types: the dialog grows to hold them instead of squeezing the
    // fields. Word-wrapped labels need the height for the current width.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace podwarden
