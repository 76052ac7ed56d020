#include "web/chat_availability.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace meldpunt::web {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr auto kLongestValid = std::chrono::minutes{1};

constexpr std::array<std::string_view, 12> kMonths = {"January",   "February", "March",    "April",
                                                      "May",       "June",     "July",     "August",
                                                      "September", "October",  "November", "December"};

// Holidays have English names with a translation; a closure's label is shown
// as the administrator typed it; weekends and evenings need no reason.
std::optional<std::string> closed_reason(const Site& site, Language language, Date today,
                                         const domain::OpeningState& state,
                                         const domain::OfficeHoursSettings& settings) {
    if (state.reason == "weekend" || state.reason == "outside office hours") return std::nullopt;
    for (const Holiday& holiday : domain::chat_holidays(static_cast<int>(today.year()), settings)) {
        if (holiday.date == today) return std::string(site.tr(language, holiday.name));
    }
    return state.reason;
}

// Always the weekday and the date, also for today or tomorrow: a page read
// around midnight, or kept open, cannot then say the wrong day.
std::string next_opening(const Site& site, Language language, TimePoint opens) {
    return fill(site, language, "It opens again on {date} at {time}.",
                {{"date", local_day_name(site, language, opens)}, {"time", local_clock_time(opens)}});
}

}  // namespace

std::string fill(const Site& site, Language language, std::string_view english,
                 std::initializer_list<std::pair<std::string_view, std::string>> values) {
    return site.translations.fill(language, english, values);
}

std::string_view weekday_msgid(std::chrono::weekday day) {
    static constexpr std::array<std::string_view, 7> kNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                               "Thursday", "Friday", "Saturday"};
    return kNames[day.c_encoding() % 7];
}

std::string local_day_name(const Site& site, Language language, TimePoint at) {
    const Date date = local_date(at);
    const std::chrono::weekday weekday{sys_days{date}};
    return std::string(site.tr(language, weekday_msgid(weekday))) + " " +
           std::to_string(static_cast<unsigned>(date.day())) + " " +
           std::string(site.tr(language, kMonths[static_cast<unsigned>(date.month()) - 1]));
}

std::string local_clock_time(TimePoint at) {
    const auto minutes = local_minutes(at).count();
    const auto minute = minutes % 60;
    return std::to_string(minutes / 60) + (minute < 10 ? ":0" : ":") + std::to_string(minute);
}

ChatAvailability chat_availability(const Site& site, Language language, TimePoint now) {
    const auto settings = site.settings.office_hours->current();
    return chat_availability(site, language, now, *settings);
}

ChatAvailability chat_availability(const Site& site, Language language, TimePoint now,
                                   const domain::OfficeHoursSettings& settings) {
    const domain::OpeningState state = domain::opening_state(now, settings);
    const Date today = local_date(now);
    ChatAvailability availability;
    availability.open = state.open;
    TimePoint valid_until = std::min(now + kLongestValid, to_time_point(Date{sys_days{today} + days{1}}, {}));
    if (state.open) {
        const TimePoint closes = state.closes_at.value_or(valid_until);
        // A window until 24:00 ends at the next midnight, which reads better as 24:00 than 0:00.
        const std::string until = local_date(closes) != today ? "24:00" : local_clock_time(closes);
        availability.sentence = fill(site, language, "The chat is open now, until {time}.", {{"time", until}});
        valid_until = std::min(valid_until, closes);
    } else {
        const auto reason = closed_reason(site, language, today, state, settings);
        availability.sentence = reason
                                    ? fill(site, language, "The chat is closed now ({reason}).", {{"reason", *reason}})
                                    : std::string(site.tr(language, "The chat is closed now."));
        availability.sentence += " ";
        if (state.next_open) {
            availability.sentence += next_opening(site, language, *state.next_open);
            valid_until = std::min(valid_until, *state.next_open);
        } else {
            availability.sentence += site.tr(language, "No chat hours are planned. You can always call us.");
        }
    }
    availability.valid_until = valid_until;
    return availability;
}

}  // namespace meldpunt::web
