#include "security/mailbox_sessions.hpp"

#include "base/secure_random.hpp"
#include "base/text.hpp"

namespace meldpunt::security {

MailboxSessions::MailboxSessions(std::chrono::minutes idle_timeout, std::size_t max_sessions)
    : m_idle_timeout(idle_timeout), m_max_sessions(max_sessions) {}

std::string MailboxSessions::open(domain::MailboxKey key, TimePoint now) {
    std::string token = to_base64url(random_bytes(32));
    std::lock_guard lock(m_mutex);
    if (m_sessions.size() >= m_max_sessions) forget_idle(now);
    m_sessions.insert_or_assign(token, Session{std::move(key), now});
    return token;
}

std::optional<domain::MailboxKey> MailboxSessions::find(std::string_view token, TimePoint now) {
    std::lock_guard lock(m_mutex);
    const auto it = m_sessions.find(std::string(token));
    if (it == m_sessions.end()) return std::nullopt;
    if (now - it->second.last_used > m_idle_timeout) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->second.last_used = now;
    return it->second.key;
}

void MailboxSessions::close(std::string_view token) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(std::string(token));
}

void MailboxSessions::forget_idle(TimePoint now) {
    std::erase_if(m_sessions, [&](const auto& entry) { return now - entry.second.last_used > m_idle_timeout; });
}

}  // namespace meldpunt::security
