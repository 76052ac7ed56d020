// RateLimiter: token buckets keyed on a salted hash of the client address. The
// salt is random per process and never written anywhere, and the address itself
// is not kept: the limiter can hold back a flood without tracking a person.
// Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "base/clock.hpp"

namespace meldpunt::security {

struct RateLimit {
    double burst = 10;       // attempts allowed at once
    double per_minute = 10;  // refill speed
    bool enabled = true;     // benchmarks may lift it (and say so)
};

class RateLimiter {
  public:
    explicit RateLimiter(RateLimit limit);
    // True when the attempt may go ahead; counts it.
    bool allow(std::string_view client_address, TimePoint now);
    // True when the next attempt would be refused; counts nothing. Lets callers
    // charge only failures (wrong receipts) while still refusing early.
    bool exhausted(std::string_view client_address, TimePoint now);
    // The salted hash this limiter keys `client_address` by: lets others count
    // per client (open chats) without keeping the address. Lives as long as
    // this process; never written anywhere.
    std::uint64_t opaque_key(std::string_view client_address) const { return key_of(client_address); }
    bool enabled() const { return m_limit.enabled; }

  private:
    struct Bucket {
        double tokens;
        TimePoint updated;
    };
    double refilled(const Bucket& bucket, TimePoint now) const;
    std::uint64_t key_of(std::string_view client_address) const;
    void forget_idle(TimePoint now);

    RateLimit m_limit;
    unsigned char m_salt[16];
    std::mutex m_mutex;
    std::unordered_map<std::uint64_t, Bucket> m_buckets;
};

}  // namespace meldpunt::security
