#include "http/form_parser.hpp"

#include "base/text.hpp"

namespace meldpunt::http {

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

Result<std::string> percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) {
                return Error::invalid("", "The form data has a broken %-escape.");
            }
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return Error::invalid("", "The form data has a broken %-escape.");
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

Result<web::FormFields> parse_urlencoded(std::string_view body, const FormLimits& limits) {
    web::FormFields fields;
    if (body.empty()) return fields;
    for (const auto part : split(body, '&')) {
        if (part.empty()) continue;
        if (fields.size() >= limits.max_fields) return Error::invalid("", "The form has too many fields.");
        const auto equals = part.find('=');
        auto name = percent_decode(part.substr(0, equals), true);
        if (!name) return name.error();
        if (name->size() > limits.max_name_length)
            return Error::invalid("", "The form has a field name that is too long.");
        auto value =
            percent_decode(equals == std::string_view::npos ? std::string_view() : part.substr(equals + 1), true);
        if (!value) return value.error();
        fields.emplace_back(std::move(*name), std::move(*value));
    }
    return fields;
}

}  // namespace meldpunt::http
