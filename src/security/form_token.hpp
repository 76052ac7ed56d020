// FormTokens: a token in every public form that proves the form was fetched from
// us recently and is used once. Stateless to issue (expiry + nonce + MAC); the
// used nonces are remembered in memory until they expire anyway. No cookie and
// nothing about the visitor. Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/clock.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

enum class FormTokenCheck { valid, expired, invalid, already_used };

class FormTokens {
public:
    explicit FormTokens(std::chrono::minutes lifetime = std::chrono::minutes(120));
    std::string issue(TimePoint now) const;
    // Marks the token used when valid.
    FormTokenCheck redeem(std::string_view token, TimePoint now);

private:
    Bytes mac(const Bytes& payload) const;

    std::chrono::minutes m_lifetime;
    SecretBytes m_secret;  // per process: a restart invalidates open forms, which re-show with a new token
    std::mutex m_mutex;
    std::unordered_map<std::string, TimePoint> m_used;
};

}  // namespace meldpunt::security
