// The chat's calendar: weekly opening windows in Europe/Amsterdam, the Dutch
// holidays on which the chat closes (Liberation Day and Good Friday are
// settings, see DOMAIN.md section 7), and extra closures an administrator adds.
// Plain values and free functions; the caller owns the settings. All functions
// are pure and thread-safe; a settings value must not change while read.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "base/working_days.hpp"

namespace meldpunt::domain {

// One opening window on a weekday, [from, to) in local minutes after midnight
// (to may be 24h). A day may have several windows (a lunch break).
struct WeeklyWindow {
    std::chrono::weekday day;
    std::chrono::minutes from;
    std::chrono::minutes to;
};

// A day the chat is closed besides the holidays (training day, staff shortage).
struct Closure {
    Date date;
    std::string label;  // shown as the reason, e.g. "Training day"
};

// When the chat closes on 5 May: many employers give it only in lustrum years
// (divisible by 5: 2025, 2030, ...).
enum class LiberationDay { every_year, lustrum_years, never };

std::vector<WeeklyWindow> default_weekly_windows();  // Monday to Friday, 09:00-17:00

struct OfficeHoursSettings {
    std::vector<WeeklyWindow> windows = default_weekly_windows();
    LiberationDay liberation_day = LiberationDay::lustrum_years;
    bool closed_on_good_friday = false;
    std::vector<Closure> closures;
};

// The holidays of `year` on which the chat closes, sorted by date: New Year's
// Day, Easter Monday, King's Day, Liberation Day (per setting), Ascension Day,
// Whit Monday, Christmas Day, Boxing Day, and Good Friday when set. Closures
// are not included.
std::vector<Holiday> chat_holidays(int year, const OfficeHoursSettings& settings);

struct OpeningState {
    bool open = false;
    // "open", "weekend", "outside office hours", or the holiday's or closure's name.
    std::string reason;
    std::optional<TimePoint> closes_at;  // when open: the end of the current window
    std::optional<TimePoint> next_open;  // when closed: the next opening, if any within 400 days
};

OpeningState opening_state(TimePoint at, const OfficeHoursSettings& settings);

// Where the chat's current calendar comes from. The stored one changes when an
// administrator edits it, and takes effect without a restart; readers keep the
// snapshot they got for as long as they use it. Implementations are thread-safe.
class OfficeHoursCalendar {
  public:
    virtual ~OfficeHoursCalendar() = default;
    virtual std::shared_ptr<const OfficeHoursSettings> current() const = 0;
};

// A calendar that never changes: the defaults, or fixed settings in tests.
class FixedOfficeHours final : public OfficeHoursCalendar {
  public:
    explicit FixedOfficeHours(OfficeHoursSettings settings = {})
        : m_settings(std::make_shared<const OfficeHoursSettings>(std::move(settings))) {}
    std::shared_ptr<const OfficeHoursSettings> current() const override { return m_settings; }

  private:
    std::shared_ptr<const OfficeHoursSettings> m_settings;
};

}  // namespace meldpunt::domain
