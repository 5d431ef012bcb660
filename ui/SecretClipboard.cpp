#include "SecretClipboard.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>

namespace podwarden {

namespace {

QByteArray hashOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A field may hand out what it shows, not what it hides behind dots (Qt copies nothing then either).
bool showsItsText(const QLineEdit* edit)
{
    return edit->echoMode() == QLineEdit::Normal;
}

const QString kHintFormat = QStringLiteral("x-kde-passwordManagerHint");

// Copy or Cut in QLineEdit's own context menu: named in newer Qt, known by its shortcut in 6.4.
bool isStandardAction(const QAction* action, const char* objectName, QKeySequence::StandardKey key)
{
    if (action->objectName() == QLatin1String(objectName))
        return true;
    const QString shortcut = QKeySequence(key).toString(QKeySequence::NativeText);
    return !shortcut.isEmpty() && action->text().endsWith(QLatin1Char('\t') + shortcut);
}

} // namespace

SecretClipboard* SecretClipboard::instance()
{
    static SecretClipboard* clipboard = new SecretClipboard(qApp);
    return clipboard;
}

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillHeld);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfStillHeld);
    // The last line: whatever way a guarded field's text reached the clipboard unmarked (a menu of
    // another Qt version, X11's selection, which QLineEdit fills itself), it is marked at once.
    QClipboard* clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::dataChanged, this, [this] { markGuardedCopy(QClipboard::Clipboard); });
    connect(clipboard, &QClipboard::selectionChanged, this, [this] { markGuardedCopy(QClipboard::Selection); });
}

void SecretClipboard::markGuardedCopy(QClipboard::Mode mode)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* data = clipboard->mimeData(mode);
    if (!data || data->hasFormat(kHintFormat) || !data->hasText())
        return;
    QString text = data->text();
    for (const QPointer<QLineEdit>& edit : std::as_const(m_guarded)) {
        if (edit && showsItsText(edit) && edit->hasSelectedText() && edit->selectedText() == text) {
            copySelection(edit, mode);
            break;
        }
    }
    SecretBuffer::wipe(text);
}

void SecretClipboard::copy(const SecretBuffer& secret, QClipboard::Mode mode)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (mode == QClipboard::Selection && !clipboard->supportsSelection())
        return;
    auto* data = new QMimeData;
    data->setText(QString::fromUtf8(secret.bytes()));
    // KDE's Klipper and other managers skip entries marked as passwords.
    data->setData(kHintFormat, QByteArrayLiteral("secret"));
    clipboard->setMimeData(data, mode);
    m_hashes.insert(int(mode), hashOf(secret.bytes()));
    m_timer.start(m_clearAfterMs);
}

void SecretClipboard::guard(QLineEdit* edit)
{
    m_guarded.removeIf([](const QPointer<QLineEdit>& guarded) { return guarded.isNull(); });
    m_guarded.append(edit);
    edit->installEventFilter(this);
}

bool SecretClipboard::copySelection(QLineEdit* edit, QClipboard::Mode mode)
{
    if (!edit->hasSelectedText() || !showsItsText(edit))
        return false;
    QString text = edit->selectedText();
    const SecretBuffer secret = SecretBuffer::takeFrom(text);
    copy(secret, mode);
    return true;
}

bool SecretClipboard::eventFilter(QObject* watched, QEvent* event)
{
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (!edit)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool copying = key->matches(QKeySequence::Copy);
        const bool cutting = key->matches(QKeySequence::Cut);
        if (!(copying || cutting) || !showsItsText(edit))
            break;
        if (copySelection(edit, QClipboard::Clipboard) && cutting && !edit->isReadOnly())
            edit->del();
        return true;
    }
    case QEvent::ContextMenu: {
        // Qt's own menu, with Copy and Cut sent here instead of to Qt's clipboard code.
        auto* request = static_cast<QContextMenuEvent*>(event);
        // The menu is the field's child: gone with it if the field goes while the menu is open.
        QPointer<QMenu> menu = edit->createStandardContextMenu();
        QPointer<QLineEdit> guarded(edit);
        for (QAction* action : menu->actions()) {
            const bool cut = isStandardAction(action, "edit-cut", QKeySequence::Cut);
            if (!cut && !isStandardAction(action, "edit-copy", QKeySequence::Copy))
                continue;
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, [this, guarded, cut] {
                if (guarded && copySelection(guarded, QClipboard::Clipboard) && cut && !guarded->isReadOnly())
                    guarded->del();
            });
        }
        menu->exec(request->globalPos());
        delete menu.data();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool SecretClipboard::holds(QClipboard::Mode mode) const
{
    const QByteArray hash = m_hashes.value(int(mode));
    if (hash.isEmpty())
        return false;
    QByteArray text = QGuiApplication::clipboard()->text(mode).toUtf8();
    const bool held = hashOf(text) == hash;
    SecretBuffer::wipe(text);
    return held;
}

void SecretClipboard::clearIfStillHeld()
{
    m_timer.stop();
    bool clearedAny = false;
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (holds(mode)) {
            QGuiApplication::clipboard()->clear(mode);
            clearedAny = true;
        }
    }
    m_hashes.clear();
    if (clearedAny)
        emit cleared();
}

} // namespace podwarden
