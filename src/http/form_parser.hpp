// Decoding application/x-www-form-urlencoded bodies and query strings, with
// limits, into ordered fields. Beast-free; thread-safe (pure).
#pragma once

#include <string_view>

#include "base/result.hpp"
#include "web/http_types.hpp"

namespace meldpunt::http {

struct FormLimits {
    std::size_t max_fields = 300;
    std::size_t max_name_length = 64;
};

Result<web::FormFields> parse_urlencoded(std::string_view body, const FormLimits& limits = {});
// Percent-decoding; '+' becomes a space when `plus_is_space`. Fails on a bad escape.
Result<std::string> percent_decode(std::string_view text, bool plus_is_space);

}  // namespace meldpunt::http
