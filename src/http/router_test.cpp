#include "http/router.hpp"

#include <gtest/gtest.h>

namespace meldpunt::http {

namespace {
web::Route route(web::Method method, std::string pattern) {
    return {method, std::move(pattern), web::Permission::public_access,
            [](const web::Request&) { return web::Response::text(200, "ok"); }};
}
}  // namespace

TEST(Router, ExactPathsPatternsAndAllowedMethods) {
    const Router router({route(web::Method::get, "/melden"), route(web::Method::post, "/melden"),
                         route(web::Method::get, "/api/v1/signals/{id}")});
    EXPECT_NE(router.match(web::Method::post, "/melden").route, nullptr);
    EXPECT_NE(router.match(web::Method::head, "/melden").route, nullptr);  // HEAD uses GET

    const auto wrong_method = router.match(web::Method::del, "/melden");
    EXPECT_EQ(wrong_method.route, nullptr);
    EXPECT_EQ(wrong_method.allowed_methods, "GET, HEAD, POST");

    const auto pattern = router.match(web::Method::get, "/api/v1/signals/42");
    ASSERT_NE(pattern.route, nullptr);
    EXPECT_EQ(pattern.parameters.at("id"), "42");
    EXPECT_EQ(router.match(web::Method::get, "/api/v1/signals/").route, nullptr);
    EXPECT_EQ(router.match(web::Method::get, "/nowhere").allowed_methods, "");
}

}  // namespace meldpunt::http
