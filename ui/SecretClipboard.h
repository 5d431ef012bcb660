#pragma once

#include "service/SecretBuffer.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace podwarden {

// Puts a secret (a new API key) on the clipboard marked as a secret, so clipboard managers do not
// keep it (x-kde-passwordManagerHint), and clears it after a while, and when the app quits, if
// the clipboard still holds it. It remembers only a hash of what it copied.
class SecretClipboard final : public QObject
{
    Q_OBJECT
public:
    static SecretClipboard* instance();

    void copy(const SecretBuffer& secret);
    // True while the clipboard holds what copy() put there.
    bool holdsSecret() const;
    void clearIfStillHeld();

    int clearAfterMs() const { return m_clearAfterMs; }
    void setClearAfterMs(int ms) { m_clearAfterMs = ms; } // 30 s; tests shorten it

signals:
    void cleared();

private:
    explicit SecretClipboard(QObject* parent = nullptr);
    QByteArray m_hash;
    QTimer m_timer;
    int m_clearAfterMs = 30000;
};

} // namespace podwarden
