// The Dutch working-day calendar for deadlines (Algemene termijnenwet): which
// days are holidays, counting working days, and the calendar date and end of day
// in Europe/Amsterdam. Free functions over values; all of them are thread-safe
// (the per-year holiday cache inside is guarded by a mutex). The chat's opening
// hours are a different question with their own settings; this is for deadlines.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.hpp"

namespace meldpunt {

using Date = std::chrono::year_month_day;

// Easter Sunday in the Gregorian calendar (the anonymous algorithm).
Date easter_sunday(int year);

struct Holiday {
    Date date;
    std::string_view name;  // English, e.g. "King's Day"; points to static text
};

// Every Algemene termijnenwet day of `year` that can fall on a weekday, sorted by
// date: New Year's Day, Good Friday, Easter Monday, King's Day (27 April, or
// Saturday 26 April when the 27th is a Sunday), Liberation Day (5 May, every year
// for deadlines), Ascension Day, Whit Monday, Christmas Day and Boxing Day.
// Easter Sunday and Whit Sunday are Sundays anyway and are left out.
std::vector<Holiday> deadline_holidays(int year);

// Not a Saturday or Sunday and not a deadline holiday.
bool is_working_day(Date date);

// The day that is `days` working days after `start` (start itself not counted).
// Expects days >= 0; a negative count walks backwards the same way.
Date add_working_days(Date start, int days);

// The number of working days in (from, to]; negative when to < from.
int working_days_between(Date from, Date to);

// The calendar date in Europe/Amsterdam at that moment.
Date local_date(TimePoint at);

// The last millisecond of `date` in Europe/Amsterdam, as a UTC time point
// (23:59:59.999 local, whether that day has 23, 24 or 25 hours).
TimePoint end_of_local_day(Date date);

// The wall-clock time of day in Europe/Amsterdam at that moment, in whole
// minutes since local midnight (0..1439; 02:30 twice on the day clocks go back).
std::chrono::minutes local_minutes(TimePoint at);

// The moment `date` at `time_of_day` (minutes after local midnight; 1440 is the
// next midnight) in Europe/Amsterdam. A time the clocks skip (02:30 on the last
// Sunday of March) gives the next valid instant (03:00 CEST); a time that
// happens twice (02:30 on the last Sunday of October) gives the earlier one.
TimePoint to_time_point(Date date, std::chrono::minutes time_of_day);

// "2026-04-27" (ISO 8601).
std::string format_date(Date date);
// The reverse: exactly "YYYY-MM-DD" naming a day that exists; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

}  // namespace meldpunt
