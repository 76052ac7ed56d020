#include "security/mailbox_sessions.hpp"

#include "base/secure_random.hpp"
#include "base/text.hpp"

namespace meldpunt::security {

namespace {
constexpr auto kSweepInterval = std::chrono::minutes(1);
std::string new_token() {
    return to_base64url(random_bytes(32));
}
}  // namespace

MailboxSessions::MailboxSessions(std::chrono::minutes idle_timeout, std::size_t max_sessions)
    : m_idle_timeout(idle_timeout), m_max_sessions(max_sessions) {}

void MailboxSessions::sweep_if_due(TimePoint now) {
    // Idle sessions hold unwrapped keys: drop them soon, not only when touched.
    if (now - m_last_sweep < kSweepInterval && m_sessions.size() < m_max_sessions) return;
    m_last_sweep = now;
    std::erase_if(m_sessions, [&](const auto& entry) { return !live(entry.second, now); });
}

std::optional<std::string> MailboxSessions::open(domain::MailboxKey key, TimePoint now) {
    std::string token = new_token();
    std::lock_guard lock(m_mutex);
    sweep_if_due(now);
    if (m_sessions.size() >= m_max_sessions) return std::nullopt;
    m_sessions.insert_or_assign(token, Entry{std::move(key), now});
    return token;
}

std::optional<domain::MailboxKey> MailboxSessions::find(std::string_view token, TimePoint now) {
    std::lock_guard lock(m_mutex);
    sweep_if_due(now);
    const auto it = m_sessions.find(std::string(token));
    if (it == m_sessions.end()) return std::nullopt;
    if (!live(it->second, now)) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->second.last_used = now;
    return it->second.key;
}

std::optional<MailboxSession> MailboxSessions::rotate(std::string_view token, TimePoint now) {
    std::lock_guard lock(m_mutex);
    sweep_if_due(now);
    const auto it = m_sessions.find(std::string(token));
    if (it == m_sessions.end()) return std::nullopt;
    Entry entry = std::move(it->second);
    m_sessions.erase(it);
    if (!live(entry, now)) return std::nullopt;
    entry.last_used = now;
    MailboxSession session{new_token(), entry.key};
    m_sessions.emplace(session.token, std::move(entry));
    return session;
}

void MailboxSessions::close(std::string_view token) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(std::string(token));
}

std::size_t MailboxSessions::size() {
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

}  // namespace meldpunt::security
