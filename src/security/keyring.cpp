#include "security/keyring.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "security/aead.hpp"
#include "security/key_files.hpp"

namespace meldpunt::security {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSecretSize = 32;
constexpr std::string_view kPrivateKeyContext = "service-private-key";
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "meldpunt";
constexpr std::uint64_t kAuditChainSubkey = 1;
constexpr std::uint64_t kTotpWrapSubkey = 2;

// Later secrets come from server.key instead of new files, so data folders made
// before they existed keep working: a BLAKE2b of the whole file is the master
// key, and each secret is its own KDF subkey (independent of the two halves that
// are used as they are).
SecretBytes derive_server_subkey(const SecretBytes& server_secrets, std::uint64_t subkey_id) {
    SecretBytes master(crypto_kdf_KEYBYTES);
    crypto_generichash(master.data(), master.size(), server_secrets.data(), server_secrets.size(), nullptr, 0);
    SecretBytes subkey(kSecretSize);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkey_id, kKdfContext, master.data());
    return subkey;
}

Result<void> create(const fs::path& keys) {
    Bytes public_key_bytes(crypto_box_PUBLICKEYBYTES);
    SecretBytes private_key(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(public_key_bytes.data(), private_key.data());
    const Bytes& public_key = public_key_bytes;
    SecretBytes recovery_key(random_bytes(kSecretSize));
    SecretBytes server_secrets(random_bytes(2 * kSecretSize));
    const Bytes sealed = aead_seal(recovery_key, private_key.view(), kPrivateKeyContext);

    // The recovery key is written first and the public key last: a start that
    // finds service.pub knows the set is complete.
    for (const auto& [name, bytes] :
         {std::pair{"recovery.key", &recovery_key.bytes()}, std::pair{"server.key", &server_secrets.bytes()},
          std::pair{"service.sealed", &sealed}, std::pair{"service.pub", &public_key}}) {
        if (auto written = write_secret_file(keys / name, *bytes); !written) return written.error();
    }
    return Ok{};
}

}  // namespace

Result<KeyringOpened> open_or_create_keyring(const fs::path& data_dir) {
    const fs::path keys = data_dir / "keys";
    if (auto made = ensure_private_directory(data_dir); !made) return made.error();
    if (auto made = ensure_private_directory(keys); !made) return made.error();

    bool created = false;
    {
        // Two commands starting at once on a new folder must not both create
        // keys: the second waits here and then finds the set complete.
        auto lock = lock_directory(keys);
        if (!lock) return lock.error();
        if (!fs::exists(keys / "service.pub")) {
            auto made = create(keys);
            if (!made) return made.error();
            if (auto synced = sync_directory(keys); !synced) return synced.error();
            created = true;
        }
    }
    auto public_key = read_secret_file(keys / "service.pub", crypto_box_PUBLICKEYBYTES);
    auto secrets = read_secret_file(keys / "server.key", 2 * kSecretSize);
    auto sealed = read_secret_file(keys / "service.sealed", 0);
    if (!public_key) return public_key.error();
    if (!secrets) return secrets.error();
    if (!sealed) return sealed.error();

    Keyring keyring;
    keyring.service_public_key = public_key->bytes();
    const auto& all = secrets->bytes();
    keyring.receipt_lookup_secret = SecretBytes(Bytes(all.begin(), all.begin() + kSecretSize));
    keyring.receipt_wrap_secret = SecretBytes(Bytes(all.begin() + kSecretSize, all.end()));
    keyring.audit_chain_secret = derive_server_subkey(*secrets, kAuditChainSubkey);
    keyring.totp_wrap_secret = derive_server_subkey(*secrets, kTotpWrapSubkey);
    keyring.service_private_key_sealed = sealed->bytes();
    return KeyringOpened{std::move(keyring), created, keys / "recovery.key"};
}

Result<SecretBytes> read_recovery_key(const fs::path& file) {
    return read_secret_file(file, kSecretSize);
}

Result<SecretBytes> unseal_service_private_key(const Keyring& keyring, const SecretBytes& recovery_key) {
    auto opened = aead_open(recovery_key, keyring.service_private_key_sealed, kPrivateKeyContext);
    if (!opened) return Error::make(ErrorCode::unauthorized, "this recovery key does not open the service key");
    return opened;
}

}  // namespace meldpunt::security
