// MailboxSessions: short-lived, memory-only sessions for a reporter who logged in
// with a receipt. A token maps to the unwrapped signal key; it is never written
// to disk, so a restart simply asks for the receipt again. The HTML mailbox
// rotates its token on every page, so a page left in the browser history (a
// shared phone, the Back button after a quick exit) holds a dead token. The
// number of sessions is capped and idle ones are swept regularly.
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

struct MailboxSession {
    std::string token;
    domain::MailboxKey key;
};

class MailboxSessions {
  public:
    explicit MailboxSessions(std::chrono::minutes idle_timeout = std::chrono::minutes(20),
                             std::size_t max_sessions = 50000);
    // nullopt when the cap is reached even after sweeping idle sessions.
    std::optional<std::string> open(domain::MailboxKey key, TimePoint now);
    // Returns a copy of the key and extends the session; nullopt when unknown or idle too long.
    std::optional<domain::MailboxKey> find(std::string_view token, TimePoint now);
    // Ends `token` and hands out a new one for the same mailbox.
    std::optional<MailboxSession> rotate(std::string_view token, TimePoint now);
    void close(std::string_view token);
    std::size_t size();

  private:
    struct Entry {
        domain::MailboxKey key;
        TimePoint last_used;
    };
    void sweep_if_due(TimePoint now);
    bool live(const Entry& entry, TimePoint now) const { return now - entry.last_used <= m_idle_timeout; }

    std::chrono::minutes m_idle_timeout;
    std::size_t m_max_sessions;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_sessions;
    TimePoint m_last_sweep{};
};

}  // namespace meldpunt::security
