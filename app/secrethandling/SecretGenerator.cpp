#include "secrethandling/SecretGenerator.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>

namespace podwarden {

QByteArray SecretGenerator::alphabet(Alphabet which)
{
    QByteArray chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    if (which == Alphabet::WithSymbols)
        chars.append("-_.~+=:@%"); // none needs quoting in a shell word, an env value or a URL query
    return chars;
}

SecretBuffer SecretGenerator::generate(int length, Alphabet which)
{
    length = std::clamp(length, kMinLength, kMaxLength);
    const QByteArray chars = alphabet(which);
    // Bytes at or above the largest multiple of the alphabet's size are dropped, so every
    // character is equally likely.
    const int limit = 256 - 256 % int(chars.size());
    QByteArray out(length, '\0');
    unsigned char pool[64];
    int filled = 0;
    while (filled < length) {
        if (RAND_bytes(pool, int(sizeof pool)) != 1) {
            SecretBuffer::wipe(out);
            return {};
        }
        for (unsigned char byte : pool) {
            if (byte >= limit)
                continue;
            out[filled++] = chars.at(byte % chars.size());
            if (filled == length)
                break;
        }
    }
    OPENSSL_cleanse(pool, sizeof pool);
    return SecretBuffer::takeFrom(out);
}

} // namespace podwarden
