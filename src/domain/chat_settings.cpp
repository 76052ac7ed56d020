#include "domain/chat_settings.hpp"

#include <algorithm>
#include <map>

#include "domain/enum_codes.hpp"
#include "domain/signal.hpp"

namespace meldpunt::domain {

namespace {

// Stored in the settings table: a code, once written, must not change.
constexpr auto kLiberationDayCodes = enum_codes<LiberationDay>(std::pair{LiberationDay::every_year, "every_year"},
                                                               std::pair{LiberationDay::lustrum_years, "lustrum_years"},
                                                               std::pair{LiberationDay::never, "never"});

constexpr std::chrono::minutes kEndOfDay{24 * 60};

std::string window_field(std::size_t index) {
    return "windows." + std::to_string(index);
}

}  // namespace

std::string_view code_of(LiberationDay setting) {
    return kLiberationDayCodes.code(setting);
}

std::optional<LiberationDay> parse_liberation_day(std::string_view code) {
    return kLiberationDayCodes.parse(code);
}

std::vector<Error> check_weekly_hours(const WeeklyHours& hours) {
    std::vector<Error> errors;
    // Per weekday, the indexes of its sound windows, to compare with each other.
    std::map<unsigned, std::vector<std::size_t>> by_day;
    for (std::size_t i = 0; i < hours.windows.size(); ++i) {
        const WeeklyWindow& window = hours.windows[i];
        if (!window.day.ok()) {
            errors.push_back(Error::invalid(window_field(i), "Choose a day of the week."));
            continue;
        }
        if (window.from < std::chrono::minutes{0} || window.to > kEndOfDay || window.from >= window.to) {
            errors.push_back(
                Error::invalid(window_field(i), "A window must start before it ends, between 00:00 and 24:00."));
            continue;
        }
        auto& same_day = by_day[window.day.c_encoding()];
        if (same_day.size() == kMaxWindowsPerDay) {
            errors.push_back(Error::invalid(window_field(i), "A day has at most three windows."));
            continue;
        }
        const bool overlaps = std::any_of(same_day.begin(), same_day.end(), [&](std::size_t other) {
            return window.from < hours.windows[other].to && hours.windows[other].from < window.to;
        });
        if (overlaps) {
            errors.push_back(Error::invalid(window_field(i), "This window overlaps another window on the same day."));
            continue;
        }
        same_day.push_back(i);
    }
    return errors;
}

std::vector<Error> check_closure(const Closure& closure, const std::vector<Closure>& existing) {
    std::vector<Error> errors;
    if (!closure.date.ok()) {
        errors.push_back(Error::invalid("date", "Give a date that exists, for example 2026-12-24."));
    } else if (std::any_of(existing.begin(), existing.end(),
                           [&](const Closure& other) { return other.date == closure.date; })) {
        errors.push_back(Error::invalid("date", "There is already a closure on this date."));
    }
    if (auto problem =
            check_free_text("label", closure.label, kClosureLabelMax, "Keep the reason to 100 characters or fewer."))
        errors.push_back(*problem);
    return errors;
}

std::vector<Error> check_canned_answer(const CannedAnswer& answer) {
    std::vector<Error> errors;
    if (answer.language != "nl" && answer.language != "en")
        errors.push_back(Error::invalid("language", "Choose Dutch or English."));
    if (auto problem =
            check_free_text("title", answer.title, kAnswerTitleMax, "Keep the title to 80 characters or fewer."))
        errors.push_back(*problem);
    if (auto problem =
            check_free_text("body", answer.body, kAnswerBodyMax, "Keep the answer to 2,000 characters or fewer."))
        errors.push_back(*problem);
    if (answer.position < 0 || answer.position > kAnswerPositionMax)
        errors.push_back(Error::invalid("position", "Give a place in the list from 1 to 999, or leave it empty."));
    return errors;
}

}  // namespace meldpunt::domain
