#include "stats/publication.hpp"

#include <gtest/gtest.h>

#include <set>

namespace meldpunt::stats {
namespace {

TEST(Publication, EveryFixedTableMayBePublishedForTheRegionAndEachMunicipality) {
    std::set<std::string_view> ids;
    for (const auto& table : publication_tables()) {
        EXPECT_TRUE(ids.insert(table.id).second) << "the id " << table.id << " is used twice";
        EXPECT_TRUE(check_publishable(table, false)) << table.id;
        EXPECT_TRUE(check_publishable(table, true)) << table.id;
    }
}

TEST(Publication, MinorsAreNeverCrossedWithNationalityAndMunicipality) {
    const TableDefinition by_municipality{"x", "x", Unit::persons, Dimension::municipality, Dimension::nationality,
                                          {Dimension::minors}};
    auto refused = check_publishable(by_municipality, false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "table");
    // The same crossing through the area the table is made for, or through age bands.
    const TableDefinition for_one_municipality{"y", "y", Unit::persons, Dimension::nationality, Dimension::minors, {}};
    EXPECT_TRUE(check_publishable(for_one_municipality, false));
    EXPECT_FALSE(check_publishable(for_one_municipality, true));
    const TableDefinition by_age{"z", "z", Unit::persons, Dimension::age_band, Dimension::nationality, {}};
    EXPECT_FALSE(check_publishable(by_age, true));
    EXPECT_TRUE(check_publishable(by_age, false));
}

}  // namespace
}  // namespace meldpunt::stats
