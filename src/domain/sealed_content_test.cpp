#include "domain/sealed_content.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {

TEST(SealedContent, RoundTripsEveryField) {
    SealedContent content{
        "Er klopt iets niet.\nTweede regel.", {"An", "06 1234 5678", "an@example.nl", "School"}, 1315};
    const auto decoded = decode_sealed_content(encode_sealed_content(content));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->description, content.description);
    EXPECT_EQ(decoded->contact.email, "an@example.nl");
    EXPECT_EQ(decoded->contact.organisation, "School");
    EXPECT_EQ(decoded->postcode_area, 1315);
}

TEST(SealedContent, RejectsTruncatedInput) {
    SecretBytes encoded = encode_sealed_content({"text", {}, std::nullopt});
    Bytes cut = encoded.bytes();
    cut.pop_back();
    EXPECT_FALSE(decode_sealed_content(SecretBytes(cut)).ok());
}

}  // namespace meldpunt::domain
