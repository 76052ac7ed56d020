// MailboxSessions: short-lived, memory-only sessions for a reporter who logged in
// with a receipt. The token is random and maps to the unwrapped signal key; it is
// never written to disk, so a restart simply asks for the receipt again.
// Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/clock.hpp"
#include "domain/reporter_desk.hpp"

namespace meldpunt::security {

class MailboxSessions {
public:
    explicit MailboxSessions(std::chrono::minutes idle_timeout = std::chrono::minutes(20),
                             std::size_t max_sessions = 100000);
    std::string open(domain::MailboxKey key, TimePoint now);
    // Returns a copy of the key and extends the session; nullopt when unknown or idle too long.
    std::optional<domain::MailboxKey> find(std::string_view token, TimePoint now);
    void close(std::string_view token);

private:
    struct Session {
        domain::MailboxKey key;
        TimePoint last_used;
    };
    void forget_idle(TimePoint now);

    std::chrono::minutes m_idle_timeout;
    std::size_t m_max_sessions;
    std::mutex m_mutex;
    std::unordered_map<std::string, Session> m_sessions;
};

}  // namespace meldpunt::security
