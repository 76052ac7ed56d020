// Keyring: the key files in the data folder, created on first use by whichever
// command comes first, and loaded on every later start.
//   keys/service.pub     the service's public key (signal keys are sealed to it)
//   keys/service.sealed  the service's private key, encrypted with the recovery key
//   keys/server.key      secrets for receipt look-up hashes and receipt-derived keys;
//                        the audit chain and TOTP secrets are derived from it
//   keys/recovery.key    written once at creation; the operator must move it offline
// The private key is never stored in the clear. Loaded keyrings are immutable and
// thread-safe to share.
#pragma once

#include <filesystem>
#include <string>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

struct Keyring {
    Bytes service_public_key;
    SecretBytes receipt_lookup_secret;
    SecretBytes receipt_wrap_secret;
    SecretBytes audit_chain_secret;    // keys the audit log's hash chain
    SecretBytes totp_wrap_secret;      // encrypts the staff's TOTP secrets at rest
    Bytes service_private_key_sealed;  // XChaCha20-Poly1305 under the recovery key
};

struct KeyringOpened {
    Keyring keyring;
    bool created = false;  // true on first start: the caller prints the recovery warning
    std::filesystem::path recovery_key_path;
};

// Creates the folder (0700) and the key files (0600) when missing.
Result<KeyringOpened> open_or_create_keyring(const std::filesystem::path& data_dir);

// For recovery and for staff key wrapping (next issue): unwrap the private key.
Result<SecretBytes> unseal_service_private_key(const Keyring& keyring, const SecretBytes& recovery_key);
Result<SecretBytes> read_recovery_key(const std::filesystem::path& file);

}  // namespace meldpunt::security
