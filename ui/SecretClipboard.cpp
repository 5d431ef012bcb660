#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace podwarden {

namespace {
QByteArray hashOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
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
}

void SecretClipboard::copy(const SecretBuffer& secret)
{
    auto* data = new QMimeData;
    data->setText(QString::fromUtf8(secret.bytes()));
    // KDE's Klipper and other managers skip entries marked as passwords.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_hash = hashOf(secret.bytes());
    m_timer.start(m_clearAfterMs);
}

bool SecretClipboard::holdsSecret() const
{
    if (m_hash.isEmpty())
        return false;
    QByteArray text = QGuiApplication::clipboard()->text().toUtf8();
    const bool held = hashOf(text) == m_hash;
    SecretBuffer::wipe(text);
    return held;
}

void SecretClipboard::clearIfStillHeld()
{
    m_timer.stop();
    if (holdsSecret()) {
        QGuiApplication::clipboard()->clear();
        emit cleared();
    }
    m_hash.clear();
}

} // namespace podwarden
