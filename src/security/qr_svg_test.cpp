#include "security/qr_svg.hpp"

#include <gtest/gtest.h>

namespace meldpunt::security {

TEST(QrSvgTest, MakesAnAccessibleSvgWithoutInlineStyle) {
    auto svg = qr_svg("otpauth://totp/Meldpunt:anna?secret=MZXW6YTBOI", "Code for <Anna> & \"co\"");
    ASSERT_TRUE(svg.ok()) << svg.error().message;
    EXPECT_TRUE(svg->starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
    EXPECT_TRUE(svg->ends_with("</svg>"));
    EXPECT_NE(svg->find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg->find("aria-label=\"Code for &lt;Anna&gt; &amp; &quot;co&quot;\""), std::string::npos);
    EXPECT_NE(svg->find("shape-rendering=\"crispEdges\""), std::string::npos);
    EXPECT_NE(svg->find("<path fill=\"#000000\" d=\"M"), std::string::npos);
    EXPECT_EQ(svg->find("style"), std::string::npos);
    EXPECT_EQ(svg->find("<Anna>"), std::string::npos);
}

TEST(QrSvgTest, HasAQuietZoneOfFourModules) {
    auto svg = qr_svg("hello", "QR code");
    ASSERT_TRUE(svg.ok());
    // "hello" fits version 1 (21 modules): 21 + 2 * 4 = 29, and the finder
    // pattern in the top-left corner starts at (4, 4).
    EXPECT_NE(svg->find("viewBox=\"0 0 29 29\""), std::string::npos);
    EXPECT_NE(svg->find("d=\"M4 4h7v1h-7z"), std::string::npos);
}

TEST(QrSvgTest, IsDeterministic) {
    EXPECT_EQ(qr_svg("same text", "label").value(), qr_svg("same text", "label").value());
    EXPECT_NE(qr_svg("same text", "label").value(), qr_svg("other text", "label").value());
}

TEST(QrSvgTest, RefusesTextThatDoesNotFit) {
    auto svg = qr_svg(std::string(5000, 'x'), "QR code");
    ASSERT_FALSE(svg.ok());
    EXPECT_EQ(svg.error().code, ErrorCode::too_large);
    auto empty = qr_svg("", "QR code");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::invalid_input);
}

}  // namespace meldpunt::security
