#include "domain/chat_settings_desk.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace meldpunt::domain {

namespace {

CannedAnswer trimmed(CannedAnswer answer) {
    answer.title = std::string(trim(answer.title));
    answer.body = std::string(trim(answer.body));
    return answer;
}

}  // namespace

Result<void> ChatSettingsDesk::audit(AuditAction action, const StaffIdentity& staff) {
    return m_audit.record(action, staff.id);
}

Result<void> ChatSettingsDesk::save_weekly_hours(const StaffIdentity& staff, const WeeklyHours& hours) {
    if (auto saved = m_calendar.save_weekly_hours(hours); !saved) return saved;
    return audit(AuditAction::chat_hours_changed, staff);
}

Result<void> ChatSettingsDesk::add_closure(const StaffIdentity& staff, Closure closure) {
    closure.label = std::string(trim(closure.label));
    if (auto added = m_calendar.add_closure(closure); !added) return added;
    return audit(AuditAction::chat_closure_added, staff);
}

Result<void> ChatSettingsDesk::remove_closure(const StaffIdentity& staff, Date date) {
    if (auto removed = m_calendar.remove_closure(date); !removed) return removed;
    return audit(AuditAction::chat_closure_removed, staff);
}

Result<std::vector<CannedAnswer>> ChatSettingsDesk::canned_answers(const std::optional<std::string>& language) {
    auto answers = m_repository.list_canned_answers();
    if (!answers || !language) return answers;
    std::erase_if(*answers, [&](const CannedAnswer& answer) { return answer.language != *language; });
    return answers;
}

Result<std::int64_t> ChatSettingsDesk::add_canned_answer(const StaffIdentity& staff, CannedAnswer answer) {
    answer = trimmed(std::move(answer));
    if (auto problems = check_canned_answer(answer); !problems.empty()) return problems.front();
    if (answer.position == 0) {
        auto same_language = canned_answers(answer.language);
        if (!same_language) return same_language.error();
        int last = 0;
        for (const CannedAnswer& other : *same_language) last = std::max(last, other.position);
        answer.position = std::min(last + 1, kAnswerPositionMax);
    }
    auto id = m_repository.add_canned_answer(answer);
    if (!id) return id;
    if (auto logged = audit(AuditAction::canned_answer_added, staff); !logged) return logged.error();
    return id;
}

Result<void> ChatSettingsDesk::update_canned_answer(const StaffIdentity& staff, CannedAnswer answer) {
    answer = trimmed(std::move(answer));
    if (auto problems = check_canned_answer(answer); !problems.empty()) return problems.front();
    // An edit keeps the place in the list unless a new one is given.
    if (answer.position == 0) {
        auto all = m_repository.list_canned_answers();
        if (!all) return all.error();
        const auto found =
            std::find_if(all->begin(), all->end(), [&](const CannedAnswer& other) { return other.id == answer.id; });
        if (found == all->end()) return Error::make(ErrorCode::not_found, "There is no such answer.");
        answer.position = found->position;
    }
    if (auto updated = m_repository.update_canned_answer(answer); !updated) return updated;
    return audit(AuditAction::canned_answer_changed, staff);
}

Result<void> ChatSettingsDesk::remove_canned_answer(const StaffIdentity& staff, std::int64_t id) {
    if (auto removed = m_repository.remove_canned_answer(id); !removed) return removed;
    return audit(AuditAction::canned_answer_removed, staff);
}

}  // namespace meldpunt::domain
