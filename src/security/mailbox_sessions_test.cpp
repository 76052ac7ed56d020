#include "security/mailbox_sessions.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

TEST(MailboxSessions, ExpireAfterIdleTimeAndCanBeClosed) {
    initialise_crypto();
    MailboxSessions sessions(std::chrono::minutes(20));
    TimePoint now = from_unix_millis(0);
    const std::string token = sessions.open({42, SecretBytes(random_bytes(32))}, now);
    EXPECT_GE(token.size(), 40u);
    now += std::chrono::minutes(19);
    ASSERT_TRUE(sessions.find(token, now).has_value());
    EXPECT_EQ(sessions.find(token, now)->signal_id, 42);
    now += std::chrono::minutes(19);  // still alive: the last use extended it
    EXPECT_TRUE(sessions.find(token, now).has_value());
    now += std::chrono::minutes(21);
    EXPECT_FALSE(sessions.find(token, now).has_value());

    const std::string other = sessions.open({7, SecretBytes(random_bytes(32))}, now);
    sessions.close(other);
    EXPECT_FALSE(sessions.find(other, now).has_value());
    EXPECT_FALSE(sessions.find("unknown", now).has_value());
}

}  // namespace meldpunt::security
