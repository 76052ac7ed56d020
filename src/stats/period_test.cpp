#include "stats/period.hpp"

#include <gtest/gtest.h>

namespace meldpunt::stats {
namespace {

using namespace std::chrono;

TEST(Period, ReadsTheThreeFormsTheIssueNames) {
    EXPECT_EQ(parse_period("2026")->code(), "2026");
    EXPECT_EQ(parse_period("2026Q1")->code(), "2026Q1");
    EXPECT_EQ(parse_period("2026q4")->code(), "2026Q4");
    EXPECT_EQ(parse_period("2026-03")->code(), "2026-03");
    for (const char* bad : {"", "26", "20266", "2026Q5", "2026Q0", "2026-13", "2026-3", "2026-00", "1999", "abcd",
                            "2026-1a", "2026Q"}) {
        auto period = parse_period(bad);
        ASSERT_FALSE(period) << bad;
        EXPECT_EQ(period.error().field, "period");
    }
}

TEST(Period, KnowsItsDaysAndThePeriodBefore) {
    const auto quarter = *parse_period("2026Q1");
    EXPECT_EQ(quarter.first_day(), Date{year{2026} / 1 / 1});
    EXPECT_EQ(quarter.last_day(), Date{year{2026} / 3 / 31});
    EXPECT_EQ(quarter.previous().code(), "2025Q4");
    const auto february = *parse_period("2028-02");
    EXPECT_EQ(february.last_day(), Date{year{2028} / 2 / 29});  // leap year
    EXPECT_EQ(parse_period("2026-01")->previous().code(), "2025-12");
    EXPECT_EQ(parse_period("2026")->previous().code(), "2025");
    EXPECT_TRUE(quarter.contains(Date{year{2026} / 3 / 31}));
    EXPECT_FALSE(quarter.contains(Date{year{2026} / 4 / 1}));
}

}  // namespace
}  // namespace meldpunt::stats
