#include "web/json_api.hpp"

#include <gtest/gtest.h>

namespace meldpunt::web {

namespace {
Request json_request(std::string body, std::string type = "application/json") {
    Request request;
    request.content_type = std::move(type);
    request.body = std::move(body);
    return request;
}
}  // namespace

TEST(JsonApi, RefusesOtherMediaTypesAndBrokenJson) {
    EXPECT_EQ(read_json_object(json_request("{}", "text/plain")).error().code, ErrorCode::unsupported);
    EXPECT_EQ(read_json_object(json_request("{\"a\":")).error().code, ErrorCode::invalid_input);
    EXPECT_EQ(read_json_object(json_request("[1]")).error().code, ErrorCode::invalid_input);
    EXPECT_EQ(read_json_object(json_request(std::string(100, '[') + std::string(100, ']'))).error().code,
              ErrorCode::invalid_input);  // too deep
    EXPECT_TRUE(read_json_object(json_request("{\"a\": 1}")).ok());
}

TEST(JsonApi, TypedGettersNameTheField) {
    const auto object = read_json_object(json_request(R"({"s": 1, "b": "no", "list": ["a", 2]})")).value();
    EXPECT_EQ(get_string(object, "s", "s").error().field, "s");
    EXPECT_EQ(get_bool(object, "b", "b").error().field, "b");
    EXPECT_EQ(get_string_array(object, "list", "list", 5).error().field, "list");
    EXPECT_FALSE(get_string(object, "absent", "absent").value().has_value());
    EXPECT_EQ(check_known_keys(object, {"s", "b"}, "x.").error().field, "x.list");
}

TEST(JsonApi, ErrorsHaveOneShapeAndHideInternals) {
    const Response invalid = json_error(Error::invalid("description", "Tell us what is going on."));
    EXPECT_EQ(invalid.status, 400);
    EXPECT_EQ(invalid.body,
              R"({"error":{"code":"invalid_input","message":"Tell us what is going on.","field":"description"}})");
    const Response internal = json_error(Error::make(ErrorCode::internal, "sql failed: /var/db"));
    EXPECT_EQ(internal.status, 500);
    EXPECT_EQ(internal.body.find("sql"), std::string::npos);
}

TEST(JsonApi, BearerTokenIsRead) {
    Request request;
    request.authorization = "Bearer abc";
    EXPECT_EQ(bearer_token(request), "abc");
    request.authorization = "Basic abc";
    EXPECT_EQ(bearer_token(request), "");
}

}  // namespace meldpunt::web
