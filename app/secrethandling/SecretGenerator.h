#pragma once

#include "secrethandling/SecretBuffer.h"

namespace podwarden {

// Strong random values for secrets, from OpenSSL's generator: letters and digits (and, when asked,
// punctuation that survives shells and URLs), chosen without modulo bias.
//
//   SecretBuffer value = SecretGenerator::generate(32);
class SecretGenerator final
{
public:
    enum class Alphabet { Alphanumeric, WithSymbols };
    static constexpr int kMinLength = 16;
    static constexpr int kMaxLength = 256;

    // An empty buffer only if OpenSSL's generator fails (it does not on a working system).
    static SecretBuffer generate(int length, Alphabet alphabet = Alphabet::Alphanumeric);
    static QByteArray alphabet(Alphabet alphabet);
};

} // namespace podwarden
