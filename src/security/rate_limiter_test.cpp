#include "security/rate_limiter.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

TEST(RateLimiter, AllowsABurstThenRefillsOverTime) {
    initialise_crypto();
    RateLimiter limiter({3, 6, true});  // 3 at once, one every 10 seconds
    TimePoint now = from_unix_millis(1'000'000);
    EXPECT_TRUE(limiter.allow("192.0.2.1", now));
    EXPECT_TRUE(limiter.allow("192.0.2.1", now));
    EXPECT_TRUE(limiter.allow("192.0.2.1", now));
    EXPECT_FALSE(limiter.allow("192.0.2.1", now));
    EXPECT_TRUE(limiter.allow("192.0.2.2", now));  // another address has its own bucket
    now += std::chrono::seconds(10);
    EXPECT_TRUE(limiter.allow("192.0.2.1", now));
    EXPECT_FALSE(limiter.allow("192.0.2.1", now));
}

TEST(RateLimiter, ExhaustedPeeksWithoutCounting) {
    initialise_crypto();
    RateLimiter limiter({2, 1, true});
    const TimePoint now = from_unix_millis(0);
    EXPECT_FALSE(limiter.exhausted("a", now));
    EXPECT_FALSE(limiter.exhausted("a", now));
    EXPECT_TRUE(limiter.allow("a", now));
    EXPECT_TRUE(limiter.allow("a", now));
    EXPECT_TRUE(limiter.exhausted("a", now));
    EXPECT_TRUE(limiter.exhausted("a", now + std::chrono::seconds(59)));
    EXPECT_FALSE(limiter.exhausted("a", now + std::chrono::seconds(61)));
}

TEST(RateLimiter, CanBeLiftedForBenchmarks) {
    initialise_crypto();
    RateLimiter limiter({1, 1, false});
    const TimePoint now = from_unix_millis(0);
    for (int i = 0; i < 100; ++i) EXPECT_TRUE(limiter.allow("192.0.2.1", now));
}

}  // namespace meldpunt::security
