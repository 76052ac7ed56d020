#include "security/staff_credentials.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "security/aead.hpp"

namespace meldpunt::security {

namespace {

constexpr std::size_t kHalf = 32;
constexpr std::size_t kMinPasswordBytes = 12;
constexpr std::size_t kMaxPasswordBytes = 256;
constexpr std::string_view kPasswordField = "new_password";
// 32 symbols: digits 2-9 and A-Z without I and O, so nothing is misread when a
// coordinator reads the password out over the phone.
constexpr std::string_view kOneTimeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr int kOneTimeSymbols = 20;
constexpr int kOneTimeGroup = 5;

std::string private_key_context(std::int64_t user_id) {
    return "staff-private-key:" + std::to_string(user_id);
}

// True when every code point is the same one ("aaaaaaaaaaaa", "éééééé...").
// Assumes valid UTF-8: a code point starts at every byte that is not 10xxxxxx.
bool one_repeated_character(std::string_view text) {
    std::size_t first_end = 1;
    while (first_end < text.size() && (static_cast<unsigned char>(text[first_end]) & 0xC0) == 0x80) ++first_end;
    const std::string_view first = text.substr(0, first_end);
    for (std::size_t at = 0; at < text.size(); at += first.size()) {
        if (text.substr(at, first.size()) != first) return false;
    }
    return true;
}

}  // namespace

Bytes new_password_salt() {
    return random_bytes(crypto_pwhash_SALTBYTES);
}

Result<PasswordDerivation> derive_from_password(std::string_view password, const Bytes& salt) {
    if (salt.size() != crypto_pwhash_SALTBYTES) return Error::make(ErrorCode::internal, "password salt has wrong size");
    // One Argon2id run gives both halves, so a login costs one hash, and the
    // stored verifier (a hash of the first half) says nothing about the second.
    SecretBytes output(2 * kHalf);
    if (crypto_pwhash(output.data(), output.size(), password.data(), password.size(), salt.data(),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::make(ErrorCode::internal, "password hashing ran out of memory");
    }
    PasswordDerivation derived;
    derived.verifier.resize(kHalf);
    crypto_generichash(derived.verifier.data(), kHalf, output.data(), kHalf, nullptr, 0);
    derived.key_encryption_key = SecretBytes(Bytes(output.bytes().begin() + kHalf, output.bytes().end()));
    return derived;
}

bool same_verifier(const Bytes& a, const Bytes& b) {
    // Two empty verifiers must never "match": an account without one has no password.
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string generate_one_time_password() {
    std::string password;
    for (int i = 0; i < kOneTimeSymbols; ++i) {
        if (i > 0 && i % kOneTimeGroup == 0) password += '-';
        password += kOneTimeAlphabet[randombytes_uniform(kOneTimeAlphabet.size())];
    }
    return password;
}

Result<void> check_new_password(std::string_view password, std::string_view username) {
    const auto problem = [](const char* text) { return Error::invalid(std::string(kPasswordField), text); };
    if (password.size() < kMinPasswordBytes) {
        return problem("Your password is too short. Use at least 12 characters, for example a few words.");
    }
    if (password.size() > kMaxPasswordBytes) return problem("Your password is too long. Use at most 256 characters.");
    if (!is_valid_utf8(password)) return problem("Your password has characters we cannot read. Type it again.");
    if (to_lower_ascii(trim(password)) == to_lower_ascii(trim(username))) {
        return problem("Your password is the same as your username. Choose a different password.");
    }
    if (one_repeated_character(password)) {
        return problem("Your password is one character repeated. Choose a password that is harder to guess.");
    }
    return Ok{};
}

StaffKeyPair new_staff_key_pair() {
    StaffKeyPair pair{Bytes(crypto_box_PUBLICKEYBYTES), SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(pair.public_key.data(), pair.private_key.data());
    return pair;
}

Bytes wrap_staff_private_key(const SecretBytes& key_encryption_key, const SecretBytes& private_key,
                             std::int64_t user_id) {
    return aead_seal(key_encryption_key, private_key.view(), private_key_context(user_id));
}

Result<SecretBytes> unwrap_staff_private_key(const SecretBytes& key_encryption_key, const Bytes& wrapped,
                                             std::int64_t user_id) {
    auto opened = aead_open(key_encryption_key, wrapped, private_key_context(user_id));
    if (!opened || opened->size() != crypto_box_SECRETKEYBYTES) {
        return Error::make(ErrorCode::unauthorized, "this password does not open the staff key");
    }
    return opened;
}

Bytes grant_service_key(const Bytes& staff_public_key, const SecretBytes& service_private_key) {
    if (staff_public_key.size() != crypto_box_PUBLICKEYBYTES) return {};
    Bytes grant(crypto_box_SEALBYTES + service_private_key.size());
    crypto_box_seal(grant.data(), service_private_key.data(), service_private_key.size(), staff_public_key.data());
    return grant;
}

Result<SecretBytes> open_service_key_grant(const Bytes& grant, const Bytes& staff_public_key,
                                           const SecretBytes& staff_private_key) {
    if (grant.size() < crypto_box_SEALBYTES || staff_public_key.size() != crypto_box_PUBLICKEYBYTES ||
        staff_private_key.size() != crypto_box_SECRETKEYBYTES) {
        return Error::make(ErrorCode::unauthorized, "this key does not open the grant");
    }
    SecretBytes service_key(grant.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(service_key.data(), grant.data(), grant.size(), staff_public_key.data(),
                             staff_private_key.data()) != 0) {
        return Error::make(ErrorCode::unauthorized, "this key does not open the grant");
    }
    return service_key;
}

}  // namespace meldpunt::security
