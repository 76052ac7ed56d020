#include "security/totp.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"

namespace meldpunt::security {

namespace {

const Bytes kRfcSecret = to_bytes("12345678901234567890");

TimePoint at_seconds(std::int64_t seconds) {
    return TimePoint{std::chrono::seconds{seconds}};
}

}  // namespace

TEST(TotpTest, MatchesRfc6238Sha1Vectors) {
    EXPECT_EQ(totp_code(kRfcSecret, totp_time_step(at_seconds(59))), "287082");
    EXPECT_EQ(totp_code(kRfcSecret, totp_time_step(at_seconds(1111111109))), "081804");
    EXPECT_EQ(totp_code(kRfcSecret, totp_time_step(at_seconds(1111111111))), "050471");
    EXPECT_EQ(totp_code(kRfcSecret, totp_time_step(at_seconds(1234567890))), "005924");
    EXPECT_EQ(totp_code(kRfcSecret, totp_time_step(at_seconds(2000000000))), "279037");
}

TEST(TotpTest, TimeStepIsUnixSecondsOverThirty) {
    EXPECT_EQ(totp_time_step(at_seconds(0)), 0);
    EXPECT_EQ(totp_time_step(at_seconds(29)), 0);
    EXPECT_EQ(totp_time_step(at_seconds(30)), 1);
    EXPECT_EQ(totp_time_step(TimePoint{std::chrono::milliseconds{59'999}}), 1);
    EXPECT_EQ(totp_time_step(at_seconds(1111111109)), 37037036);
}

TEST(TotpTest, AcceptsOneStepOfSkewEitherSide) {
    initialise_crypto();
    const Bytes secret = new_totp_secret();
    ASSERT_EQ(secret.size(), 20u);
    const TimePoint now = at_seconds(1'800'000'015);
    const std::int64_t step = totp_time_step(now);
    for (const std::int64_t offset : {-1, 0, 1}) {
        EXPECT_EQ(verify_totp(secret, totp_code(secret, step + offset), now, 0), step + offset) << offset;
    }
    for (const std::int64_t offset : {-2, 2}) {
        const std::string code = totp_code(secret, step + offset);
        // A far code can collide by chance with a near one; skip that one-in-a-million case.
        if (code == totp_code(secret, step - 1) || code == totp_code(secret, step) ||
            code == totp_code(secret, step + 1)) {
            continue;
        }
        EXPECT_FALSE(verify_totp(secret, code, now, 0).has_value()) << offset;
    }
}

TEST(TotpTest, ACodeWorksOnce) {
    const TimePoint now = at_seconds(1111111111);
    const std::int64_t step = totp_time_step(now);
    const auto first = verify_totp(kRfcSecret, "050471", now, 0);
    ASSERT_EQ(first, step);
    EXPECT_FALSE(verify_totp(kRfcSecret, "050471", now, *first).has_value());
    // An older code (the previous step) is refused after a newer one was used.
    EXPECT_FALSE(verify_totp(kRfcSecret, totp_code(kRfcSecret, step - 1), now, *first).has_value());
    // The next step's code is still fine.
    EXPECT_EQ(verify_totp(kRfcSecret, totp_code(kRfcSecret, step + 1), now, *first), step + 1);
}

TEST(TotpTest, AcceptsSpacesButOnlySixDigits) {
    const TimePoint now = at_seconds(1111111111);
    EXPECT_TRUE(verify_totp(kRfcSecret, "050 471", now, 0).has_value());
    EXPECT_TRUE(verify_totp(kRfcSecret, " 050471 ", now, 0).has_value());
    EXPECT_FALSE(verify_totp(kRfcSecret, "50471", now, 0).has_value());
    EXPECT_FALSE(verify_totp(kRfcSecret, "0050471", now, 0).has_value());
    EXPECT_FALSE(verify_totp(kRfcSecret, "05047a", now, 0).has_value());
    EXPECT_FALSE(verify_totp(kRfcSecret, "050-471", now, 0).has_value());
    EXPECT_FALSE(verify_totp(kRfcSecret, "", now, 0).has_value());
}

TEST(TotpTest, Base32FollowsRfc4648) {
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""},
        {"f", "MY"},
        {"fo", "MZXQ"},
        {"foo", "MZXW6"},
        {"foob", "MZXW6YQ"},
        {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI"},
    };
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(base32_encode(to_bytes(plain)), encoded);
        EXPECT_EQ(base32_decode(encoded), to_bytes(plain)) << encoded;
    }
    EXPECT_EQ(base32_decode("mzxw 6ytb oi======"), to_bytes("foobar"));
    EXPECT_EQ(base32_decode("MY======"), to_bytes("f"));
    EXPECT_FALSE(base32_decode("MZXW1").has_value());
    EXPECT_FALSE(base32_decode("M").has_value());
    EXPECT_FALSE(base32_decode("MZX").has_value());

    initialise_crypto();
    for (int i = 0; i < 20; ++i) {
        const Bytes bytes = random_bytes(static_cast<std::size_t>(i));
        EXPECT_EQ(base32_decode(base32_encode(bytes)), bytes);
    }
}

TEST(TotpTest, OtpauthUriEncodesIssuerAndAccount) {
    EXPECT_EQ(otpauth_uri("Meldpunt Flevoland", "anna@example.nl", to_bytes("foobar")),
              "otpauth://totp/Meldpunt%20Flevoland:anna%40example.nl?secret=MZXW6YTBOI&issuer=Meldpunt%20Flevoland"
              "&algorithm=SHA1&digits=6&period=30");
}

}  // namespace meldpunt::security
