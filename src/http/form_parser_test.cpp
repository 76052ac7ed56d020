#include "http/form_parser.hpp"

#include <gtest/gtest.h>

namespace meldpunt::http {

TEST(FormParser, DecodesRepeatsPlusAndPercent) {
    const auto fields = parse_urlencoded("forms=sexual&forms=labour&description=Hallo+daar%21%0AJa&empty=&flag");
    ASSERT_TRUE(fields.ok());
    ASSERT_EQ(fields->size(), 5u);
    EXPECT_EQ(web::form_values(*fields, "forms").size(), 2u);
    EXPECT_EQ(web::form_value(*fields, "description"), "Hallo daar!\nJa");
    EXPECT_EQ(web::form_value(*fields, "flag"), "");
}

TEST(FormParser, RefusesBrokenEscapesAndTooManyFields) {
    EXPECT_FALSE(parse_urlencoded("a=%zz").ok());
    EXPECT_FALSE(parse_urlencoded("a=%4").ok());
    std::string many;
    for (int i = 0; i < 400; ++i) many += "a=1&";
    EXPECT_FALSE(parse_urlencoded(many).ok());
    EXPECT_FALSE(parse_urlencoded(std::string(100, 'n') + "=1").ok());
}

}  // namespace meldpunt::http
