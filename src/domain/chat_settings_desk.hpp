// ChatSettingsDesk: what staff change about the chat besides the chats
// themselves: the opening hours and closures (through StoredOfficeHours, so a
// change shows at once) and the canned answers of the console. Each change is
// checked, stored, and then written to the audit trail (codes only: which kind
// of change, by whom). Who may do what is the route's permission
// (chat_hours_manage, chat_answers_manage). Thread-safe (its parts are).
#pragma once

#include <optional>
#include <string>

#include "domain/chat_settings_ports.hpp"
#include "domain/staff.hpp"
#include "domain/staff_ports.hpp"
#include "domain/stored_office_hours.hpp"

namespace meldpunt::domain {

class ChatSettingsDesk {
  public:
    ChatSettingsDesk(ChatSettingsRepository& repository, StoredOfficeHours& calendar, AuditLog& audit)
        : m_repository(repository), m_calendar(calendar), m_audit(audit) {}

    std::shared_ptr<const OfficeHoursSettings> office_hours() const { return m_calendar.current(); }
    Result<void> save_weekly_hours(const StaffIdentity& staff, const WeeklyHours& hours);
    // The label is stored trimmed.
    Result<void> add_closure(const StaffIdentity& staff, Closure closure);
    Result<void> remove_closure(const StaffIdentity& staff, Date date);

    // In the console's order; only one language when given ("nl", "en").
    Result<std::vector<CannedAnswer>> canned_answers(const std::optional<std::string>& language = std::nullopt);
    // Title and body are stored trimmed; position 0 puts the answer last in its language.
    Result<std::int64_t> add_canned_answer(const StaffIdentity& staff, CannedAnswer answer);
    Result<void> update_canned_answer(const StaffIdentity& staff, CannedAnswer answer);
    Result<void> remove_canned_answer(const StaffIdentity& staff, std::int64_t id);

  private:
    Result<void> audit(AuditAction action, const StaffIdentity& staff);

    ChatSettingsRepository& m_repository;
    StoredOfficeHours& m_calendar;
    AuditLog& m_audit;
};

}  // namespace meldpunt::domain
