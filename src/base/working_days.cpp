#include "base/working_days.hpp"

#include "base/amsterdam_zone.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <mutex>

namespace meldpunt {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

Date make_date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

Date plus_days(Date date, int count) {
    return Date{sys_days{date} + days{count}};
}

bool is_weekend(Date date) {
    const std::chrono::weekday weekday{sys_days{date}};
    return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

// Deadlines are counted often (every list of cases shows them), so each year's
// holidays are worked out once. The map only grows by a few entries per year
// that is asked about; a mutex is enough at this rate.
bool is_deadline_holiday(Date date) {
    static std::mutex mutex;
    static std::map<int, std::vector<Date>> cache;
    const int year = static_cast<int>(date.year());
    std::lock_guard lock(mutex);
    auto found = cache.find(year);
    if (found == cache.end()) {
        std::vector<Date> dates;
        for (const Holiday& holiday : deadline_holidays(year)) dates.push_back(holiday.date);
        found = cache.emplace(year, std::move(dates)).first;
    }
    return std::binary_search(found->second.begin(), found->second.end(), date);
}

}  // namespace

Date easter_sunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return make_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> deadline_holidays(int year) {
    const Date easter = easter_sunday(year);
    Date kings_day = make_date(year, 4, 27);
    // Since 2014 King's Day moves to Saturday the 26th when the 27th is a Sunday
    // (the Algemene termijnenwet follows the celebrated day).
    if (std::chrono::weekday{sys_days{kings_day}} == std::chrono::Sunday) kings_day = make_date(year, 4, 26);
    std::vector<Holiday> holidays{
        {make_date(year, 1, 1), "New Year's Day"}, {plus_days(easter, -2), "Good Friday"},
        {plus_days(easter, 1), "Easter Monday"},   {kings_day, "King's Day"},
        {make_date(year, 5, 5), "Liberation Day"}, {plus_days(easter, 39), "Ascension Day"},
        {plus_days(easter, 50), "Whit Monday"},    {make_date(year, 12, 25), "Christmas Day"},
        {make_date(year, 12, 26), "Boxing Day"},
    };
    // Ascension Day can fall on 5 May; both entries stay, in this fixed order.
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday& left, const Holiday& right) { return left.date < right.date; });
    return holidays;
}

bool is_working_day(Date date) {
    return !is_weekend(date) && !is_deadline_holiday(date);
}

Date add_working_days(Date start, int days) {
    const int step = days < 0 ? -1 : 1;
    Date current = start;
    for (int remaining = days < 0 ? -days : days; remaining > 0;) {
        current = plus_days(current, step);
        if (is_working_day(current)) --remaining;
    }
    return current;
}

int working_days_between(Date from, Date to) {
    if (to < from) return -working_days_between(to, from);
    int count = 0;
    for (Date current = plus_days(from, 1); current <= to; current = plus_days(current, 1)) {
        if (is_working_day(current)) ++count;
    }
    return count;
}

Date local_date(TimePoint at) {
    const auto zoned = date::make_zoned(amsterdam_zone(), at);
    const auto local_day = date::floor<date::days>(zoned.get_local_time());
    return Date{sys_days{days{local_day.time_since_epoch().count()}}};
}

TimePoint end_of_local_day(Date date) {
    // The day ends where the next one starts, minus one millisecond: this is
    // right on the 23- and 25-hour days when the clocks change. Midnight always
    // exists in Amsterdam (the change is at 02:00/03:00); `earliest` is only a
    // guard.
    const auto next_day = sys_days{date} + days{1};
    const date::local_days next_local{date::days{next_day.time_since_epoch().count()}};
    const auto start_of_next = amsterdam_zone()->to_sys(next_local, date::choose::earliest);
    return std::chrono::time_point_cast<std::chrono::milliseconds>(start_of_next) - std::chrono::milliseconds{1};
}

std::chrono::minutes local_minutes(TimePoint at) {
    const auto zoned = date::make_zoned(amsterdam_zone(), at);
    const auto local = zoned.get_local_time();
    const auto since_midnight = local - date::floor<date::days>(local);
    return std::chrono::duration_cast<std::chrono::minutes>(since_midnight);
}

TimePoint to_time_point(Date date, std::chrono::minutes time_of_day) {
    const date::local_days local_day{date::days{sys_days{date}.time_since_epoch().count()}};
    const date::local_time<std::chrono::minutes> local = local_day + time_of_day;
    // date-tz answers a skipped time with the moment of the change itself (the
    // first valid instant after it), and `earliest` picks the first of a time
    // that happens twice: both are what people mean by "opens at 02:30".
    const auto at = amsterdam_zone()->to_sys(local, date::choose::earliest);
    return std::chrono::time_point_cast<std::chrono::milliseconds>(at);
}

std::string format_date(Date date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    const auto number = [&](std::size_t at, std::size_t length, auto& out) {
        const auto [end, problem] = std::from_chars(text.data() + at, text.data() + at + length, out);
        return problem == std::errc{} && end == text.data() + at + length;
    };
    if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return std::nullopt;
    const Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok()) return std::nullopt;
    return date;
}

}  // namespace meldpunt
