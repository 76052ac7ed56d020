#include "security/mailbox_sessions.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

namespace {
domain::MailboxKey key(domain::SignalId id) {
    return {id, SecretBytes(random_bytes(32))};
}
}  // namespace

TEST(MailboxSessions, ExpireAfterIdleTimeAndCanBeClosed) {
    initialise_crypto();
    MailboxSessions sessions(std::chrono::minutes(20));
    TimePoint now = from_unix_millis(0);
    const std::string token = sessions.open(key(42), now).value();
    EXPECT_GE(token.size(), 40u);
    now += std::chrono::minutes(19);
    ASSERT_TRUE(sessions.find(token, now).has_value());
    EXPECT_EQ(sessions.find(token, now)->signal_id, 42);
    now += std::chrono::minutes(19);  // still alive: the last use extended it
    EXPECT_TRUE(sessions.find(token, now).has_value());
    now += std::chrono::minutes(21);
    EXPECT_FALSE(sessions.find(token, now).has_value());

    const std::string other = sessions.open(key(7), now).value();
    sessions.close(other);
    EXPECT_FALSE(sessions.find(other, now).has_value());
    EXPECT_FALSE(sessions.find("unknown", now).has_value());
}

TEST(MailboxSessions, RotationKillsTheOldToken) {
    initialise_crypto();
    MailboxSessions sessions;
    const TimePoint now = from_unix_millis(0);
    const std::string first = sessions.open(key(5), now).value();
    const auto second = sessions.rotate(first, now);
    ASSERT_TRUE(second.has_value());
    EXPECT_NE(second->token, first);
    EXPECT_EQ(second->key.signal_id, 5);
    EXPECT_FALSE(sessions.find(first, now).has_value());
    EXPECT_FALSE(sessions.rotate(first, now).has_value());  // a page from history: dead
    EXPECT_TRUE(sessions.find(second->token, now).has_value());
}

TEST(MailboxSessions, CapIsHardAndIdleSessionsAreSwept) {
    initialise_crypto();
    MailboxSessions sessions(std::chrono::minutes(20), 3);
    TimePoint now = from_unix_millis(0);
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(sessions.open(key(i), now).has_value());
    EXPECT_FALSE(sessions.open(key(9), now).has_value());
    now += std::chrono::minutes(21);
    EXPECT_TRUE(sessions.open(key(9), now).has_value());  // the idle three were swept
    EXPECT_EQ(sessions.size(), 1u);
}

}  // namespace meldpunt::security
