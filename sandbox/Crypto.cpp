#include "Crypto.h"

#include <QFile>
#include <QFileInfo>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <algorithm>

namespace podwarden::sandbox {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

struct CipherContext
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};
} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

static QString randomFrom(const char* alphabet, int alphabetSize, int count)
{
    const int limit = 256 - 256 % alphabetSize; // bytes at or above are rejected: no modulo bias
    QString out;
    out.reserve(count);
    while (out.size() < count) {
        const QByteArray chunk = randomBytes(count);
        for (char c : chunk) {
            const int v = static_cast<unsigned char>(c);
            if (v < limit && out.size() < count)
                out.append(QLatin1Char(alphabet[v % alphabetSize]));
        }
    }
    return out;
}

QString randomAlphanumeric(int count)
{
    return randomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 62, count);
}

QString randomId(const QString& prefix, int count)
{
    return prefix + randomFrom("abcdefghijklmnopqrstuvwxyz0123456789", 36, count);
}

QByteArray sha256Hex(const QByteArray& data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()), digest);
    return QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex();
}

std::optional<SecretCipher> SecretCipher::openOrCreate(const QString& keyFile, QString* error)
{
    QFile file(keyFile);
    const QFileInfo info(keyFile);
    if (info.exists() || info.isSymLink()) {
        // Only a regular file of exactly the key's size: a link to /dev/zero or a FIFO must not
        // be read without end, and no more than one byte past a key is ever read.
        if (!info.exists() || !info.isFile()) {
            *error = QStringLiteral("%1 is not a regular file; it must hold the %2-byte key of this data directory")
                         .arg(keyFile)
                         .arg(kKeyBytes);
            return std::nullopt;
        }
        if (info.size() != kKeyBytes) {
            *error = QStringLiteral("%1 does not hold a %2-byte key (it has %3 bytes)")
                         .arg(keyFile)
                         .arg(kKeyBytes)
                         .arg(info.size());
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(keyFile, file.errorString());
            return std::nullopt;
        }
        QByteArray key = file.read(kKeyBytes + 1);
        if (key.size() != kKeyBytes) {
            OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
            *error = QStringLiteral("%1 does not hold a %2-byte key").arg(keyFile).arg(kKeyBytes);
            return std::nullopt;
        }
        return SecretCipher(std::move(key));
    }
    QByteArray key = randomBytes(kKeyBytes);
    // Create with owner-only permissions before any byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot create %1: %2").arg(keyFile, file.errorString());
        return std::nullopt;
    }
    if (file.write(key) != key.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(keyFile, file.errorString());
        return std::nullopt;
    }
    return SecretCipher(std::move(key));
}

QByteArray SecretCipher::checkValue() const
{
    static const char kContext[] = "podwarden-sandbox secrets.key check, version 1";
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), m_key.constData(), static_cast<int>(m_key.size()),
              reinterpret_cast<const unsigned char*>(kContext), sizeof(kContext) - 1, mac, &size))
        qFatal("OpenSSL HMAC failed");
    return QByteArray(reinterpret_cast<const char*>(mac), static_cast<qsizetype>(size)).toHex();
}

SecretCipher::~SecretCipher()
{
    if (!m_key.isEmpty() && !m_key.isDetached())
        return; // shared with a copy; the last owner wipes it
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
}

QByteArray SecretCipher::encrypt(const QByteArray& plaintext, const QByteArray& context) const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    std::copy(nonce.cbegin(), nonce.cend(), out.begin());
    auto* cipherText = reinterpret_cast<unsigned char*>(out.data()) + kNonceBytes;

    CipherContext c;
    int len = 0;
    int total = 0;
    const auto* key = reinterpret_cast<const unsigned char*>(m_key.constData());
    const auto* iv = reinterpret_cast<const unsigned char*>(nonce.constData());
    if (!c.ctx || EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key, iv) != 1 ||
        EVP_EncryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(context.constData()),
                          static_cast<int>(context.size())) != 1 ||
        EVP_EncryptUpdate(c.ctx, cipherText, &len, reinterpret_cast<const unsigned char*>(plaintext.constData()),
                          static_cast<int>(plaintext.size())) != 1)
        qFatal("AES-256-GCM encryption failed");
    total = len;
    if (EVP_EncryptFinal_ex(c.ctx, cipherText + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, cipherText + plaintext.size()) != 1)
        qFatal("AES-256-GCM encryption failed");
    return out;
}

qint64 SecretCipher::valueSize(qint64 blobSize)
{
    return std::max<qint64>(0, blobSize - kNonceBytes - kTagBytes);
}

std::optional<QByteArray> SecretCipher::decrypt(const QByteArray& blob, const QByteArray& context) const
{
    if (blob.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const qsizetype textSize = blob.size() - kNonceBytes - kTagBytes;
    const auto* bytes = reinterpret_cast<const unsigned char*>(blob.constData());
    QByteArray out(textSize, Qt::Uninitialized);
    auto* plain = reinterpret_cast<unsigned char*>(out.data());

    CipherContext c;
    int len = 0;
    const auto* key = reinterpret_cast<const unsigned char*>(m_key.constData());
    QByteArray tag = blob.right(kTagBytes);
    if (!c.ctx || EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key, bytes) != 1 ||
        EVP_DecryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(context.constData()),
                          static_cast<int>(context.size())) != 1 ||
        EVP_DecryptUpdate(c.ctx, plain, &len, bytes + kNonceBytes, static_cast<int>(textSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(c.ctx, plain + len, &len) != 1) {
        OPENSSL_cleanse(out.data(), static_cast<size_t>(out.size()));
        return std::nullopt;
    }
    return out;
}

} // namespace podwarden::sandbox
