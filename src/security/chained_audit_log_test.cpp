#include "security/chained_audit_log.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "base/secure_random.hpp"
#include "security/fake_staff_stores.hpp"

namespace meldpunt::security {

using domain::AuditAction;

class ChainedAuditLogTest : public ::testing::Test {
  protected:
    void SetUp() override { initialise_crypto(); }

    SecretBytes m_key{random_bytes(32)};
    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    testing::FakeAuditStore m_store;
    ChainedAuditLog m_log{m_store, m_key, m_clock};

    void record_some(int count) {
        for (int i = 0; i < count; ++i) {
            ASSERT_TRUE(m_log.record(AuditAction::signal_viewed, 3, 100 + i));
            m_clock.advance(std::chrono::seconds(1));
        }
    }
};

TEST_F(ChainedAuditLogTest, RecordsEntriesWithTimeAndChainHashes) {
    ASSERT_TRUE(m_log.record(AuditAction::user_created, 0, std::nullopt, 7));
    m_clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(m_log.record(AuditAction::signal_viewed, 7, 42));
    const auto rows = m_store.records();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].entry.sequence, 1);
    EXPECT_EQ(rows[0].entry.action, AuditAction::user_created);
    EXPECT_EQ(rows[0].entry.subject_user_id, 7);
    EXPECT_EQ(rows[1].entry.at, m_clock.now());
    EXPECT_EQ(rows[1].entry.signal_id, 42);
    EXPECT_EQ(rows[1].hash, audit_entry_hash(m_key, rows[0].hash, rows[1].entry));

    std::int64_t checked = 0;
    auto verified = verify_audit_log(m_store, m_key, &checked);
    ASSERT_TRUE(verified);
    EXPECT_FALSE(verified->has_value());
    EXPECT_EQ(checked, 2);
}

TEST_F(ChainedAuditLogTest, RefusesToWriteWithoutAKey) {
    ChainedAuditLog keyless(m_store, SecretBytes(), m_clock);
    EXPECT_EQ(keyless.record(AuditAction::login, 1).error().code, ErrorCode::internal);
    EXPECT_TRUE(m_store.records().empty());
}

TEST_F(ChainedAuditLogTest, AnEmptyLogHolds) {
    std::int64_t checked = -1;
    auto verified = verify_audit_log(m_store, m_key, &checked);
    ASSERT_TRUE(verified);
    EXPECT_FALSE(verified->has_value());
    EXPECT_EQ(checked, 0);
}

TEST_F(ChainedAuditLogTest, FindsAnAlteredEntry) {
    record_some(10);
    m_store.rows()[6].entry.actor_user_id = 9;
    auto verified = verify_audit_log(m_store, m_key);
    ASSERT_TRUE(verified);
    ASSERT_TRUE(verified->has_value());
    EXPECT_EQ((*verified)->sequence, 7);
    EXPECT_NE((*verified)->reason.find("altered"), std::string::npos);
}

TEST_F(ChainedAuditLogTest, FindsARemovedAndAMovedEntry) {
    record_some(10);
    auto removed = m_store.rows();
    m_store.rows().erase(m_store.rows().begin() + 3);
    auto verified = verify_audit_log(m_store, m_key);
    ASSERT_TRUE(verified && verified->has_value());
    EXPECT_EQ((*verified)->sequence, 4);
    EXPECT_NE((*verified)->reason.find("missing"), std::string::npos);

    m_store.rows() = removed;
    std::swap(m_store.rows()[2], m_store.rows()[5]);
    verified = verify_audit_log(m_store, m_key);
    ASSERT_TRUE(verified && verified->has_value());
    EXPECT_EQ((*verified)->sequence, 3);
}

TEST_F(ChainedAuditLogTest, ARebuiltChainNeedsTheKey) {
    record_some(3);
    // Someone without the key recomputes the hashes after a change: still caught.
    const SecretBytes other(random_bytes(32));
    Bytes previous(kAuditHashSize, 0);
    m_store.rows()[1].entry.actor_user_id = 1;
    for (auto& row : m_store.rows()) {
        row.hash = audit_entry_hash(other, previous, row.entry);
        previous = row.hash;
    }
    auto verified = verify_audit_log(m_store, m_key);
    ASSERT_TRUE(verified && verified->has_value());
    EXPECT_EQ((*verified)->sequence, 1);
}

TEST_F(ChainedAuditLogTest, ConcurrentRecordsStayOneChain) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([this] {
            for (int i = 0; i < 50; ++i) EXPECT_TRUE(m_log.record(AuditAction::login, 1));
        });
    for (auto& thread : threads) thread.join();
    std::int64_t checked = 0;
    auto verified = verify_audit_log(m_store, m_key, &checked);
    ASSERT_TRUE(verified);
    EXPECT_FALSE(verified->has_value());
    EXPECT_EQ(checked, 200);
}

}  // namespace meldpunt::security
