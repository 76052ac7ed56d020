// SodiumVault: the domain's Vault port on libsodium. Signal keys are sealed to the
// service public key (crypto_box_seal) and, separately, encrypted with a key
// derived from the receipt (keyed BLAKE2b), so the mailbox can open its own thread
// while staff need the service private key. Immutable; thread-safe.
#pragma once

#include "domain/ports.hpp"
#include "security/keyring.hpp"

namespace meldpunt::security {

class SodiumVault final : public domain::Vault {
public:
    explicit SodiumVault(Keyring keyring) : m_keyring(std::move(keyring)) {}

    Bytes receipt_lookup(const domain::Receipt& receipt) const override;
    Result<domain::NewSignalKey> new_signal_key(const domain::Receipt& receipt) const override;
    Result<SecretBytes> open_key_with_receipt(const Bytes& for_receipt, const domain::Receipt& receipt) const override;
    Bytes encrypt(const SecretBytes& key, std::string_view plaintext, std::string_view context) const override;
    Result<SecretBytes> decrypt(const SecretBytes& key, const Bytes& sealed, std::string_view context) const override;

    // Staff side (and tests): open a signal key with the service private key.
    Result<SecretBytes> open_key_with_service_key(const Bytes& for_service, const SecretBytes& private_key) const;

private:
    SecretBytes receipt_wrap_key(const domain::Receipt& receipt) const;
    Keyring m_keyring;
};

}  // namespace meldpunt::security
