#include "security/form_token.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

TEST(FormTokens, ValidOnceWithinItsLifetime) {
    initialise_crypto();
    FormTokens tokens(std::chrono::minutes(10));
    const TimePoint now = from_unix_millis(5'000'000);
    const std::string token = tokens.issue(now);
    EXPECT_EQ(tokens.redeem(token, now + std::chrono::minutes(1)), FormTokenCheck::valid);
    EXPECT_EQ(tokens.redeem(token, now + std::chrono::minutes(1)), FormTokenCheck::already_used);
    EXPECT_EQ(tokens.redeem(tokens.issue(now), now + std::chrono::minutes(11)), FormTokenCheck::expired);
}

TEST(FormTokens, ForgedOrForeignTokensAreInvalid) {
    initialise_crypto();
    FormTokens ours;
    FormTokens theirs;
    const TimePoint now = from_unix_millis(0);
    EXPECT_EQ(ours.redeem(theirs.issue(now), now), FormTokenCheck::invalid);
    EXPECT_EQ(ours.redeem("garbage", now), FormTokenCheck::invalid);
    std::string token = ours.issue(now);
    token[3] = token[3] == 'A' ? 'B' : 'A';
    EXPECT_EQ(ours.redeem(token, now), FormTokenCheck::invalid);
}

}  // namespace meldpunt::security

namespace meldpunt::security {

TEST(FormTokens, ExpiredUseIsForgottenAndMemoryIsCapped) {
    initialise_crypto();
    FormTokens tokens(std::chrono::minutes(10), 2);
    TimePoint now = from_unix_millis(0);
    EXPECT_EQ(tokens.redeem(tokens.issue(now), now), FormTokenCheck::valid);
    EXPECT_EQ(tokens.redeem(tokens.issue(now), now), FormTokenCheck::valid);
    EXPECT_EQ(tokens.redeem(tokens.issue(now), now), FormTokenCheck::invalid);  // cap reached
    now += std::chrono::minutes(11);
    EXPECT_EQ(tokens.redeem(tokens.issue(now), now), FormTokenCheck::valid);  // the old two were forgotten
}

}  // namespace meldpunt::security
