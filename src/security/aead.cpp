#include "security/aead.hpp"

#include <sodium.h>

namespace meldpunt::security {

namespace {
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* as_bytes(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}
}  // namespace

Bytes aead_seal(const SecretBytes& key, std::string_view plaintext, std::string_view context) {
    Bytes out(kNonceSize + plaintext.size() + kTagSize);
    randombytes_buf(out.data(), kNonceSize);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kNonceSize, &length, as_bytes(plaintext), plaintext.size(),
                                               as_bytes(context), context.size(), nullptr, out.data(), key.data());
    out.resize(kNonceSize + length);
    return out;
}

Result<SecretBytes> aead_open(const SecretBytes& key, const Bytes& sealed, std::string_view context) {
    if (key.size() != kAeadKeySize || sealed.size() < kNonceSize + kTagSize) {
        return Error::make(ErrorCode::unauthorized, "sealed value is damaged");
    }
    SecretBytes plaintext(sealed.size() - kNonceSize - kTagSize);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), &length, nullptr, sealed.data() + kNonceSize,
                                                   sealed.size() - kNonceSize, as_bytes(context), context.size(),
                                                   sealed.data(), key.data()) != 0) {
        return Error::make(ErrorCode::unauthorized, "sealed value does not open with this key");
    }
    return plaintext;
}

}  // namespace meldpunt::security
