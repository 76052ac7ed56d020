#include "base/working_days.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace meldpunt {

namespace {

Date ymd(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TimePoint utc(std::string_view text) {
    TimePoint at;
    EXPECT_TRUE(parse_iso8601(text, at)) << text;
    return at;
}

std::string iso_millis(TimePoint at) {
    return format_iso8601_utc(at) + "+" + std::to_string(at.time_since_epoch().count() % 1000) + "ms";
}

Date holiday_named(int year, std::string_view name) {
    for (const Holiday& holiday : deadline_holidays(year)) {
        if (holiday.name == name) return holiday.date;
    }
    ADD_FAILURE() << "no " << name << " in " << year;
    return {};
}

}  // namespace

TEST(WorkingDaysTest, EasterSundayMatchesKnownDates) {
    EXPECT_EQ(easter_sunday(2024), ymd(2024, 3, 31));
    EXPECT_EQ(easter_sunday(2025), ymd(2025, 4, 20));
    EXPECT_EQ(easter_sunday(2026), ymd(2026, 4, 5));
    EXPECT_EQ(easter_sunday(2027), ymd(2027, 3, 28));
    EXPECT_EQ(easter_sunday(2028), ymd(2028, 4, 16));
    EXPECT_EQ(easter_sunday(2029), ymd(2029, 4, 1));
    EXPECT_EQ(easter_sunday(2030), ymd(2030, 4, 21));
}

TEST(WorkingDaysTest, HolidaysOf2026) {
    const auto holidays = deadline_holidays(2026);
    ASSERT_EQ(holidays.size(), 9u);
    EXPECT_TRUE(std::is_sorted(holidays.begin(), holidays.end(),
                               [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
    EXPECT_EQ(holiday_named(2026, "New Year's Day"), ymd(2026, 1, 1));
    EXPECT_EQ(holiday_named(2026, "Good Friday"), ymd(2026, 4, 3));
    EXPECT_EQ(holiday_named(2026, "Easter Monday"), ymd(2026, 4, 6));
    EXPECT_EQ(holiday_named(2026, "King's Day"), ymd(2026, 4, 27));
    EXPECT_EQ(holiday_named(2026, "Liberation Day"), ymd(2026, 5, 5));
    EXPECT_EQ(holiday_named(2026, "Ascension Day"), ymd(2026, 5, 14));
    EXPECT_EQ(holiday_named(2026, "Whit Monday"), ymd(2026, 5, 25));
    EXPECT_EQ(holiday_named(2026, "Christmas Day"), ymd(2026, 12, 25));
    EXPECT_EQ(holiday_named(2026, "Boxing Day"), ymd(2026, 12, 26));
    for (const Holiday& holiday : holidays) {
        if (std::chrono::weekday{std::chrono::sys_days{holiday.date}}.c_encoding() % 6 != 0) {
            EXPECT_FALSE(is_working_day(holiday.date)) << format_date(holiday.date);
        }
    }
}

TEST(WorkingDaysTest, KingsDayMovesToSaturdayWhenThe27thIsASunday) {
    EXPECT_EQ(holiday_named(2025, "King's Day"), ymd(2025, 4, 26));
    EXPECT_EQ(holiday_named(2031, "King's Day"), ymd(2031, 4, 26));
    // The Sunday itself stays an ordinary weekend day; the Monday after it works.
    EXPECT_TRUE(is_working_day(ymd(2031, 4, 28)));
    EXPECT_EQ(add_working_days(ymd(2031, 4, 25), 1), ymd(2031, 4, 28));
    EXPECT_EQ(add_working_days(ymd(2025, 4, 25), 1), ymd(2025, 4, 28));
}

TEST(WorkingDaysTest, LiberationDayCountsEveryYearForDeadlines) {
    EXPECT_FALSE(is_working_day(ymd(2026, 5, 5)));
    EXPECT_EQ(add_working_days(ymd(2026, 5, 4), 1), ymd(2026, 5, 6));
}

TEST(WorkingDaysTest, AddsAcrossEaster2026) {
    // Fri 3 Apr and Mon 6 Apr are holidays: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    EXPECT_EQ(add_working_days(ymd(2026, 4, 2), 5), ymd(2026, 4, 13));
    EXPECT_EQ(add_working_days(ymd(2026, 4, 2), 0), ymd(2026, 4, 2));
    EXPECT_EQ(working_days_between(ymd(2026, 4, 2), ymd(2026, 4, 13)), 5);
    EXPECT_EQ(working_days_between(ymd(2026, 4, 13), ymd(2026, 4, 2)), -5);
    EXPECT_EQ(working_days_between(ymd(2026, 4, 2), ymd(2026, 4, 2)), 0);
}

TEST(WorkingDaysTest, AddsAcrossChristmasAndNewYear) {
    // Thu 24 Dec 2026: Fri 25 holiday, weekend, Mon 28, Tue 29, Wed 30, Thu 31,
    // Fri 1 Jan holiday, weekend, Mon 4 Jan 2027.
    EXPECT_EQ(add_working_days(ymd(2026, 12, 24), 5), ymd(2027, 1, 4));
    EXPECT_EQ(working_days_between(ymd(2026, 12, 24), ymd(2027, 1, 4)), 5);
}

TEST(WorkingDaysTest, StartsOnASaturday) {
    EXPECT_EQ(add_working_days(ymd(2026, 4, 11), 1), ymd(2026, 4, 13));
    EXPECT_EQ(add_working_days(ymd(2026, 4, 11), 0), ymd(2026, 4, 11));
    EXPECT_EQ(working_days_between(ymd(2026, 4, 11), ymd(2026, 4, 12)), 0);
}

TEST(WorkingDaysTest, LocalDateFollowsAmsterdam) {
    EXPECT_EQ(local_date(utc("2026-01-15T22:59:59Z")), ymd(2026, 1, 15));
    EXPECT_EQ(local_date(utc("2026-01-15T23:00:00Z")), ymd(2026, 1, 16));
    EXPECT_EQ(local_date(utc("2026-07-01T21:59:59Z")), ymd(2026, 7, 1));
    EXPECT_EQ(local_date(utc("2026-07-01T22:00:00Z")), ymd(2026, 7, 2));
}

TEST(WorkingDaysTest, EndOfLocalDayInWinterSummerAndOnClockChanges) {
    using std::chrono::hours;
    EXPECT_EQ(iso_millis(end_of_local_day(ymd(2026, 1, 15))), "2026-01-15T22:59:59Z+999ms");
    EXPECT_EQ(iso_millis(end_of_local_day(ymd(2026, 7, 1))), "2026-07-01T21:59:59Z+999ms");
    // Clocks go forward on Sun 29 March 2026 (a 23-hour day) and back on Sun 25 October (25 hours).
    EXPECT_EQ(iso_millis(end_of_local_day(ymd(2026, 3, 29))), "2026-03-29T21:59:59Z+999ms");
    EXPECT_EQ(end_of_local_day(ymd(2026, 3, 29)) - end_of_local_day(ymd(2026, 3, 28)), hours{23});
    EXPECT_EQ(iso_millis(end_of_local_day(ymd(2026, 10, 25))), "2026-10-25T22:59:59Z+999ms");
    EXPECT_EQ(end_of_local_day(ymd(2026, 10, 25)) - end_of_local_day(ymd(2026, 10, 24)), hours{25});
    EXPECT_EQ(local_date(end_of_local_day(ymd(2026, 10, 25))), ymd(2026, 10, 25));
    EXPECT_EQ(local_date(end_of_local_day(ymd(2026, 10, 25)) + std::chrono::milliseconds{1}), ymd(2026, 10, 26));
}

TEST(WorkingDaysTest, LocalMinutesAndBackAcrossClockChanges) {
    using std::chrono::minutes;
    EXPECT_EQ(local_minutes(utc("2026-01-15T08:00:00Z")), minutes{9 * 60});
    EXPECT_EQ(local_minutes(utc("2026-07-01T07:00:00Z")), minutes{9 * 60});
    EXPECT_EQ(local_minutes(utc("2026-07-01T22:30:00Z")), minutes{30});  // already 2 July locally
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 1, 15), minutes{9 * 60})), "2026-01-15T08:00:00Z");
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 7, 1), minutes{17 * 60})), "2026-07-01T15:00:00Z");
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 7, 1), minutes{24 * 60})), "2026-07-01T22:00:00Z");
    // 02:30 is skipped on 29 March 2026: the next valid instant, 03:00 CEST.
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 3, 29), minutes{150})), "2026-03-29T01:00:00Z");
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 3, 29), minutes{9 * 60})), "2026-03-29T07:00:00Z");
    // 02:30 happens twice on 25 October 2026: the earlier one, still CEST.
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 10, 25), minutes{150})), "2026-10-25T00:30:00Z");
    EXPECT_EQ(local_minutes(utc("2026-10-25T00:30:00Z")), minutes{150});
    EXPECT_EQ(local_minutes(utc("2026-10-25T01:30:00Z")), minutes{150});
    EXPECT_EQ(format_iso8601_utc(to_time_point(ymd(2026, 10, 25), minutes{9 * 60})), "2026-10-25T08:00:00Z");
}

TEST(WorkingDaysTest, FormatsIsoDates) {
    EXPECT_EQ(format_date(ymd(2026, 4, 27)), "2026-04-27");
    EXPECT_EQ(format_date(ymd(987, 1, 2)), "0987-01-02");
}

TEST(WorkingDaysTest, ParsesIsoDatesThatExist) {
    EXPECT_EQ(parse_date("2026-04-27"), ymd(2026, 4, 27));
    EXPECT_EQ(parse_date("2028-02-29"), ymd(2028, 2, 29));
    for (const char* bad : {"2026-02-29", "2026-13-01", "2026-4-27", "27-04-2026", "2026-04-27x", "", "2026-04-2x"})
        EXPECT_FALSE(parse_date(bad).has_value()) << bad;
}

TEST(WorkingDaysTest, CacheIsSafeFromManyThreads) {
    std::vector<std::thread> threads;
    std::vector<int> counts(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&counts, t] { counts[t] = working_days_between(ymd(2020, 1, 1), ymd(2040, 1, 1)); });
    }
    for (auto& thread : threads) thread.join();
    for (int count : counts) EXPECT_EQ(count, counts[0]);
}

}  // namespace meldpunt
