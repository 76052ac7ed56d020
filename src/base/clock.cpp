#include "base/clock.hpp"

#include "base/amsterdam_zone.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace meldpunt {

// The service works in Dutch local time; the zone database comes from the system.
const date::time_zone* amsterdam_zone() {
    static const date::time_zone* zone = date::locate_zone("Europe/Amsterdam");
    return zone;
}

std::string format_iso8601_utc(TimePoint at) {
    return date::format("%FT%TZ", std::chrono::time_point_cast<std::chrono::seconds>(at));
}

bool parse_iso8601(std::string_view text, TimePoint& out) {
    std::istringstream stream{std::string(text)};
    date::sys_seconds seconds;
    if (text.ends_with('Z')) {
        stream >> date::parse("%FT%TZ", seconds);
    } else {
        stream >> date::parse("%FT%T%Ez", seconds);
    }
    if (stream.fail()) return false;
    out = std::chrono::time_point_cast<std::chrono::milliseconds>(seconds);
    return true;
}

std::string format_local_date(TimePoint at) {
    const auto local = date::make_zoned(amsterdam_zone(), std::chrono::time_point_cast<std::chrono::seconds>(at));
    return date::format("%d-%m-%Y", local);
}

std::string format_local_date_time(TimePoint at) {
    const auto local = date::make_zoned(amsterdam_zone(), std::chrono::time_point_cast<std::chrono::minutes>(at));
    return date::format("%d-%m-%Y %H:%M", local);
}

std::int64_t to_unix_millis(TimePoint at) {
    return at.time_since_epoch().count();
}

TimePoint from_unix_millis(std::int64_t millis) {
    return TimePoint{std::chrono::milliseconds{millis}};
}

}  // namespace meldpunt
