// The sentence that tells visitors whether the chat is open: "De chat is nu
// open, tot 17:00." or "De chat is nu gesloten (Koningsdag). Hij gaat weer open
// op dinsdag 28 april om 9:00." Made from the site's office-hours calendar and
// translated (weekday and month names too), for the home page, the chat page
// and the staff hours page. Pure over its inputs; thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "domain/office_hours.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

struct ChatAvailability {
    bool open = false;
    std::string sentence;
    // The sentence stays true until then: the end of the current window or the
    // next opening, the next local midnight (a holiday's name goes), and never
    // more than a minute on, so a stored change shows soon.
    TimePoint valid_until;
};

// The translated pattern with each {name} replaced by its value:
// fill(site, language, "It opens again at {time}.", {{"time", "9:00"}}).
std::string fill(const Site& site, Language language, std::string_view english,
                 std::initializer_list<std::pair<std::string_view, std::string>> values);

// From the site's calendar as it is now.
ChatAvailability chat_availability(const Site& site, Language language, TimePoint now);
// From given settings (a snapshot the caller holds already).
ChatAvailability chat_availability(const Site& site, Language language, TimePoint now,
                                   const domain::OfficeHoursSettings& settings);

// "dinsdag 28 april" / "Tuesday 28 April" (Europe/Amsterdam).
std::string local_day_name(const Site& site, Language language, TimePoint at);
// "9:00", "17:30": the local time of day as the chat sentences show it.
std::string local_clock_time(TimePoint at);

// The English weekday name, which is the msgid: "Monday".
std::string_view weekday_msgid(std::chrono::weekday day);

}  // namespace meldpunt::web
