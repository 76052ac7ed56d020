// SodiumVault: the domain's Vault port on libsodium. Each signal key is wrapped
// twice: for the service and, separately, with a key derived from the receipt
// (keyed BLAKE2b), so the mailbox can open its own thread while staff need the
// service private key.
//
// For the service, a signal key is encrypted with an *intake key* that is itself
// sealed to the service public key (crypto_box_seal) and stored alongside. One
// intake key serves the signals of a few minutes, then is wiped from memory and
// replaced: sealing costs two X25519 operations, which would otherwise be the
// largest cost of every submission. Opening still needs the service private key.
// Whoever can read this process's memory during those minutes sees the incoming
// reports in the clear anyway, so this gives away nothing.
// Thread-safe.
#pragma once

#include <memory>
#include <mutex>

#include "domain/ports.hpp"
#include "security/keyring.hpp"

namespace meldpunt::security {

class SodiumVault final : public domain::Vault {
  public:
    explicit SodiumVault(Keyring keyring, const Clock* clock = nullptr,
                         std::chrono::minutes intake_key_lifetime = std::chrono::minutes(10));

    Bytes receipt_lookup(const domain::Receipt& receipt) const override;
    Result<domain::NewSignalKey> new_signal_key(const domain::Receipt& receipt) const override;
    Result<SecretBytes> open_key_with_receipt(const Bytes& for_receipt, const domain::Receipt& receipt) const override;
    Bytes encrypt(const SecretBytes& key, std::string_view plaintext, std::string_view context) const override;
    Result<SecretBytes> decrypt(const SecretBytes& key, const Bytes& sealed, std::string_view context) const override;

    Result<SecretBytes> open_key_with_service_key(const Bytes& for_service,
                                                  const SecretBytes& private_key) const override;

  private:
    struct IntakeKey {
        Bytes id;  // random, names the key in every signal it wraps
        SecretBytes key;
        Bytes sealed;  // the key sealed to the service public key
        TimePoint created;
        std::size_t uses = 0;
    };
    SecretBytes receipt_wrap_key(const domain::Receipt& receipt) const;
    std::shared_ptr<const IntakeKey> current_intake_key() const;

    Keyring m_keyring;
    const Clock* m_clock;
    std::chrono::minutes m_intake_key_lifetime;
    mutable std::mutex m_intake_mutex;
    mutable std::shared_ptr<IntakeKey> m_intake_key;
};

}  // namespace meldpunt::security
