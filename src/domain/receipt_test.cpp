#include "domain/receipt.hpp"

#include <gtest/gtest.h>

#include <set>

#include "base/secure_random.hpp"

namespace meldpunt::domain {

TEST(Receipt, HasAtLeastEightyBitsAndGroupsOfFour) {
    initialise_crypto();
    const Receipt receipt = Receipt::generate();
    EXPECT_EQ(receipt.canonical().size(), 20u);  // 20 symbols x 5 bits = 100 bits
    const std::string grouped = receipt.grouped();
    EXPECT_EQ(grouped.size(), 24u);
    EXPECT_EQ(grouped[4], '-');
    EXPECT_EQ(grouped[19], '-');
}

TEST(Receipt, GeneratedReceiptsDiffer) {
    initialise_crypto();
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) seen.insert(Receipt::generate().canonical());
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(Receipt, ParsingForgivesCaseSpacesAndLookalikes) {
    const auto parsed = Receipt::parse("abcd-efgh-jkmn-pqrs-tvwx");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->canonical(), "ABCDEFGHJKMNPQRSTVWX");
    EXPECT_EQ(Receipt::parse("0O1I L000 0000 0000 0000")->canonical(), "00111000000000000000");
    EXPECT_FALSE(Receipt::parse("ABCD").has_value());
    EXPECT_FALSE(Receipt::parse("ABCD-EFGH-JKMN-PQRS-TVWU").has_value());  // U is not used
    EXPECT_FALSE(Receipt::parse(std::string(100, 'A')).has_value());
}

}  // namespace meldpunt::domain

namespace meldpunt::domain {

TEST(Receipt, EverySymbolTurnsUpInEveryPosition) {
    initialise_crypto();
    // 3,000 receipts: a fixed symbol or a stuck position would show at once.
    std::vector<std::set<char>> seen(Receipt::kLength);
    for (int i = 0; i < 3000; ++i) {
        const auto symbols = Receipt::generate().canonical();
        for (std::size_t position = 0; position < symbols.size(); ++position) seen[position].insert(symbols[position]);
    }
    for (const auto& symbols : seen) EXPECT_EQ(symbols.size(), 32u);
}

}  // namespace meldpunt::domain
