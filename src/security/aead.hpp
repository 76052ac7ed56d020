// XChaCha20-Poly1305 with a random nonce stored in front of the ciphertext. The
// `context` is authenticated but not stored: a ciphertext opens only in the place
// it was made for. Thread-safe (no shared state).
#pragma once

#include <string_view>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

inline constexpr std::size_t kAeadKeySize = 32;

Bytes aead_seal(const SecretBytes& key, std::string_view plaintext, std::string_view context);
Result<SecretBytes> aead_open(const SecretBytes& key, const Bytes& sealed, std::string_view context);

}  // namespace meldpunt::security
