#include "domain/office_hours.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {

namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

TimePoint at(std::string_view text) {
    TimePoint result;
    EXPECT_TRUE(parse_iso8601(text, result)) << text;
    return result;
}

std::string iso(const std::optional<TimePoint>& time) {
    return time ? format_iso8601_utc(*time) : "none";
}

// "2026-04-27 King's Day" lines, so a failure shows the whole year at once.
std::vector<std::string> listed(int year, const OfficeHoursSettings& settings = {}) {
    std::vector<std::string> lines;
    for (const Holiday& holiday : chat_holidays(year, settings)) {
        lines.push_back(format_date(holiday.date) + " " + std::string(holiday.name));
    }
    return lines;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST(OfficeHoursTest, ChatHolidays2025To2027) {
    EXPECT_EQ(listed(2025), (Lines{"2025-01-01 New Year's Day", "2025-04-21 Easter Monday", "2025-04-26 King's Day",
                                   "2025-05-05 Liberation Day", "2025-05-29 Ascension Day", "2025-06-09 Whit Monday",
                                   "2025-12-25 Christmas Day", "2025-12-26 Boxing Day"}));
    EXPECT_EQ(listed(2026), (Lines{"2026-01-01 New Year's Day", "2026-04-06 Easter Monday", "2026-04-27 King's Day",
                                   "2026-05-14 Ascension Day", "2026-05-25 Whit Monday", "2026-12-25 Christmas Day",
                                   "2026-12-26 Boxing Day"}));
    EXPECT_EQ(listed(2027), (Lines{"2027-01-01 New Year's Day", "2027-03-29 Easter Monday", "2027-04-27 King's Day",
                                   "2027-05-06 Ascension Day", "2027-05-17 Whit Monday", "2027-12-25 Christmas Day",
                                   "2027-12-26 Boxing Day"}));
}

TEST(OfficeHoursTest, ChatHolidays2028To2030) {
    EXPECT_EQ(listed(2028), (Lines{"2028-01-01 New Year's Day", "2028-04-17 Easter Monday", "2028-04-27 King's Day",
                                   "2028-05-25 Ascension Day", "2028-06-05 Whit Monday", "2028-12-25 Christmas Day",
                                   "2028-12-26 Boxing Day"}));
    EXPECT_EQ(listed(2029), (Lines{"2029-01-01 New Year's Day", "2029-04-02 Easter Monday", "2029-04-27 King's Day",
                                   "2029-05-10 Ascension Day", "2029-05-21 Whit Monday", "2029-12-25 Christmas Day",
                                   "2029-12-26 Boxing Day"}));
    // 27 April 2030 is a Saturday: King's Day stays on the 27th (it only moves from a Sunday).
    EXPECT_EQ(listed(2030), (Lines{"2030-01-01 New Year's Day", "2030-04-22 Easter Monday", "2030-04-27 King's Day",
                                   "2030-05-05 Liberation Day", "2030-05-30 Ascension Day", "2030-06-10 Whit Monday",
                                   "2030-12-25 Christmas Day", "2030-12-26 Boxing Day"}));
    EXPECT_EQ(weekday{sys_days{ymd(2030, 4, 27)}}, Saturday);
}

TEST(OfficeHoursTest, KingsDayOnASundayMovesToSaturday) {
    EXPECT_EQ(weekday{sys_days{ymd(2025, 4, 27)}}, Sunday);
    const auto state = opening_state(at("2025-04-26T10:00:00+02:00"), {});
    EXPECT_FALSE(state.open);
    EXPECT_EQ(state.reason, "King's Day");
    EXPECT_EQ(iso(state.next_open), "2025-04-28T07:00:00Z");
}

TEST(OfficeHoursTest, LiberationDaySetting) {
    EXPECT_EQ(opening_state(at("2025-05-05T10:00:00+02:00"), {}).reason, "Liberation Day");
    EXPECT_TRUE(opening_state(at("2026-05-05T10:00:00+02:00"), {}).open);
    OfficeHoursSettings every_year;
    every_year.liberation_day = LiberationDay::every_year;
    EXPECT_EQ(opening_state(at("2026-05-05T10:00:00+02:00"), every_year).reason, "Liberation Day");
    OfficeHoursSettings never;
    never.liberation_day = LiberationDay::never;
    EXPECT_TRUE(opening_state(at("2025-05-05T10:00:00+02:00"), never).open);
    EXPECT_EQ(listed(2030, never).size(), 7u);
}

TEST(OfficeHoursTest, GoodFridayIsOpenUnlessSet) {
    EXPECT_TRUE(opening_state(at("2026-04-03T10:00:00+02:00"), {}).open);
    OfficeHoursSettings closed;
    closed.closed_on_good_friday = true;
    const auto state = opening_state(at("2026-04-03T10:00:00+02:00"), closed);
    EXPECT_FALSE(state.open);
    EXPECT_EQ(state.reason, "Good Friday");
    EXPECT_EQ(listed(2026, closed).front(), "2026-01-01 New Year's Day");
    EXPECT_EQ(listed(2026, closed)[1], "2026-04-03 Good Friday");
}

TEST(OfficeHoursTest, EdgesOfTheDay) {
    const auto at_0859 = opening_state(at("2026-06-16T08:59:59+02:00"), {});
    EXPECT_FALSE(at_0859.open);
    EXPECT_EQ(at_0859.reason, "outside office hours");
    EXPECT_EQ(iso(at_0859.next_open), "2026-06-16T07:00:00Z");
    const auto at_0900 = opening_state(at("2026-06-16T09:00:00+02:00"), {});
    EXPECT_TRUE(at_0900.open);
    EXPECT_EQ(at_0900.reason, "open");
    EXPECT_EQ(iso(at_0900.closes_at), "2026-06-16T15:00:00Z");
    EXPECT_FALSE(at_0900.next_open);
    EXPECT_TRUE(opening_state(at("2026-06-16T16:59:59+02:00"), {}).open);
    const auto at_1700 = opening_state(at("2026-06-16T17:00:00+02:00"), {});
    EXPECT_FALSE(at_1700.open);
    EXPECT_EQ(iso(at_1700.next_open), "2026-06-17T07:00:00Z");
}

TEST(OfficeHoursTest, FridayEveningOpensMonday) {
    const auto state = opening_state(at("2026-06-19T17:00:00+02:00"), {});
    EXPECT_FALSE(state.open);
    EXPECT_EQ(iso(state.next_open), "2026-06-22T07:00:00Z");
    EXPECT_EQ(opening_state(at("2026-06-20T12:00:00+02:00"), {}).reason, "weekend");
}

TEST(OfficeHoursTest, EasterWeekend2026) {
    // By default Good Friday is open, and Easter Monday closed.
    EXPECT_EQ(iso(opening_state(at("2026-04-02T17:00:00+02:00"), {}).next_open), "2026-04-03T07:00:00Z");
    EXPECT_EQ(iso(opening_state(at("2026-04-03T17:00:00+02:00"), {}).next_open), "2026-04-07T07:00:00Z");
    OfficeHoursSettings closed;
    closed.closed_on_good_friday = true;
    EXPECT_EQ(iso(opening_state(at("2026-04-02T17:30:00+02:00"), closed).next_open), "2026-04-07T07:00:00Z");
    const auto monday = opening_state(at("2026-04-06T10:00:00+02:00"), {});
    EXPECT_EQ(monday.reason, "Easter Monday");
    EXPECT_EQ(iso(monday.next_open), "2026-04-07T07:00:00Z");
}

TEST(OfficeHoursTest, ExtraClosureWithItsLabel) {
    OfficeHoursSettings settings;
    settings.closures.push_back({ymd(2026, 6, 15), "Training day"});
    const auto state = opening_state(at("2026-06-15T11:00:00+02:00"), settings);
    EXPECT_FALSE(state.open);
    EXPECT_EQ(state.reason, "Training day");
    EXPECT_EQ(iso(state.next_open), "2026-06-16T07:00:00Z");
    // Friday evening before it: the Monday closure is skipped too.
    EXPECT_EQ(iso(opening_state(at("2026-06-12T18:00:00+02:00"), settings).next_open), "2026-06-16T07:00:00Z");
}

TEST(OfficeHoursTest, SpringForwardWeekend) {
    // Clocks go forward on Sunday 29 March 2026: 09:00 is 08:00Z before, 07:00Z after.
    EXPECT_EQ(iso(opening_state(at("2026-03-27T09:00:00+01:00"), {}).closes_at), "2026-03-27T16:00:00Z");
    const auto sunday = opening_state(at("2026-03-29T01:30:00Z"), {});
    EXPECT_EQ(sunday.reason, "weekend");
    EXPECT_EQ(iso(sunday.next_open), "2026-03-30T07:00:00Z");
    EXPECT_EQ(iso(opening_state(at("2026-03-27T17:00:00+01:00"), {}).next_open), "2026-03-30T07:00:00Z");
    EXPECT_FALSE(opening_state(at("2026-03-30T06:59:59Z"), {}).open);
    const auto monday = opening_state(at("2026-03-30T07:00:00Z"), {});
    EXPECT_TRUE(monday.open);
    EXPECT_EQ(iso(monday.closes_at), "2026-03-30T15:00:00Z");
}

TEST(OfficeHoursTest, FallBackWeekend) {
    // Clocks go back on Sunday 25 October 2026: 09:00 is 07:00Z before, 08:00Z after.
    EXPECT_EQ(iso(opening_state(at("2026-10-23T17:00:00+02:00"), {}).next_open), "2026-10-26T08:00:00Z");
    EXPECT_EQ(opening_state(at("2026-10-25T01:30:00Z"), {}).reason, "weekend");
    EXPECT_FALSE(opening_state(at("2026-10-26T07:59:59Z"), {}).open);
    const auto monday = opening_state(at("2026-10-26T08:00:00Z"), {});
    EXPECT_TRUE(monday.open);
    EXPECT_EQ(iso(monday.closes_at), "2026-10-26T16:00:00Z");
}

TEST(OfficeHoursTest, WindowsInsideTheChangingHour) {
    // Sunday night windows show how skipped and doubled local times resolve.
    OfficeHoursSettings settings;
    settings.windows = {{Sunday, minutes{150}, minutes{240}}};  // 02:30-04:00
    // 02:30 does not exist on 29 March 2026: the window opens at 03:00 CEST.
    EXPECT_EQ(iso(opening_state(at("2026-03-28T12:00:00Z"), settings).next_open), "2026-03-29T01:00:00Z");
    EXPECT_TRUE(opening_state(at("2026-03-29T01:00:00Z"), settings).open);
    // 02:30 happens twice on 25 October 2026: the earlier one (CEST) counts.
    EXPECT_EQ(iso(opening_state(at("2026-10-24T12:00:00Z"), settings).next_open), "2026-10-25T00:30:00Z");
    // A window wholly inside the skipped hour does not happen that day.
    settings.windows = {{Sunday, minutes{150}, minutes{180}}};  // 02:30-03:00
    EXPECT_EQ(iso(opening_state(at("2026-03-28T12:00:00Z"), settings).next_open), "2026-04-05T00:30:00Z");
}

TEST(OfficeHoursTest, SeveralWindowsOnADay) {
    OfficeHoursSettings settings;
    settings.windows = {{Monday, hours{13}, hours{17}}, {Monday, hours{9}, hours{12}}};
    const auto morning = opening_state(at("2026-06-15T11:00:00+02:00"), settings);
    EXPECT_TRUE(morning.open);
    EXPECT_EQ(iso(morning.closes_at), "2026-06-15T10:00:00Z");
    const auto lunch = opening_state(at("2026-06-15T12:30:00+02:00"), settings);
    EXPECT_FALSE(lunch.open);
    EXPECT_EQ(lunch.reason, "outside office hours");
    EXPECT_EQ(iso(lunch.next_open), "2026-06-15T11:00:00Z");
    EXPECT_EQ(opening_state(at("2026-06-16T11:00:00+02:00"), settings).reason, "outside office hours");
    EXPECT_EQ(iso(opening_state(at("2026-06-15T17:00:00+02:00"), settings).next_open), "2026-06-22T07:00:00Z");
    // Touching windows are one stretch.
    settings.windows = {{Monday, hours{9}, hours{12}}, {Monday, hours{12}, hours{17}}};
    EXPECT_EQ(iso(opening_state(at("2026-06-15T11:00:00+02:00"), settings).closes_at), "2026-06-15T15:00:00Z");
}

TEST(OfficeHoursTest, NoWindowsNeverOpens) {
    OfficeHoursSettings settings;
    settings.windows.clear();
    const auto state = opening_state(at("2026-06-15T11:00:00+02:00"), settings);
    EXPECT_FALSE(state.open);
    EXPECT_EQ(state.reason, "outside office hours");
    EXPECT_FALSE(state.next_open);
}

}  // namespace meldpunt::domain
