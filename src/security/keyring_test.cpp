#include "security/keyring.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/secure_random.hpp"

namespace meldpunt::security {

namespace fs = std::filesystem;

class KeyringTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        m_dir = fs::temp_directory_path() / ("meldpunt-keyring-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

TEST_F(KeyringTest, CreatesPrivateKeyFilesOnceAndReloadsThem) {
    auto first = open_or_create_keyring(m_dir);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_TRUE(first->created);
    for (const char* name : {"service.pub", "service.sealed", "server.key", "recovery.key"}) {
        const auto perms = fs::status(m_dir / "keys" / name).permissions();
        EXPECT_EQ(perms & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write) << name;
    }
    EXPECT_EQ(fs::status(m_dir / "keys").permissions() & fs::perms::all, fs::perms::owner_all);

    auto second = open_or_create_keyring(m_dir);
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->created);
    EXPECT_EQ(second->keyring.service_public_key, first->keyring.service_public_key);
}

TEST_F(KeyringTest, OnlyTheRecoveryKeyUnsealsThePrivateKey) {
    auto opened = open_or_create_keyring(m_dir).value();
    auto recovery = read_recovery_key(opened.recovery_key_path);
    ASSERT_TRUE(recovery.ok());
    EXPECT_TRUE(unseal_service_private_key(opened.keyring, *recovery).ok());
    EXPECT_FALSE(unseal_service_private_key(opened.keyring, SecretBytes(random_bytes(32))).ok());
}

}  // namespace meldpunt::security
