#include "security/form_token.hpp"

#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"

namespace meldpunt::security {

namespace {
constexpr std::size_t kPayloadSize = 8 + 16;  // expiry millis + nonce
constexpr std::size_t kMacSize = 16;
}  // namespace

FormTokens::FormTokens(std::chrono::minutes lifetime, std::size_t max_remembered)
    : m_lifetime(lifetime), m_max_remembered(max_remembered), m_secret(random_bytes(crypto_generichash_KEYBYTES)) {}

Bytes FormTokens::mac(const Bytes& payload) const {
    Bytes out(kMacSize);
    crypto_generichash(out.data(), out.size(), payload.data(), payload.size(), m_secret.data(), m_secret.size());
    return out;
}

std::string FormTokens::issue(TimePoint now) const {
    const auto expiry = static_cast<std::uint64_t>(to_unix_millis(now + m_lifetime));
    Bytes payload;
    for (int shift = 56; shift >= 0; shift -= 8) payload.push_back(static_cast<std::uint8_t>(expiry >> shift));
    const Bytes nonce = random_bytes(16);
    payload.insert(payload.end(), nonce.begin(), nonce.end());
    const Bytes tag = mac(payload);
    payload.insert(payload.end(), tag.begin(), tag.end());
    return to_base64url(payload);
}

FormTokenCheck FormTokens::redeem(std::string_view token, TimePoint now) {
    const auto bytes = from_base64url(token);
    if (!bytes || bytes->size() != kPayloadSize + kMacSize) return FormTokenCheck::invalid;
    const Bytes payload(bytes->begin(), bytes->begin() + kPayloadSize);
    const Bytes expected = mac(payload);
    if (sodium_memcmp(expected.data(), bytes->data() + kPayloadSize, kMacSize) != 0) return FormTokenCheck::invalid;
    std::uint64_t expiry = 0;
    for (int i = 0; i < 8; ++i) expiry = (expiry << 8) | payload[i];
    const TimePoint expires = from_unix_millis(static_cast<std::int64_t>(expiry));
    if (now > expires) return FormTokenCheck::expired;

    std::lock_guard lock(m_mutex);
    while (!m_used_order.empty() && m_used_order.front().first < now) {
        m_used.erase(m_used_order.front().second);
        m_used_order.pop_front();
    }
    if (m_used.contains(std::string(token))) return FormTokenCheck::already_used;
    // A flood that fills memory is refused rather than remembered.
    if (m_used.size() >= m_max_remembered) return FormTokenCheck::invalid;
    m_used.emplace(token);
    m_used_order.emplace_back(expires, std::string(token));
    return FormTokenCheck::valid;
}

}  // namespace meldpunt::security
