#include "NewKeyDialog.h"

#include "SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwarden {

NewKeyDialog::NewKeyDialog(const QString& keyName, SecretBuffer rawKey, QWidget* parent)
    : QDialog(parent)
    , m_rawKey(std::move(rawKey))
{
    setObjectName(QStringLiteral("newKeyDialog"));
    setWindowTitle(tr("API key “%1” created").arg(keyName));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("<b>Copy the key now.</b> This is the only time it is shown: the service keeps "
                                  "only a fingerprint of it, and Podwarden does not keep it at all."),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);

    auto* row = new QHBoxLayout;
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("rawKey"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setAccessibleName(tr("The new API key"));
    {
        QString text = QString::fromUtf8(m_rawKey.bytes());
        m_field->setText(text);
        SecretBuffer::wipe(text);
    }
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(m_field->text()) + 24);
    auto* copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyKey"));
    row->addWidget(m_field, 1);
    row->addWidget(copy);

    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedNotice"));
    m_copied->setWordWrap(true);

    auto* advice = new QLabel(tr("Store it where the program that uses it reads its secrets, such as a password "
                                 "manager or your CI's secret store. If it is lost, revoke this key and create a "
                                 "new one."),
                              this);
    advice->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* stored = buttons->addButton(tr("I have &stored it"), QDialogButtonBox::AcceptRole);
    stored->setObjectName(QStringLiteral("keyStored"));
    stored->setDefault(false);
    stored->setAutoDefault(false);

    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(advice);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] {
        SecretClipboard* clipboard = SecretClipboard::instance();
        clipboard->copy(m_rawKey);
        m_copied->setText(tr("Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.", nullptr,
                             clipboard->clearAfterMs() / 1000));
    });
    connect(stored, &QPushButton::clicked, this, &QDialog::accept);
    copy->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

NewKeyDialog::~NewKeyDialog() = default;

void NewKeyDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape would lose the key before it was stored: only "I have stored it" closes.
    if (event->key() == Qt::Key_Escape) {
        event->ignore();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewKeyDialog::done(int result)
{
    // The window manager's close button lands here too; the key leaves the screen and memory.
    m_field->clear();
    m_rawKey.wipe();
    QDialog::done(result);
}

} // namespace podwarden
