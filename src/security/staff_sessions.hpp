// StaffSessions: the signed-in members of staff, in memory only. A session holds
// who the person is, a CSRF token for their forms and, for roles that handle
// case content, the service private key unwrapped at sign-in: it never touches
// the disk, so a restart signs everyone out and leaves no key behind. Sessions
// end after an idle time (30 minutes by default), on sign-out, or all at once
// for one person ("sign out everywhere", a disabled account).
// Thread-safe. A StaffSession is immutable once opened.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/clock.hpp"
#include "base/secret.hpp"
#include "domain/staff.hpp"

namespace meldpunt::security {

struct StaffSession {
    domain::StaffIdentity identity;
    SecretBytes service_key;  // empty: no access to case content
    std::string csrf_token;
    // Signed in with a one-time password: only the password change is open.
    bool password_change_required = false;
    // The account's credential stamp at sign-in (staff_accounts.hpp): when it
    // changes (a reset, a new password), this session ends.
    std::string credential_stamp;
};

class StaffSessions {
  public:
    explicit StaffSessions(std::chrono::minutes idle_timeout = std::chrono::minutes(30),
                           std::size_t max_sessions = 10000);

    // Returns the token (for the cookie or the bearer header); nullopt when full.
    std::optional<std::string> open(StaffSession session, TimePoint now);
    // The session behind `token`, kept alive (unless `touch` is false: a check
    // that is no use of it); nullptr when unknown or idle too long.
    std::shared_ptr<const StaffSession> find(std::string_view token, TimePoint now, bool touch = true);
    void close(std::string_view token);
    // Every session of one person: sign out everywhere, or an account disabled.
    std::size_t close_all_of(domain::UserId user);
    std::size_t size();
    std::chrono::minutes idle_timeout() const { return m_idle_timeout; }

  private:
    struct Entry {
        std::shared_ptr<const StaffSession> session;
        TimePoint last_used;
    };
    void sweep_if_due(TimePoint now);
    bool live(const Entry& entry, TimePoint now) const { return now - entry.last_used <= m_idle_timeout; }
    static std::string key_of(std::string_view token);

    std::chrono::minutes m_idle_timeout;
    std::size_t m_max_sessions;
    std::mutex m_mutex;
    // Keyed by a hash of the token, so the map itself holds no usable token.
    std::unordered_map<std::string, Entry> m_sessions;
    TimePoint m_last_sweep{};
};

}  // namespace meldpunt::security
