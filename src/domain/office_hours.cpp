#include "domain/office_hours.hpp"

#include <algorithm>
#include <map>

namespace meldpunt::domain {

namespace {

using std::chrono::days;
using std::chrono::minutes;
using std::chrono::sys_days;

// Far enough to cross any run of holidays and closures, near enough that a
// calendar without any window answers at once.
constexpr int kSearchDays = 400;

struct Span {
    minutes from;
    minutes to;
};

// The windows of one weekday, sorted, with touching or overlapping windows
// joined: 09:00-12:00 and 12:00-17:00 is open until 17:00, not until 12:00.
// Empty or reversed windows are ignored rather than trusted.
std::vector<Span> spans_of(std::chrono::weekday day, const OfficeHoursSettings& settings) {
    std::vector<Span> spans;
    for (const WeeklyWindow& window : settings.windows) {
        if (window.day == day && window.from < window.to) spans.push_back({window.from, window.to});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    std::vector<Span> joined;
    for (const Span& span : spans) {
        if (!joined.empty() && span.from <= joined.back().to) {
            joined.back().to = std::max(joined.back().to, span.to);
        } else {
            joined.push_back(span);
        }
    }
    return joined;
}

bool is_lustrum_year(int year) {
    return year % 5 == 0;
}

// The holidays of the years a search touches (two or three) are worked out
// once per call instead of once per day.
class ClosedDays {
  public:
    explicit ClosedDays(const OfficeHoursSettings& settings) : m_settings(settings) {}

    // The name of the holiday or closure on `date`, or nullopt on an ordinary day.
    std::optional<std::string> reason(Date date) {
        const int year = static_cast<int>(date.year());
        auto found = m_holidays.find(year);
        if (found == m_holidays.end()) found = m_holidays.emplace(year, chat_holidays(year, m_settings)).first;
        for (const Holiday& holiday : found->second) {
            if (holiday.date == date) return std::string(holiday.name);
        }
        for (const Closure& closure : m_settings.closures) {
            if (closure.date == date) return closure.label;
        }
        return std::nullopt;
    }

  private:
    const OfficeHoursSettings& m_settings;
    std::map<int, std::vector<Holiday>> m_holidays;
};

std::optional<TimePoint> find_next_open(Date today, minutes now, TimePoint at, const OfficeHoursSettings& settings,
                                        ClosedDays& closed_days) {
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const Date day{sys_days{today} + days{offset}};
        if (closed_days.reason(day)) continue;
        for (const Span& span : spans_of(std::chrono::weekday{sys_days{day}}, settings)) {
            if (offset == 0 && span.from <= now) continue;
            // A window that starts in the hour the clocks skip opens at the
            // first valid instant (03:00); one that lies wholly inside that
            // hour does not happen at all that day.
            const TimePoint opens = to_time_point(day, span.from);
            if (opens > at && opens < to_time_point(day, span.to)) return opens;
        }
    }
    return std::nullopt;
}

}  // namespace

std::vector<WeeklyWindow> default_weekly_windows() {
    using namespace std::chrono;
    std::vector<WeeklyWindow> windows;
    for (const weekday day : {Monday, Tuesday, Wednesday, Thursday, Friday})
        windows.push_back({day, hours{9}, hours{17}});
    return windows;
}

std::vector<Holiday> chat_holidays(int year, const OfficeHoursSettings& settings) {
    // The deadline calendar already knows every date (and the King's Day move);
    // the chat only leaves out the two days that are settings here.
    std::vector<Holiday> holidays = deadline_holidays(year);
    std::erase_if(holidays, [&](const Holiday& holiday) {
        if (holiday.name == "Good Friday") return !settings.closed_on_good_friday;
        if (holiday.name == "Liberation Day") {
            switch (settings.liberation_day) {
                case LiberationDay::every_year:
                    return false;
                case LiberationDay::lustrum_years:
                    return !is_lustrum_year(year);
                case LiberationDay::never:
                    return true;
            }
        }
        return false;
    });
    return holidays;
}

OpeningState opening_state(TimePoint at, const OfficeHoursSettings& settings) {
    const Date today = local_date(at);
    const minutes now = local_minutes(at);
    const std::chrono::weekday weekday{sys_days{today}};
    ClosedDays closed_days(settings);
    OpeningState state;
    const std::vector<Span> spans = spans_of(weekday, settings);
    if (auto holiday = closed_days.reason(today)) {
        state.reason = std::move(*holiday);
    } else {
        for (const Span& span : spans) {
            if (span.from <= now && now < span.to) {
                state.open = true;
                state.reason = "open";
                state.closes_at = to_time_point(today, span.to);
                return state;
            }
        }
        const bool weekend = weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
        state.reason = weekend && spans.empty() ? "weekend" : "outside office hours";
    }
    state.next_open = find_next_open(today, now, at, settings, closed_days);
    return state;
}

}  // namespace meldpunt::domain
