// The weekly table of the office-hours page as typed: seven days of up to
// three windows, each "HH:MM" to "HH:MM", plus the two holiday settings. Turns
// stored settings into the table, the posted form into the table, and the
// table into domain::WeeklyHours with a problem at each cell that cannot be
// read. Field names: "hours.<day>.<n>" (n from 1), the element id of the
// window's first input. Pure functions; thread-safe.
#pragma once

#include <array>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/chat_settings.hpp"
#include "web/http_types.hpp"

namespace meldpunt::web {

struct WeekFormDay {
    std::chrono::weekday day;
    std::string_view code;  // in field names: "monday"
};
// The table's rows, Monday first as Dutch calendars have it.
extern const std::array<WeekFormDay, 7> kWeekForm;

struct TypedWindow {
    std::string from;
    std::string to;
};

struct WeekForm {
    std::array<std::array<TypedWindow, domain::kMaxWindowsPerDay>, 7> cells;  // by kWeekForm's rows
    std::string liberation_day;  // a code of domain::LiberationDay, as posted
    bool good_friday = false;
};

struct ParsedWeek {
    domain::WeeklyHours hours;
    std::vector<std::string> fields;  // the cell of each of hours.windows
    std::vector<Error> errors;        // at cells ("hours.monday.1") or "liberation_day"
};

// "hours.monday.1" for row `day`, window `window` (both from 0).
std::string window_field(std::size_t day, std::size_t window);
// The posted names of a window's inputs: "monday_1_from", "monday_1_to".
std::string form_name(std::size_t day, std::size_t window, std::string_view part);

WeekForm week_form_of(const domain::OfficeHoursSettings& settings);
WeekForm week_form_from(const FormFields& form);
ParsedWeek parse_week(const WeekForm& week);
// The domain names a window by its place in hours.windows: this names its cell.
Error week_error_in_form(Error error, const ParsedWeek& parsed);

// "HH:MM" (or H:MM, or with a dot as Dutch people often write) from 00:00 to 24:00.
std::optional<std::chrono::minutes> parse_clock_time(std::string_view text);
std::string format_clock_time(std::chrono::minutes time);  // "09:00"

// "Maandag" from "maandag": the first ASCII letter in upper case, for a row header.
std::string capitalised(std::string_view text);

}  // namespace meldpunt::web
