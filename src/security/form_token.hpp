// FormTokens: a token in every public form that proves the form was fetched from
// us recently and is used once. Stateless to issue (expiry + nonce + MAC); the
// used nonces are remembered in memory until they expire anyway. No cookie and
// nothing about the visitor. Thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_set>

#include "base/clock.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

enum class FormTokenCheck { valid, expired, invalid, already_used };

class FormTokens {
  public:
    explicit FormTokens(std::chrono::minutes lifetime = std::chrono::minutes(120),
                        std::size_t max_remembered = 1'000'000);
    std::string issue(TimePoint now) const;
    // Marks the token used when valid.
    FormTokenCheck redeem(std::string_view token, TimePoint now);

  private:
    Bytes mac(const Bytes& payload) const;

    std::chrono::minutes m_lifetime;
    std::size_t m_max_remembered;
    SecretBytes m_secret;  // per process: a restart invalidates open forms, which re-show with a new token
    std::mutex m_mutex;
    // Used tokens, forgotten in the order they were used once they have expired
    // (a token used later never expires much earlier: all live equally long).
    std::unordered_set<std::string> m_used;
    std::deque<std::pair<TimePoint, std::string>> m_used_order;
};

}  // namespace meldpunt::security
