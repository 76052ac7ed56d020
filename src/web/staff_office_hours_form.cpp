#include "web/staff_office_hours_form.hpp"

#include <algorithm>
#include <charconv>

#include "base/text.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
using std::chrono::minutes;

const std::array<WeekFormDay, 7> kWeekForm = {{{std::chrono::Monday, "monday"},
                                               {std::chrono::Tuesday, "tuesday"},
                                               {std::chrono::Wednesday, "wednesday"},
                                               {std::chrono::Thursday, "thursday"},
                                               {std::chrono::Friday, "friday"},
                                               {std::chrono::Saturday, "saturday"},
                                               {std::chrono::Sunday, "sunday"}}};

std::string window_field(std::size_t day, std::size_t window) {
    return "hours." + std::string(kWeekForm[day].code) + "." + std::to_string(window + 1);
}

std::string form_name(std::size_t day, std::size_t window, std::string_view part) {
    return std::string(kWeekForm[day].code) + "_" + std::to_string(window + 1) + "_" + std::string(part);
}

std::optional<minutes> parse_clock_time(std::string_view text) {
    text = trim(text);
    const auto separator = text.find_first_of(":.");
    if (separator == std::string_view::npos || separator == 0 || separator > 2 || text.size() != separator + 3)
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    const auto number = [&](std::string_view digits, int& out) {
        const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
        return problem == std::errc{} && end == digits.data() + digits.size();
    };
    if (!number(text.substr(0, separator), hour) || !number(text.substr(separator + 1), minute)) return std::nullopt;
    if (hour < 0 || minute < 0 || minute > 59 || hour > 24 || (hour == 24 && minute != 0)) return std::nullopt;
    return minutes{hour * 60 + minute};
}

std::string format_clock_time(minutes time) {
    const auto hour = time.count() / 60;
    const auto minute = time.count() % 60;
    return (hour < 10 ? "0" : "") + std::to_string(hour) + (minute < 10 ? ":0" : ":") + std::to_string(minute);
}

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

WeekForm week_form_of(const OfficeHoursSettings& settings) {
    WeekForm week;
    for (std::size_t d = 0; d < kWeekForm.size(); ++d) {
        std::vector<WeeklyWindow> windows;
        for (const WeeklyWindow& window : settings.windows)
            if (window.day == kWeekForm[d].day) windows.push_back(window);
        std::sort(windows.begin(), windows.end(),
                  [](const WeeklyWindow& a, const WeeklyWindow& b) { return a.from < b.from; });
        for (std::size_t n = 0; n < windows.size() && n < kMaxWindowsPerDay; ++n)
            week.cells[d][n] = {format_clock_time(windows[n].from), format_clock_time(windows[n].to)};
    }
    week.liberation_day = std::string(code_of(settings.liberation_day));
    week.good_friday = settings.closed_on_good_friday;
    return week;
}

WeekForm week_form_from(const FormFields& form) {
    WeekForm week;
    for (std::size_t d = 0; d < kWeekForm.size(); ++d) {
        for (std::size_t n = 0; n < kMaxWindowsPerDay; ++n)
            week.cells[d][n] = {form_value(form, form_name(d, n, "from")), form_value(form, form_name(d, n, "to"))};
    }
    week.liberation_day = form_value(form, "liberation_day");
    week.good_friday = form_value(form, "good_friday") == "yes";
    return week;
}

ParsedWeek parse_week(const WeekForm& week) {
    ParsedWeek parsed;
    for (std::size_t d = 0; d < kWeekForm.size(); ++d) {
        for (std::size_t n = 0; n < kMaxWindowsPerDay; ++n) {
            const TypedWindow& typed = week.cells[d][n];
            const bool no_from = trim(typed.from).empty();
            const bool no_to = trim(typed.to).empty();
            if (no_from && no_to) continue;  // an unused window
            const std::string field = window_field(d, n);
            if (no_from || no_to) {
                parsed.errors.push_back(Error::invalid(field, "Give both a start and an end time."));
                continue;
            }
            const auto from = parse_clock_time(typed.from);
            const auto to = parse_clock_time(typed.to);
            if (!from || !to) {
                parsed.errors.push_back(Error::invalid(field, "Write a time as HH:MM, for example 09:00."));
                continue;
            }
            parsed.hours.windows.push_back({kWeekForm[d].day, *from, *to});
            parsed.fields.push_back(field);
        }
    }
    if (const auto setting = parse_liberation_day(week.liberation_day)) {
        parsed.hours.liberation_day = *setting;
    } else {
        parsed.errors.push_back(Error::invalid("liberation_day", "Choose a value from the list."));
    }
    parsed.hours.closed_on_good_friday = week.good_friday;
    // The domain's own checks (order, overlap), at the cells too, so that
    // every problem shows at once.
    for (const Error& error : check_weekly_hours(parsed.hours))
        parsed.errors.push_back(week_error_in_form(error, parsed));
    return parsed;
}

Error week_error_in_form(Error error, const ParsedWeek& parsed) {
    constexpr std::string_view kPrefix = "windows.";
    if (!error.field.starts_with(kPrefix)) return error;
    std::size_t index = 0;
    const std::string_view digits = std::string_view(error.field).substr(kPrefix.size());
    const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    error.field = problem == std::errc{} && index < parsed.fields.size() ? parsed.fields[index] : "";
    return error;
}

}  // namespace meldpunt::web
