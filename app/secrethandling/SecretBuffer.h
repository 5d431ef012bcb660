#pragma once

#include <QByteArray>
#include <QString>

namespace podwarden {

// Holds a secret value or a raw API key for as short a time as possible and wipes it
// (OPENSSL_cleanse) when destroyed or moved from. Not copyable, so a secret is never duplicated
// by accident; turn it into a request body at the last moment and drop the buffer.
//
//   SecretBuffer value = SecretBuffer::takeFrom(passwordText); // passwordText is wiped
//   client->createSecret(name, std::move(value), description);
class SecretBuffer final
{
public:
    SecretBuffer() = default;
    // Takes the bytes; the caller's QByteArray is wiped (when not shared) and left empty.
    static SecretBuffer takeFrom(QByteArray& bytes);
    // UTF-8 of `text`; the caller's QString is wiped (when not shared) and left empty.
    static SecretBuffer takeFrom(QString& text);
    ~SecretBuffer();

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    // An explicit second copy, for the rare place that needs two (the keyring and the session).
    SecretBuffer clone() const;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    // The bytes, valid while the buffer lives. Anything made from them must be wiped too.
    const QByteArray& bytes() const { return m_bytes; }
    // A constant-time comparison, for tests and for "is the clipboard still holding the key".
    bool equals(const QByteArray& other) const;

    void wipe();
    // Overwrites the storage of `bytes` when it alone owns it, and clears it either way.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);
    // Overwrites the storage of `bytes` even when shared, then clears it: only for storage whose other
    // owners are known to be done with it (a finished keyring job).
    static void wipeShared(QByteArray& bytes);

private:
    QByteArray m_bytes;
};

} // namespace podwarden
