#include "web/json_api.hpp"

#include <algorithm>

namespace meldpunt::web {

namespace json = boost::json;

int status_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input:
            return 400;
        case ErrorCode::unauthorized:
            return 401;
        case ErrorCode::forbidden:
            return 403;
        case ErrorCode::not_found:
            return 404;
        case ErrorCode::conflict:
            return 409;
        case ErrorCode::too_large:
            return 413;
        case ErrorCode::unsupported:
            return 415;
        case ErrorCode::rate_limited:
            return 429;
        case ErrorCode::unavailable:
            return 503;
        case ErrorCode::internal:
            return 500;
    }
    return 500;
}

Response json_response(int status, const json::value& value) {
    return Response::json(status, json::serialize(value));
}

Response json_error(int status, std::string_view code, std::string_view message, std::string_view field) {
    json::object error{{"code", code}, {"message", message}};
    if (!field.empty()) error["field"] = field;
    return json_response(status, json::object{{"error", std::move(error)}});
}

Response json_error(const Error& error) {
    // Internal details never reach a client: they may name files or SQL.
    if (error.code == ErrorCode::internal) {
        return json_error(500, "internal", "Something went wrong on our side. Please try again later.");
    }
    return json_error(status_of(error.code), to_string(error.code), error.message, error.field);
}

Result<json::object> read_json_object(const Request& request) {
    if (request.content_type != "application/json") {
        return Error::make(ErrorCode::unsupported, "Send the body as JSON with Content-Type: application/json.");
    }
    json::parse_options options;
    options.max_depth = 8;
    std::error_code failure;
    json::value value = json::parse(request.body, failure, {}, options);
    if (failure) return Error::invalid("", "The body is not valid JSON: " + failure.message() + ".");
    if (!value.is_object()) return Error::invalid("", "The body must be a JSON object.");
    return std::move(value.as_object());
}

Result<std::optional<std::string>> get_string(const json::object& object, std::string_view key,
                                              std::string_view field) {
    const auto* value = object.if_contains(key);
    if (!value || value->is_null()) return std::optional<std::string>{};
    if (!value->is_string()) return Error::invalid(std::string(field), std::string(field) + " must be a string.");
    return std::optional<std::string>{std::string(value->as_string())};
}

Result<std::optional<bool>> get_bool(const json::object& object, std::string_view key, std::string_view field) {
    const auto* value = object.if_contains(key);
    if (!value || value->is_null()) return std::optional<bool>{};
    if (!value->is_bool()) return Error::invalid(std::string(field), std::string(field) + " must be true or false.");
    return std::optional<bool>{value->as_bool()};
}

Result<std::optional<std::vector<std::string>>> get_string_array(const json::object& object, std::string_view key,
                                                                 std::string_view field, std::size_t max_items) {
    const auto* value = object.if_contains(key);
    if (!value || value->is_null()) return std::optional<std::vector<std::string>>{};
    const std::string name(field);
    if (!value->is_array()) return Error::invalid(name, name + " must be a list of strings.");
    if (value->as_array().size() > max_items) {
        return Error::invalid(name, name + " has too many items: at most " + std::to_string(max_items) + ".");
    }
    std::vector<std::string> items;
    for (const auto& item : value->as_array()) {
        if (!item.is_string()) return Error::invalid(name, name + " must be a list of strings.");
        items.emplace_back(item.as_string());
    }
    return std::optional<std::vector<std::string>>{std::move(items)};
}

Result<void> check_known_keys(const json::object& object, std::initializer_list<std::string_view> allowed,
                              std::string_view prefix) {
    for (const auto& entry : object) {
        if (std::find(allowed.begin(), allowed.end(), entry.key()) == allowed.end()) {
            const std::string field = std::string(prefix) + std::string(entry.key());
            return Error::invalid(field,
                                  "Unknown field " + field + ": check the spelling against the API documentation.");
        }
    }
    return Ok{};
}

std::string bearer_token(const Request& request) {
    constexpr std::string_view kPrefix = "Bearer ";
    if (request.authorization.size() <= kPrefix.size() || !request.authorization.starts_with(kPrefix)) return {};
    return request.authorization.substr(kPrefix.size());
}

Result<std::map<std::string, std::string>> read_string_fields(const Request& request,
                                                              std::initializer_list<std::string_view> keys) {
    auto body = read_json_object(request);
    if (!body) return body.error();
    if (auto known = check_known_keys(*body, keys, ""); !known) return known.error();
    std::map<std::string, std::string> values;
    for (const auto key : keys) {
        auto text = get_string(*body, key, key);
        if (!text) return text.error();
        if (*text) values[std::string(key)] = std::move(**text);
    }
    return values;
}

}  // namespace meldpunt::web
