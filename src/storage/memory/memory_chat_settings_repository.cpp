#include "storage/memory/memory_chat_settings_repository.hpp"

#include <algorithm>
#include <tuple>

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

Result<OfficeHoursSettings> MemoryChatSettingsRepository::load_office_hours() {
    std::lock_guard lock(m_mutex);
    OfficeHoursSettings settings;
    if (m_hours) {
        settings.windows = m_hours->windows;
        settings.liberation_day = m_hours->liberation_day;
        settings.closed_on_good_friday = m_hours->closed_on_good_friday;
    }
    for (const auto& [day, label] : m_closures) settings.closures.push_back({Date{day}, label});
    return settings;
}

Result<void> MemoryChatSettingsRepository::save_weekly_hours(const WeeklyHours& hours) {
    std::lock_guard lock(m_mutex);
    m_hours = hours;
    return Ok{};
}

Result<void> MemoryChatSettingsRepository::add_closure(const Closure& closure) {
    std::lock_guard lock(m_mutex);
    if (!m_closures.emplace(std::chrono::sys_days{closure.date}, closure.label).second)
        return Error::make(ErrorCode::conflict, "that date has a closure already");
    return Ok{};
}

Result<void> MemoryChatSettingsRepository::remove_closure(Date date) {
    std::lock_guard lock(m_mutex);
    if (m_closures.erase(std::chrono::sys_days{date}) == 0) return Error::make(ErrorCode::not_found, "no such closure");
    return Ok{};
}

Result<std::vector<CannedAnswer>> MemoryChatSettingsRepository::list_canned_answers() {
    std::lock_guard lock(m_mutex);
    std::vector<CannedAnswer> answers;
    for (const auto& [id, answer] : m_answers) answers.push_back(answer);
    // By language, position, id: as the SQLite store lists them (ids are already in order).
    std::stable_sort(answers.begin(), answers.end(), [](const CannedAnswer& a, const CannedAnswer& b) {
        return std::tie(a.language, a.position) < std::tie(b.language, b.position);
    });
    return answers;
}

Result<std::int64_t> MemoryChatSettingsRepository::add_canned_answer(const CannedAnswer& answer) {
    std::lock_guard lock(m_mutex);
    CannedAnswer stored = answer;
    stored.id = ++m_last_answer_id;
    m_answers.emplace(stored.id, stored);
    return stored.id;
}

Result<void> MemoryChatSettingsRepository::update_canned_answer(const CannedAnswer& answer) {
    std::lock_guard lock(m_mutex);
    const auto found = m_answers.find(answer.id);
    if (found == m_answers.end()) return Error::make(ErrorCode::not_found, "no such answer");
    found->second = answer;
    return Ok{};
}

Result<void> MemoryChatSettingsRepository::remove_canned_answer(std::int64_t id) {
    std::lock_guard lock(m_mutex);
    if (m_answers.erase(id) == 0) return Error::make(ErrorCode::not_found, "no such answer");
    return Ok{};
}

}  // namespace meldpunt::storage::memory
