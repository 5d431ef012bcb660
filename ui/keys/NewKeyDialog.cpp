#include "NewKeyDialog.h"

#include "Confirm.h"
#include "SecretClipboard.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
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
    , m_keyName(keyName)
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
    // Ctrl+C or the context menu's Copy: the same marked, self-clearing copy as the button's.
    SecretClipboard::instance()->guard(m_field);
    auto* copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyKey"));
    row->addWidget(m_field, 1);
    row->addWidget(copy);

    m_copiedNotice = new QLabel(this);
    m_copiedNotice->setObjectName(QStringLiteral("copiedNotice"));
    m_copiedNotice->setWordWrap(true);
    // Two lines kept for the notice, so that nothing moves when it appears.
    m_copiedNotice->setMinimumHeight(m_copiedNotice->fontMetrics().lineSpacing() * 2);
    m_copiedNotice->setAlignment(Qt::AlignLeft | Qt::AlignTop);

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
    layout->addWidget(m_copiedNotice);
    layout->addWidget(advice);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] {
        SecretClipboard* clipboard = SecretClipboard::instance();
        clipboard->copy(m_rawKey);
        m_copied = true;
        m_copiedNotice->setText(tr("Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.",
                                   nullptr, clipboard->clearAfterMs() / 1000));
    });
    connect(stored, &QPushButton::clicked, this, &QDialog::accept);
    // Selected and copied by hand counts as copied too.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        QByteArray text = QGuiApplication::clipboard()->text().toUtf8();
        if (!m_rawKey.isEmpty() && m_rawKey.equals(text))
            m_copied = true;
        SecretBuffer::wipe(text);
    });
    copy->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

NewKeyDialog::~NewKeyDialog() = default;

bool NewKeyDialog::mayLeave()
{
    if (m_copied)
        return true;
    return Confirm::ask(this, tr("Close without copying the key?"),
                        tr("The key “%1” has not been copied. It is shown only this once: after this window "
                           "closes nobody can show it again, and a lost key can only be revoked and replaced.")
                            .arg(m_keyName),
                        tr("Close without copying"), Confirm::Kind::Destructive);
}

void NewKeyDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape would lose a key not copied yet: ask, as the window's close button does.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        if (mayLeave())
            reject();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewKeyDialog::closeEvent(QCloseEvent* event)
{
    if (!isVisible() || mayLeave()) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
}

void NewKeyDialog::done(int result)
{
    // The window manager's close button lands here too; the key leaves the screen and memory.
    m_field->clear();
    m_rawKey.wipe();
    QDialog::done(result);
}

} // namespace podwarden
