#include "security/sodium_vault.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

namespace {
Keyring test_keyring(SecretBytes& private_key) {
    initialise_crypto();
    Keyring keyring;
    keyring.service_public_key.resize(crypto_box_PUBLICKEYBYTES);
    private_key = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(keyring.service_public_key.data(), private_key.data());
    keyring.receipt_lookup_secret = SecretBytes(random_bytes(32));
    keyring.receipt_wrap_secret = SecretBytes(random_bytes(32));
    return keyring;
}
}  // namespace

TEST(SodiumVault, SignalKeyOpensWithReceiptAndWithServiceKeyOnly) {
    SecretBytes private_key;
    SodiumVault vault(test_keyring(private_key));
    const auto receipt = domain::Receipt::generate();
    const auto key = vault.new_signal_key(receipt).value();

    EXPECT_EQ(vault.open_key_with_receipt(key.for_receipt, receipt)->bytes(), key.key.bytes());
    EXPECT_FALSE(vault.open_key_with_receipt(key.for_receipt, domain::Receipt::generate()).ok());
    EXPECT_EQ(vault.open_key_with_service_key(key.for_service, private_key)->bytes(), key.key.bytes());
    EXPECT_FALSE(vault.open_key_with_service_key(key.for_service, SecretBytes(random_bytes(32))).ok());
}

TEST(SodiumVault, CiphertextIsBoundToItsContext) {
    SecretBytes private_key;
    SodiumVault vault(test_keyring(private_key));
    const SecretBytes key(random_bytes(32));
    const Bytes sealed = vault.encrypt(key, "geheim", "message:staff");
    EXPECT_EQ(vault.decrypt(key, sealed, "message:staff")->view(), "geheim");
    EXPECT_FALSE(vault.decrypt(key, sealed, "message:reporter").ok());
    Bytes tampered = sealed;
    tampered.back() ^= 1;
    EXPECT_FALSE(vault.decrypt(key, tampered, "message:staff").ok());
}

TEST(SodiumVault, LookupIsKeyedAndStable) {
    SecretBytes private_key;
    SodiumVault first(test_keyring(private_key));
    SodiumVault second(test_keyring(private_key));
    const auto receipt = domain::Receipt::generate();
    EXPECT_EQ(first.receipt_lookup(receipt), first.receipt_lookup(receipt));
    EXPECT_NE(first.receipt_lookup(receipt), second.receipt_lookup(receipt));  // other server key
}

}  // namespace meldpunt::security

namespace meldpunt::security {

TEST(SodiumVault, IntakeKeysAreSharedForAWhileThenReplaced) {
    SecretBytes private_key;
    FixedClock clock(from_unix_millis(0));
    SodiumVault vault(test_keyring(private_key), &clock, std::chrono::minutes(10));
    const auto receipt = domain::Receipt::generate();
    const auto first = vault.new_signal_key(receipt).value();
    const auto second = vault.new_signal_key(receipt).value();
    const auto intake_id = [](const Bytes& wrapped) { return Bytes(wrapped.begin() + 1, wrapped.begin() + 17); };
    EXPECT_EQ(intake_id(first.for_service), intake_id(second.for_service));
    clock.advance(std::chrono::minutes(10));
    const auto third = vault.new_signal_key(receipt).value();
    EXPECT_NE(intake_id(third.for_service), intake_id(first.for_service));
    for (const auto* key : {&first, &second, &third}) {
        EXPECT_EQ(vault.open_key_with_service_key(key->for_service, private_key)->bytes(), key->key.bytes());
    }
    // A signal key cannot be moved under another signal's intake id.
    Bytes swapped = second.for_service;
    std::copy(third.for_service.begin() + 1, third.for_service.begin() + 17, swapped.begin() + 1);
    EXPECT_FALSE(vault.open_key_with_service_key(swapped, private_key).ok());
}

}  // namespace meldpunt::security
