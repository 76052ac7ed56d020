// MemoryChatSettingsRepository: the ChatSettingsRepository port in memory, for
// domain and web tests. Behaves as the SQLite one does (defaults until hours
// are saved, one closure per date, answers in the console's order).
// Thread-safe (one mutex).
#pragma once

#include <map>
#include <mutex>
#include <optional>

#include "domain/chat_settings_ports.hpp"

namespace meldpunt::storage::memory {

class MemoryChatSettingsRepository final : public domain::ChatSettingsRepository {
  public:
    Result<domain::OfficeHoursSettings> load_office_hours() override;
    Result<void> save_weekly_hours(const domain::WeeklyHours& hours) override;
    Result<void> add_closure(const domain::Closure& closure) override;
    Result<void> remove_closure(Date date) override;

    Result<std::vector<domain::CannedAnswer>> list_canned_answers() override;
    Result<std::int64_t> add_canned_answer(const domain::CannedAnswer& answer) override;
    Result<void> update_canned_answer(const domain::CannedAnswer& answer) override;
    Result<void> remove_canned_answer(std::int64_t id) override;

  private:
    std::mutex m_mutex;
    std::optional<domain::WeeklyHours> m_hours;  // empty: never saved
    std::map<std::chrono::sys_days, std::string> m_closures;
    std::map<std::int64_t, domain::CannedAnswer> m_answers;
    std::int64_t m_last_answer_id = 0;
};

}  // namespace meldpunt::storage::memory
