#include "security/rate_limiter.hpp"

#include <sodium.h>

#include <algorithm>

namespace meldpunt::security {

namespace {
constexpr std::size_t kForgetAbove = 100000;  // bound memory under a spray of addresses
}

RateLimiter::RateLimiter(RateLimit limit) : m_limit(limit) {
    randombytes_buf(m_salt, sizeof m_salt);
}

std::uint64_t RateLimiter::key_of(std::string_view client_address) const {
    unsigned char hash[8];
    crypto_shorthash_siphash24(hash, reinterpret_cast<const unsigned char*>(client_address.data()),
                               client_address.size(), m_salt);
    std::uint64_t key = 0;
    for (unsigned char byte : hash) key = (key << 8) | byte;
    return key;
}

bool RateLimiter::allow(std::string_view client_address, TimePoint now) {
    if (!m_limit.enabled) return true;
    const auto key = key_of(client_address);
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > kForgetAbove) forget_idle(now);
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_limit.burst, now});
    Bucket& bucket = it->second;
    bucket.tokens = refilled(bucket, now);
    bucket.updated = now;
    if (bucket.tokens < 1.0) return false;
    bucket.tokens -= 1.0;
    return true;
}

double RateLimiter::refilled(const Bucket& bucket, TimePoint now) const {
    const double minutes = std::chrono::duration<double>(now - bucket.updated).count() / 60.0;
    return std::min(m_limit.burst, bucket.tokens + std::max(0.0, minutes) * m_limit.per_minute);
}

bool RateLimiter::exhausted(std::string_view client_address, TimePoint now) {
    if (!m_limit.enabled) return false;
    const auto key = key_of(client_address);
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.find(key);
    return it != m_buckets.end() && refilled(it->second, now) < 1.0;
}

void RateLimiter::forget_idle(TimePoint now) {
    // A bucket that would be full again holds no information: drop it.
    std::erase_if(m_buckets, [&](const auto& entry) { return refilled(entry.second, now) >= m_limit.burst; });
}

}  // namespace meldpunt::security
