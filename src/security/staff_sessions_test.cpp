#include "security/staff_sessions.hpp"

#include <gtest/gtest.h>

namespace meldpunt::security {
namespace {

using namespace std::chrono_literals;

StaffSession session_for(domain::UserId id) {
    StaffSession session;
    session.identity = {id, "user" + std::to_string(id), domain::RoleSet{domain::Role::caseworker}};
    session.service_key = SecretBytes(Bytes(32, 7));
    return session;
}

TEST(StaffSessions, FindsOpenSessionWithItsOwnCsrfToken) {
    StaffSessions sessions;
    const TimePoint now{};
    const auto first = sessions.open(session_for(1), now);
    const auto second = sessions.open(session_for(1), now);
    ASSERT_TRUE(first && second);
    EXPECT_NE(*first, *second);
    const auto found = sessions.find(*first, now);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->identity.id, 1);
    EXPECT_FALSE(found->csrf_token.empty());
    EXPECT_NE(found->csrf_token, sessions.find(*second, now)->csrf_token);
    EXPECT_EQ(sessions.find("not-a-token", now), nullptr);
    EXPECT_EQ(sessions.find("", now), nullptr);
}

TEST(StaffSessions, EndsAfterIdleTimeButUseKeepsItAlive) {
    StaffSessions sessions(30min);
    TimePoint now{};
    const auto token = *sessions.open(session_for(1), now);
    now += 20min;
    EXPECT_NE(sessions.find(token, now), nullptr);
    now += 25min;  // 25 minutes after the last use
    EXPECT_NE(sessions.find(token, now), nullptr);
    now += 31min;
    EXPECT_EQ(sessions.find(token, now), nullptr);
}

TEST(StaffSessions, SignOutEverywhereEndsEverySessionOfThatPersonOnly) {
    StaffSessions sessions;
    const TimePoint now{};
    const auto a = *sessions.open(session_for(1), now);
    const auto b = *sessions.open(session_for(1), now);
    const auto other = *sessions.open(session_for(2), now);
    EXPECT_EQ(sessions.close_all_of(1), 2u);
    EXPECT_EQ(sessions.find(a, now), nullptr);
    EXPECT_EQ(sessions.find(b, now), nullptr);
    EXPECT_NE(sessions.find(other, now), nullptr);
    sessions.close(other);
    EXPECT_EQ(sessions.find(other, now), nullptr);
}

TEST(StaffSessions, RefusesNewSessionsWhenFull) {
    StaffSessions sessions(30min, 2);
    const TimePoint now{};
    EXPECT_TRUE(sessions.open(session_for(1), now));
    EXPECT_TRUE(sessions.open(session_for(2), now));
    EXPECT_FALSE(sessions.open(session_for(3), now));
    EXPECT_TRUE(sessions.open(session_for(3), now + 31min));  // the idle ones were swept
}

}  // namespace
}  // namespace meldpunt::security
