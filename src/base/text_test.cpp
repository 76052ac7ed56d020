#include "base/text.hpp"

#include <gtest/gtest.h>

namespace meldpunt {

TEST(Text, TrimRemovesSurroundingWhitespaceOnly) {
    EXPECT_EQ(trim("  a b \r\n"), "a b");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t "), "");
}

TEST(Text, Utf8ValidationRejectsBrokenSequences) {
    EXPECT_TRUE(is_valid_utf8("Zeewolde, café, 😀"));
    EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\xFF"));
    EXPECT_EQ(utf8_length("café"), 4u);
}

TEST(Text, ControlCharactersAreFoundButLineBreaksAllowed) {
    EXPECT_FALSE(has_control_characters("line\nnext\ttab\r\n"));
    EXPECT_TRUE(has_control_characters(std::string("nul\0x", 5)));
    EXPECT_TRUE(has_control_characters("bell\a"));
}

TEST(Text, HexAndBase64UrlRoundTrip) {
    const Bytes bytes{0x00, 0xFF, 0x10, 0x7A};
    EXPECT_EQ(to_hex(bytes), "00ff107a");
    EXPECT_EQ(from_hex("00ff107a").value(), bytes);
    EXPECT_FALSE(from_hex("0g").has_value());
    EXPECT_EQ(from_base64url(to_base64url(bytes)).value(), bytes);
    EXPECT_FALSE(from_base64url("***").has_value());
}

TEST(Text, SplitKeepsEmptyParts) {
    const auto parts = split("a,,b", ',');
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[1], "");
}

}  // namespace meldpunt
