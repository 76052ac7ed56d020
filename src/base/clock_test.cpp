#include "base/clock.hpp"

#include <gtest/gtest.h>

namespace meldpunt {

TEST(Clock, FormatsAndParsesUtc) {
    TimePoint at;
    ASSERT_TRUE(parse_iso8601("2026-03-29T00:59:59Z", at));
    EXPECT_EQ(format_iso8601_utc(at), "2026-03-29T00:59:59Z");
    ASSERT_TRUE(parse_iso8601("2026-03-29T03:00:00+02:00", at));
    EXPECT_EQ(format_iso8601_utc(at), "2026-03-29T01:00:00Z");
    EXPECT_FALSE(parse_iso8601("yesterday", at));
}

TEST(Clock, LocalTimeFollowsAmsterdamSummerTime) {
    TimePoint at;
    ASSERT_TRUE(parse_iso8601("2026-03-29T00:30:00Z", at));  // before the switch
    EXPECT_EQ(format_local_date_time(at), "29-03-2026 01:30");
    ASSERT_TRUE(parse_iso8601("2026-03-29T01:30:00Z", at));  // after it
    EXPECT_EQ(format_local_date_time(at), "29-03-2026 03:30");
    ASSERT_TRUE(parse_iso8601("2026-12-31T23:30:00Z", at));
    EXPECT_EQ(format_local_date(at), "01-01-2027");
}

}  // namespace meldpunt
