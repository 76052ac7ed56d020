#include "security/sodium_vault.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "security/aead.hpp"

namespace meldpunt::security {

namespace {

constexpr std::string_view kSignalKeyContext = "signal-key";
constexpr std::string_view kServiceWrapContext = "signal-key-for-service:";
constexpr std::uint8_t kServiceWrapVersion = 1;
constexpr std::size_t kIntakeIdSize = 16;
constexpr std::size_t kSealedIntakeSize = crypto_box_SEALBYTES + kAeadKeySize;
constexpr std::size_t kIntakeKeyMaxUses = 100000;

std::string service_wrap_context(const std::uint8_t* intake_id) {
    return std::string(kServiceWrapContext) + to_hex(Bytes(intake_id, intake_id + kIntakeIdSize));
}

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

SodiumVault::SodiumVault(Keyring keyring, const Clock* clock, std::chrono::minutes intake_key_lifetime)
    : m_keyring(std::move(keyring)), m_clock(clock), m_intake_key_lifetime(intake_key_lifetime) {}

std::shared_ptr<const SodiumVault::IntakeKey> SodiumVault::current_intake_key() const {
    static const SystemClock system_clock;
    const TimePoint now = (m_clock ? *m_clock : static_cast<const Clock&>(system_clock)).now();
    std::lock_guard lock(m_intake_mutex);
    if (!m_intake_key || now - m_intake_key->created >= m_intake_key_lifetime ||
        m_intake_key->uses >= kIntakeKeyMaxUses) {
        // The old key is dropped here; its SecretBytes wipe themselves once the
        // last submission still using it is done.
        auto fresh = std::make_shared<IntakeKey>();
        fresh->id = random_bytes(kIntakeIdSize);
        fresh->key = SecretBytes(random_bytes(kAeadKeySize));
        fresh->sealed.resize(kSealedIntakeSize);
        crypto_box_seal(fresh->sealed.data(), fresh->key.data(), fresh->key.size(),
                        m_keyring.service_public_key.data());
        fresh->created = now;
        m_intake_key = std::move(fresh);
    }
    ++m_intake_key->uses;
    return m_intake_key;
}

Result<domain::NewSignalKey> SodiumVault::new_signal_key(const domain::Receipt& receipt) const {
    domain::NewSignalKey out;
    out.key = SecretBytes(random_bytes(kAeadKeySize));
    const auto intake = current_intake_key();
    // version | intake id | intake key sealed to the service | signal key under the intake key
    out.for_service.push_back(kServiceWrapVersion);
    out.for_service.insert(out.for_service.end(), intake->id.begin(), intake->id.end());
    out.for_service.insert(out.for_service.end(), intake->sealed.begin(), intake->sealed.end());
    const Bytes wrapped = aead_seal(intake->key, out.key.view(), service_wrap_context(intake->id.data()));
    out.for_service.insert(out.for_service.end(), wrapped.begin(), wrapped.end());
    out.for_receipt = aead_seal(receipt_wrap_key(receipt), out.key.view(), kSignalKeyContext);
    return out;
}

Result<SecretBytes> SodiumVault::open_key_with_receipt(const Bytes& for_receipt, const domain::Receipt& receipt) const {
    return aead_open(receipt_wrap_key(receipt), for_receipt, kSignalKeyContext);
}

Result<SecretBytes> SodiumVault::open_key_with_service_key(const Bytes& for_service,
                                                           const SecretBytes& private_key) const {
    constexpr std::size_t kHeader = 1 + kIntakeIdSize + kSealedIntakeSize;
    if (for_service.size() <= kHeader || for_service[0] != kServiceWrapVersion) {
        return Error::make(ErrorCode::internal, "the sealed signal key is damaged");
    }
    SecretBytes intake_key(kAeadKeySize);
    if (crypto_box_seal_open(intake_key.data(), for_service.data() + 1 + kIntakeIdSize, kSealedIntakeSize,
                             m_keyring.service_public_key.data(), private_key.data()) != 0) {
        return Error::make(ErrorCode::unauthorized, "the service key does not open this signal");
    }
    const Bytes wrapped(for_service.begin() + kHeader, for_service.end());
    return aead_open(intake_key, wrapped, service_wrap_context(for_service.data() + 1));
}

Bytes SodiumVault::encrypt(const SecretBytes& key, std::string_view plaintext, std::string_view context) const {
    return aead_seal(key, plaintext, context);
}

Result<SecretBytes> SodiumVault::decrypt(const SecretBytes& key, const Bytes& sealed, std::string_view context) const {
    return aead_open(key, sealed, context);
}

}  // namespace meldpunt::security
