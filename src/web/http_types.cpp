#include "web/http_types.hpp"

namespace meldpunt::web {

std::string_view code_of(Language language) {
    return language == Language::nl ? "nl" : "en";
}

Response Response::text(int status, std::string body) {
    return Response{status, "text/plain; charset=utf-8", std::move(body), {}};
}

Response Response::json(int status, std::string body) {
    return Response{status, "application/json", std::move(body), {}};
}

Response Response::html(int status, std::string body) {
    return Response{status, "text/html; charset=utf-8", std::move(body), {}};
}

std::vector<std::string> form_values(const FormFields& form, std::string_view name) {
    std::vector<std::string> values;
    for (const auto& [key, value] : form) {
        if (key == name) values.push_back(value);
    }
    return values;
}

std::string form_value(const FormFields& form, std::string_view name) {
    for (const auto& [key, value] : form) {
        if (key == name) return value;
    }
    return {};
}

}  // namespace meldpunt::web
