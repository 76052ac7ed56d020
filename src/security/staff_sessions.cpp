#include "security/staff_sessions.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"

namespace meldpunt::security {

namespace {
constexpr auto kSweepInterval = std::chrono::minutes(1);
}  // namespace

StaffSessions::StaffSessions(std::chrono::minutes idle_timeout, std::size_t max_sessions)
    : m_idle_timeout(idle_timeout), m_max_sessions(max_sessions) {}

std::string StaffSessions::key_of(std::string_view token) {
    std::string hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
    return hash;
}

void StaffSessions::sweep_if_due(TimePoint now) {
    // Idle sessions hold the service key: drop them soon, not only when touched.
    if (now - m_last_sweep < kSweepInterval && m_sessions.size() < m_max_sessions) return;
    m_last_sweep = now;
    std::erase_if(m_sessions, [&](const auto& entry) { return !live(entry.second, now); });
}

std::optional<std::string> StaffSessions::open(StaffSession session, TimePoint now) {
    std::string token = to_base64url(random_bytes(32));
    session.csrf_token = to_base64url(random_bytes(24));
    std::lock_guard lock(m_mutex);
    sweep_if_due(now);
    if (m_sessions.size() >= m_max_sessions) return std::nullopt;
    m_sessions.insert_or_assign(key_of(token), Entry{std::make_shared<const StaffSession>(std::move(session)), now});
    return token;
}

std::shared_ptr<const StaffSession> StaffSessions::find(std::string_view token, TimePoint now, bool touch) {
    if (token.empty()) return nullptr;
    const std::string key = key_of(token);
    std::lock_guard lock(m_mutex);
    sweep_if_due(now);
    const auto it = m_sessions.find(key);
    if (it == m_sessions.end()) return nullptr;
    if (!live(it->second, now)) {
        m_sessions.erase(it);
        return nullptr;
    }
    if (touch) it->second.last_used = now;
    return it->second.session;
}

void StaffSessions::close(std::string_view token) {
    const std::string key = key_of(token);
    std::lock_guard lock(m_mutex);
    m_sessions.erase(key);
}

std::size_t StaffSessions::close_all_of(domain::UserId user) {
    std::lock_guard lock(m_mutex);
    return std::erase_if(m_sessions,
                         [user](const auto& entry) { return entry.second.session->identity.id == user; });
}

std::size_t StaffSessions::size() {
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

}  // namespace meldpunt::security
