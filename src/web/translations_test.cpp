#include "web/translations.hpp"

#include <gtest/gtest.h>

namespace meldpunt::web {

TEST(Translations, DutchCatalogLoadsAndEnglishIsTheSource) {
    const auto translations = Translations::load_embedded();
    ASSERT_TRUE(translations.ok()) << translations.error().message;
    EXPECT_EQ(translations->get(Language::nl, "Report a suspicion"), "Een vermoeden melden");
    EXPECT_EQ(translations->get(Language::en, "Report a suspicion"), "Report a suspicion");
    EXPECT_EQ(translations->get(Language::nl, "no such text"), "no such text");
}

TEST(Translations, DamagedCatalogsAreRefused) {
    EXPECT_FALSE(Catalog::from_mo("").ok());
    EXPECT_FALSE(Catalog::from_mo(std::string(40, 'x')).ok());
    std::string header("\xde\x12\x04\x95\0\0\0\0\xff\xff\0\0\x1c\0\0\0\x1c\0\0\0\0\0\0\0\0\0\0\0", 28);
    EXPECT_FALSE(Catalog::from_mo(header).ok());  // claims 65535 entries in a 28-byte file
}

}  // namespace meldpunt::web
