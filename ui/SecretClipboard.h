#pragma once

#include "secrethandling/SecretBuffer.h"

#include <QByteArray>
#include <QClipboard>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLineEdit;

namespace podwarden {

// The one way a secret (a new API key, a secret's value) reaches the clipboard: marked as a
// secret, so clipboard managers do not keep it (x-kde-passwordManagerHint: secret), and cleared
// after 30 seconds, and when the app quits, if the clipboard still holds it. It remembers only a
// hash of what it copied. guard() routes a field's own copying (Ctrl+C, its context menu, the
// selection on X11) through here as well, so a value copied by hand is no different.
//
//     SecretClipboard::instance()->copy(value);
//     SecretClipboard::instance()->guard(valueField);
class SecretClipboard final : public QObject
{
    Q_OBJECT
public:
    static SecretClipboard* instance();

    // `mode` Selection is X11's primary selection (what a mouse selection copies).
    void copy(const SecretBuffer& secret, QClipboard::Mode mode = QClipboard::Clipboard);
    // Ctrl+C, Ctrl+Insert, Cut and the context menu's Copy and Cut in `edit` copy through copy();
    // so does the selection where the platform has one. For a field that may show a secret.
    void guard(QLineEdit* edit);
    void clearIfStillHeld();

    int clearAfterMs() const { return m_clearAfterMs; }
    void setClearAfterMs(int ms) { m_clearAfterMs = ms; } // 30 s; tests shorten it

signals:
    void cleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit SecretClipboard(QObject* parent = nullptr);
    bool holds(QClipboard::Mode mode) const;
    // Marks what a guarded field just put on the clipboard by Qt's own means.
    void markGuardedCopy(QClipboard::Mode mode);
    // Copies the selected text of `edit`; false when there is nothing it may copy.
    bool copySelection(QLineEdit* edit, QClipboard::Mode mode);

    QHash<int, QByteArray> m_hashes; // by QClipboard::Mode
    QList<QPointer<QLineEdit>> m_guarded;
    QTimer m_timer;
    int m_clearAfterMs = 30000;
};

} // namespace podwarden
