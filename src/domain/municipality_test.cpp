#include "domain/municipality.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {

TEST(Municipality, PostcodesMapToTheSixMunicipalities) {
    EXPECT_EQ(municipality_of_postcode_area(1300), Municipality::almere);
    EXPECT_EQ(municipality_of_postcode_area(1379), Municipality::almere);
    EXPECT_EQ(municipality_of_postcode_area(3890), Municipality::zeewolde);
    EXPECT_EQ(municipality_of_postcode_area(8300), Municipality::noordoostpolder);
    EXPECT_EQ(municipality_of_postcode_area(8324), Municipality::urk);
    EXPECT_EQ(municipality_of_postcode_area(8250), Municipality::dronten);
    EXPECT_EQ(municipality_of_postcode_area(8249), Municipality::lelystad);
}

TEST(Municipality, NeighboursAreOutsideFlevoland) {
    EXPECT_EQ(municipality_of_postcode_area(1380), Municipality::outside);  // Weesp/Muiden
    EXPECT_EQ(municipality_of_postcode_area(1399), Municipality::outside);
    EXPECT_EQ(municipality_of_postcode_area(8260), Municipality::outside);  // Kampen
    EXPECT_EQ(municipality_of_postcode_area(8294), Municipality::outside);
    EXPECT_EQ(municipality_of_postcode_area(8325), Municipality::outside);  // Steenwijkerland
    EXPECT_EQ(municipality_of_postcode_area(1012), Municipality::outside);  // Amsterdam
}

TEST(Municipality, PostcodeParsingKeepsOnlyTheArea) {
    EXPECT_EQ(parse_postcode_area("1315"), 1315);
    EXPECT_EQ(parse_postcode_area(" 1315 AB "), 1315);
    EXPECT_EQ(parse_postcode_area("8321ab"), 8321);
    EXPECT_FALSE(parse_postcode_area("0315").has_value());
    EXPECT_FALSE(parse_postcode_area("131").has_value());
    EXPECT_FALSE(parse_postcode_area("13A5").has_value());
    EXPECT_FALSE(parse_postcode_area("1315 A").has_value());
}

TEST(Municipality, CodesRoundTrip) {
    for (const auto& info : flevoland_municipalities()) {
        EXPECT_EQ(parse_municipality(info.cbs_code), info.municipality);
    }
    EXPECT_EQ(parse_municipality("GM0034"), Municipality::almere);
    EXPECT_EQ(parse_municipality("outside"), Municipality::outside);
    EXPECT_FALSE(parse_municipality("GM0363").has_value());
}

}  // namespace meldpunt::domain
