#include "security/audit_chain.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <vector>

#include "base/secure_random.hpp"
#include "security/keyring.hpp"

namespace meldpunt::security {

using domain::AuditAction;
using domain::AuditEntry;

class AuditChainTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        m_key = SecretBytes(random_bytes(32));
    }

    // Ten entries, chained and hashed as the store would write them.
    std::vector<ChainedAuditEntry> make_chain(std::size_t count = 10) const {
        std::vector<ChainedAuditEntry> chain;
        Bytes previous(kAuditHashSize, 0);
        for (std::size_t i = 1; i <= count; ++i) {
            AuditEntry entry;
            entry.sequence = static_cast<std::int64_t>(i);
            entry.at = from_unix_millis(1'780'000'000'000 + static_cast<std::int64_t>(i) * 1000);
            entry.actor_user_id = static_cast<std::int64_t>(i % 3);
            entry.action = i % 2 == 0 ? AuditAction::signal_viewed : AuditAction::login;
            if (i % 2 == 0) entry.signal_id = static_cast<std::int64_t>(100 + i);
            if (i % 5 == 0) entry.subject_user_id = 7;
            Bytes hash = audit_entry_hash(m_key, previous, entry);
            previous = hash;
            chain.push_back({entry, std::move(hash)});
        }
        return chain;
    }

    SecretBytes m_key;
};

TEST_F(AuditChainTest, AGoodChainHolds) {
    const auto chain = make_chain();
    EXPECT_EQ(chain[0].hash.size(), kAuditHashSize);
    EXPECT_FALSE(verify_audit_chain(m_key, chain).has_value());
    EXPECT_FALSE(verify_audit_chain(m_key, {}).has_value());
}

TEST_F(AuditChainTest, NamesTheAlteredEntry) {
    for (const auto& alter : std::vector<void (*)(AuditEntry&)>{
             [](AuditEntry& e) { e.actor_user_id += 1; },
             [](AuditEntry& e) { e.at += std::chrono::milliseconds{1}; },
             [](AuditEntry& e) { e.action = AuditAction::signal_changed; },
             [](AuditEntry& e) { e.signal_id = std::nullopt; },
             [](AuditEntry& e) { e.subject_user_id = 0; },
         }) {
        auto chain = make_chain();
        alter(chain[5].entry);
        const auto broken = verify_audit_chain(m_key, chain);
        ASSERT_TRUE(broken.has_value());
        EXPECT_EQ(broken->sequence, 6);
        EXPECT_NE(broken->reason.find("altered"), std::string::npos) << broken->reason;
    }
    // Swapping a signal id into the subject field changes the hash too.
    auto chain = make_chain();
    chain[3].entry.subject_user_id = chain[3].entry.signal_id;
    chain[3].entry.signal_id = std::nullopt;
    EXPECT_EQ(verify_audit_chain(m_key, chain)->sequence, 4);
}

TEST_F(AuditChainTest, NamesTheMissingEntry) {
    auto chain = make_chain();
    chain.erase(chain.begin() + 4);
    const auto broken = verify_audit_chain(m_key, chain);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->sequence, 5);
    EXPECT_NE(broken->reason.find("missing"), std::string::npos) << broken->reason;

    // Renumbering the rest to hide the gap breaks the hash at the same place.
    for (std::size_t i = 4; i < chain.size(); ++i) chain[i].entry.sequence -= 1;
    EXPECT_EQ(verify_audit_chain(m_key, chain)->sequence, 5);
}

TEST_F(AuditChainTest, NamesTheReorderedEntry) {
    auto chain = make_chain();
    std::swap(chain[2], chain[3]);
    const auto broken = verify_audit_chain(m_key, chain);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->sequence, 3);
    EXPECT_NE(broken->reason.find("out of order"), std::string::npos) << broken->reason;
}

TEST_F(AuditChainTest, AWrongKeyBreaksAtTheFirstEntry) {
    const auto chain = make_chain();
    const auto broken = verify_audit_chain(SecretBytes(random_bytes(32)), chain);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->sequence, 1);
    EXPECT_EQ(verify_audit_chain(SecretBytes(), chain)->sequence, 1);
    EXPECT_TRUE(audit_entry_hash(SecretBytes(), Bytes(kAuditHashSize), chain[0].entry).empty());
}

TEST(AuditActionTest, CodesAreTheEnumNamesAndRoundTrip) {
    EXPECT_EQ(domain::code_of(AuditAction::login_failed), "login_failed");
    EXPECT_EQ(domain::code_of(AuditAction::export_made), "export_made");
    EXPECT_EQ(domain::code_of(AuditAction::chat_closure_added), "chat_closure_added");
    EXPECT_EQ(domain::all_audit_actions().size(), 37u);
    std::set<std::string_view> codes;
    for (const AuditAction action : domain::all_audit_actions()) {
        codes.insert(domain::code_of(action));
        EXPECT_EQ(domain::parse_audit_action(domain::code_of(action)), action);
    }
    EXPECT_EQ(codes.size(), domain::all_audit_actions().size());
    EXPECT_FALSE(domain::parse_audit_action("Login").has_value());
    EXPECT_FALSE(domain::parse_audit_action("").has_value());
}

// The keyring's audit and TOTP secrets come from server.key: stable across
// starts, distinct from each other and from the receipt secrets.
TEST(KeyringDerivedSecretsTest, AreStableAndDistinct) {
    initialise_crypto();
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("meldpunt-audit-keyring-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    auto first = open_or_create_keyring(dir);
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto second = open_or_create_keyring(dir);
    ASSERT_TRUE(second.ok());
    const Keyring& keyring = first->keyring;
    EXPECT_EQ(keyring.audit_chain_secret.size(), 32u);
    EXPECT_EQ(keyring.totp_wrap_secret.size(), 32u);
    EXPECT_EQ(keyring.audit_chain_secret.bytes(), second->keyring.audit_chain_secret.bytes());
    EXPECT_EQ(keyring.totp_wrap_secret.bytes(), second->keyring.totp_wrap_secret.bytes());
    const std::set<Bytes> all{keyring.audit_chain_secret.bytes(), keyring.totp_wrap_secret.bytes(),
                              keyring.receipt_lookup_secret.bytes(), keyring.receipt_wrap_secret.bytes()};
    EXPECT_EQ(all.size(), 4u);
    fs::remove_all(dir);
}

}  // namespace meldpunt::security
