// `meldpunt hours --at TIME`: whether the chat is open at that moment, for
// operators and scripts. The first word is `open` or `closed`; the rest is for
// people: until when, or why not and when it opens next (Europe/Amsterdam).
// It reads the settings stored in --data (what staff set on the hours page).
#include <array>
#include <iostream>

#include "base/working_days.hpp"
#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "domain/office_hours.hpp"
#include "storage/sqlite/sqlite_chat_settings_repository.hpp"

namespace meldpunt::cli {

namespace {

std::string_view weekday_name(TimePoint at) {
    static constexpr std::array<std::string_view, 7> kNames{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday", "Saturday"};
    return kNames[std::chrono::weekday{std::chrono::sys_days{local_date(at)}}.c_encoding()];
}

// The settings in the data folder, as the server reads them; the defaults when
// there is no data folder there. A missing folder is not created: asking about
// the hours must not start a new, empty service.
Result<domain::OfficeHoursSettings> stored_settings(const std::filesystem::path& dir) {
    if (!std::filesystem::exists(dir / "keys")) return domain::OfficeHoursSettings{};
    auto folder = open_data_folder(dir, CreateFolder::never);
    if (!folder) return folder.error();
    storage::sqlite::SqliteChatSettingsRepository repository(folder->store);
    auto settings = repository.load_office_hours();
    if (!settings)
        return Error::make(settings.error().code, "cannot read the office hours: " + settings.error().message);
    return settings;
}

// "17:00": the time part of "29-11-2026 17:00".
std::string local_time_of_day(TimePoint at) {
    return format_local_date_time(at).substr(11);
}

}  // namespace

std::string describe_opening(const domain::OpeningState& state) {
    if (state.open) {
        if (!state.closes_at) return "open";
        // No window ends at 00:00 but one that runs to the end of the day.
        const std::string until = local_time_of_day(*state.closes_at);
        return "open until " + (until == "00:00" ? std::string("24:00") : until);
    }
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
    auto settings = stored_settings(options.data_dir);
    if (!settings) {
        std::cerr << settings.error().message << "\n";
        return 1;
    }
    std::cout << describe_opening(domain::opening_state(at, *settings)) << "\n";
    return 0;
}

}  // namespace meldpunt::cli
