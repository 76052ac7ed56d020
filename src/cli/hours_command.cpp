// `meldpunt hours --at TIME`: whether the chat is open at that moment, for
// operators and scripts. The first word is `open` or `closed`; the rest is for
// people: until when, or why not and when it opens next (Europe/Amsterdam).
#include <array>
#include <iostream>

#include "base/working_days.hpp"
#include "cli/commands.hpp"
#include "domain/office_hours.hpp"

namespace meldpunt::cli {

namespace {

std::string_view weekday_name(TimePoint at) {
    static constexpr std::array<std::string_view, 7> kNames{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday", "Saturday"};
    return kNames[std::chrono::weekday{std::chrono::sys_days{local_date(at)}}.c_encoding()];
}

// "17:00": the time part of "29-11-2026 17:00".
std::string local_time_of_day(TimePoint at) {
    return format_local_date_time(at).substr(11);
}

}  // namespace

std::string describe_opening(const domain::OpeningState& state) {
    if (state.open) return state.closes_at ? "open until " + local_time_of_day(*state.closes_at) : "open";
    std::string text = "closed (" + state.reason + ")";
    if (state.next_open) {
        text +=
            "; opens " + std::string(weekday_name(*state.next_open)) + " " + format_local_date_time(*state.next_open);
    } else {
        text += "; no opening hours in the next 400 days";
    }
    return text;
}

int hours(const HoursOptions& options) {
    TimePoint at = SystemClock{}.now();
    if (options.at && !parse_iso8601(*options.at, at)) {
        std::cerr << "error: --at must be an ISO 8601 time such as 2026-04-27T10:00:00+02:00 or "
                     "2026-04-27T08:00:00Z, not \""
                  << *options.at << "\"\n";
        return 2;
    }
    // The default calendar for now. options.data_dir is accepted like on every
    // command but not read, and not created when missing: the settings stored
    // in the data folder (closures, Good Friday, Liberation Day) come later.
    const domain::OfficeHoursSettings settings;
    std::cout << describe_opening(domain::opening_state(at, settings)) << "\n";
    return 0;
}

}  // namespace meldpunt::cli
