// Staff credentials: what a password turns into (a stored verifier and a key
// that is never stored), the password policy, one-time passwords, and the staff
// member's X25519 key pair with which case access is granted. Free functions on
// libsodium over values; thread-safe once initialise_crypto() has run.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

struct PasswordDerivation {
    Bytes verifier;                  // stored; proves the password at login
    SecretBytes key_encryption_key;  // never stored; opens the staff private key
};

// crypto_pwhash_SALTBYTES random bytes; a new salt with every new password.
Bytes new_password_salt();

// One Argon2id call (interactive limits) giving 64 bytes: the verifier is the
// BLAKE2b-256 of the first 32, the key encryption key is the last 32.
// Fails (internal) on a salt of the wrong size or when memory runs out.
Result<PasswordDerivation> derive_from_password(std::string_view password, const Bytes& salt);

// Constant time; false when the sizes differ or either is empty.
bool same_verifier(const Bytes& a, const Bytes& b);

// 20 random symbols from an alphabet without look-alikes (no 0/O, 1/I),
// in groups of five: "7KQ2M-XH9PD-...". About 100 bits.
std::string generate_one_time_password();

// The rules for a password someone chooses (NIST 800-63B: length, no
// composition rules): 12 to 256 bytes of valid UTF-8, not the username, not one
// character repeated. Errors are invalid_input on field "new_password".
Result<void> check_new_password(std::string_view password, std::string_view username);

// Each staff member's crypto_box key pair. The private key is stored only as
// wrap_staff_private_key made with the password's key_encryption_key.
struct StaffKeyPair {
    Bytes public_key;
    SecretBytes private_key;
};
StaffKeyPair new_staff_key_pair();

// AEAD with context "staff-private-key:<user id>", so a wrapped key does not open
// for another account. A wrong key or user id gives unauthorized.
Bytes wrap_staff_private_key(const SecretBytes& key_encryption_key, const SecretBytes& private_key,
                             std::int64_t user_id);
Result<SecretBytes> unwrap_staff_private_key(const SecretBytes& key_encryption_key, const Bytes& wrapped,
                                             std::int64_t user_id);

// A grant: the service private key sealed (crypto_box_seal) to one staff
// member's public key, so a coordinator (or the recovery key) can give case
// access without knowing that person's password. Returns empty bytes when the
// public key has the wrong size. Opening with the wrong key pair: unauthorized.
Bytes grant_service_key(const Bytes& staff_public_key, const SecretBytes& service_private_key);
Result<SecretBytes> open_service_key_grant(const Bytes& grant, const Bytes& staff_public_key,
                                           const SecretBytes& staff_private_key);

}  // namespace meldpunt::security
