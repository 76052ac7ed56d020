#include "security/sodium_vault.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "security/aead.hpp"

namespace meldpunt::security {

namespace {

constexpr std::string_view kSignalKeyContext = "signal-key";

// Keyed BLAKE2b-256 over a domain-separation label and the receipt.
SecretBytes keyed_hash(const SecretBytes& secret, std::string_view label, std::string_view receipt) {
    SecretBytes out(32);
    crypto_generichash_state state;
    crypto_generichash_init(&state, secret.data(), secret.size(), out.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(label.data()), label.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(receipt.data()), receipt.size());
    crypto_generichash_final(&state, out.data(), out.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

}  // namespace

Bytes SodiumVault::receipt_lookup(const domain::Receipt& receipt) const {
    return keyed_hash(m_keyring.receipt_lookup_secret, "receipt-lookup:", receipt.canonical()).bytes();
}

SecretBytes SodiumVault::receipt_wrap_key(const domain::Receipt& receipt) const {
    return keyed_hash(m_keyring.receipt_wrap_secret, "receipt-wrap:", receipt.canonical());
}

Result<domain::NewSignalKey> SodiumVault::new_signal_key(const domain::Receipt& receipt) const {
    domain::NewSignalKey out;
    out.key = SecretBytes(random_bytes(kAeadKeySize));
    out.for_service.resize(crypto_box_SEALBYTES + kAeadKeySize);
    if (crypto_box_seal(out.for_service.data(), out.key.data(), out.key.size(),
                        m_keyring.service_public_key.data()) != 0) {
        return Error::make(ErrorCode::internal, "could not seal the signal key");
    }
    out.for_receipt = aead_seal(receipt_wrap_key(receipt), out.key.view(), kSignalKeyContext);
    return out;
}

Result<SecretBytes> SodiumVault::open_key_with_receipt(const Bytes& for_receipt,
                                                       const domain::Receipt& receipt) const {
    return aead_open(receipt_wrap_key(receipt), for_receipt, kSignalKeyContext);
}

Result<SecretBytes> SodiumVault::open_key_with_service_key(const Bytes& for_service,
                                                           const SecretBytes& private_key) const {
    if (for_service.size() != crypto_box_SEALBYTES + kAeadKeySize) {
        return Error::make(ErrorCode::internal, "the sealed signal key is damaged");
    }
    SecretBytes key(kAeadKeySize);
    if (crypto_box_seal_open(key.data(), for_service.data(), for_service.size(),
                             m_keyring.service_public_key.data(), private_key.data()) != 0) {
        return Error::make(ErrorCode::unauthorized, "the service key does not open this signal");
    }
    return key;
}

Bytes SodiumVault::encrypt(const SecretBytes& key, std::string_view plaintext, std::string_view context) const {
    return aead_seal(key, plaintext, context);
}

Result<SecretBytes> SodiumVault::decrypt(const SecretBytes& key, const Bytes& sealed,
                                         std::string_view context) const {
    return aead_open(key, sealed, context);
}

}  // namespace meldpunt::security
