#include "secrethandling/SecretBuffer.h"

#include <openssl/crypto.h>

namespace podwarden {

void SecretBuffer::wipe(QByteArray& bytes)
{
    // Only storage this array alone owns is overwritten: shared storage belongs to someone else
    // too (and raw data may be read-only); there, only this reference is dropped.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SecretBuffer::wipeShared(QByteArray& bytes)
{
    // Raw data (QByteArray::fromRawData) is not ours to write, and may be read-only.
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SecretBuffer::wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

SecretBuffer SecretBuffer::takeFrom(QByteArray& bytes)
{
    SecretBuffer out;
    // A deep copy that we alone own, then the caller's storage is wiped.
    out.m_bytes = QByteArray(bytes.constData(), bytes.size());
    wipe(bytes);
    return out;
}

SecretBuffer SecretBuffer::takeFrom(QString& text)
{
    SecretBuffer out;
    out.m_bytes = text.toUtf8();
    wipe(text);
    return out;
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBuffer SecretBuffer::clone() const
{
    SecretBuffer out;
    out.m_bytes = QByteArray(m_bytes.constData(), m_bytes.size());
    return out;
}

bool SecretBuffer::equals(const QByteArray& other) const
{
    if (other.size() != m_bytes.size())
        return false;
    return CRYPTO_memcmp(other.constData(), m_bytes.constData(), static_cast<size_t>(m_bytes.size())) == 0;
}

void SecretBuffer::wipe()
{
    wipe(m_bytes);
}

} // namespace podwarden
