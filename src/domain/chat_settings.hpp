// The chat's settings that staff change on the back-office: the weekly opening
// windows with the two holiday settings, extra closures, and the canned answers
// of the chat console. Values and the checks they must pass before they are
// stored; the checks name the field to fix. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/office_hours.hpp"

namespace meldpunt::domain {

inline constexpr std::size_t kMaxWindowsPerDay = 3;
inline constexpr std::size_t kClosureLabelMax = 100;  // code points
inline constexpr std::size_t kAnswerTitleMax = 80;
inline constexpr std::size_t kAnswerBodyMax = 2000;

// The part of OfficeHoursSettings that is saved as a whole from one form; the
// closures are added and removed one at a time.
struct WeeklyHours {
    std::vector<WeeklyWindow> windows;
    LiberationDay liberation_day = LiberationDay::lustrum_years;
    bool closed_on_good_friday = false;
};

// A ready-made text staff can drop into a chat. `language` is "nl" or "en":
// the language of the conversations it is offered in.
struct CannedAnswer {
    std::int64_t id = 0;  // assigned by the repository
    std::string language = "nl";
    std::string title;  // what the console lists
    std::string body;   // what is sent
    int position = 0;   // order within its language, lowest first; 0 when adding: last
};
inline constexpr int kAnswerPositionMax = 999;

std::string_view code_of(LiberationDay setting);
std::optional<LiberationDay> parse_liberation_day(std::string_view code);

// Every problem at once. A window's field is "windows.<index in `hours.windows`>":
// the caller knows which row of its form that was. Windows on one day may touch
// (09:00-12:00, 12:00-17:00) but not overlap; at most kMaxWindowsPerDay a day.
std::vector<Error> check_weekly_hours(const WeeklyHours& hours);

// Fields "date" and "label". The date must not have a closure already.
std::vector<Error> check_closure(const Closure& closure, const std::vector<Closure>& existing);

// Fields "language", "title", "body" and "position" (0 to kAnswerPositionMax).
std::vector<Error> check_canned_answer(const CannedAnswer& answer);

}  // namespace meldpunt::domain
