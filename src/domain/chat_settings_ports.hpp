// The port where the chat's settings are kept: the office hours (weekly
// windows, the Liberation Day and Good Friday settings, extra closures) and the
// canned answers of the chat console. The repository stores what it is given;
// the checks in chat_settings.hpp run before (ChatSettingsDesk). Writes are
// durable before they return. Implementations live in storage/ and are
// thread-safe.
#pragma once

#include <vector>

#include "base/result.hpp"
#include "domain/chat_settings.hpp"
#include "domain/office_hours.hpp"

namespace meldpunt::domain {

class ChatSettingsRepository {
  public:
    virtual ~ChatSettingsRepository() = default;

    // The stored settings with every closure (sorted by date); the defaults of
    // OfficeHoursSettings (with the stored closures) until hours were saved.
    virtual Result<OfficeHoursSettings> load_office_hours() = 0;
    // Replaces the windows and both holiday settings; closures stay.
    virtual Result<void> save_weekly_hours(const WeeklyHours& hours) = 0;
    // conflict when that date has a closure already.
    virtual Result<void> add_closure(const Closure& closure) = 0;
    // not_found when that date has none.
    virtual Result<void> remove_closure(Date date) = 0;

    // Ordered by language, then position, then id.
    virtual Result<std::vector<CannedAnswer>> list_canned_answers() = 0;
    virtual Result<std::int64_t> add_canned_answer(const CannedAnswer& answer) = 0;
    // Writes every field of the answer with this id; not_found when absent.
    virtual Result<void> update_canned_answer(const CannedAnswer& answer) = 0;
    virtual Result<void> remove_canned_answer(std::int64_t id) = 0;  // not_found when absent
};

}  // namespace meldpunt::domain
