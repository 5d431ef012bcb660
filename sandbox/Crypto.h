#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace podwarden::sandbox {

// Random material from OpenSSL's CSPRNG.
QByteArray randomBytes(int count);
// `count` characters drawn uniformly from [A-Za-z0-9] (rejection sampling, no modulo bias).
QString randomAlphanumeric(int count);
// A resource id: `prefix` followed by `count` characters from [a-z0-9], e.g. "ep_4m7x2k9q".
QString randomId(const QString& prefix, int count = 10);
// Lowercase hex SHA-256 of the UTF-8 bytes: how API keys are stored.
QByteArray sha256Hex(const QByteArray& data);

// AES-256-GCM under one random key kept in a 0600 file. Each value gets its own 96-bit nonce;
// the stored blob is nonce | ciphertext | tag, and `context` (the secret's id) is bound as
// additional authenticated data, so a blob moved to another row fails to decrypt.
class SecretCipher final
{
public:
    // Reads the key file, or creates it (mode 0600) when it does not exist. nullopt on failure,
    // with `error` saying why: the file is not a regular file, or not exactly a key's size.
    static std::optional<SecretCipher> openOrCreate(const QString& keyFile, QString* error);

    // A value derived from the key (HMAC-SHA256 of a fixed text, hex) that the database keeps, so
    // that a different key file is noticed at start instead of turning every secret into noise.
    QByteArray checkValue() const;

    QByteArray encrypt(const QByteArray& plaintext, const QByteArray& context) const;
    // The size of the value that a blob of `blobSize` bytes holds.
    static qint64 valueSize(qint64 blobSize);
    std::optional<QByteArray> decrypt(const QByteArray& blob, const QByteArray& context) const;

    SecretCipher(const SecretCipher&) = default;
    SecretCipher& operator=(const SecretCipher&) = default;
    ~SecretCipher();

private:
    explicit SecretCipher(QByteArray key)
        : m_key(std::move(key))
    {}
    QByteArray m_key;
};

} // namespace podwarden::sandbox
