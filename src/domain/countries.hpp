// Nationalities are recorded as ISO 3166-1 alpha-2 codes ("NL", "RO", "NG"), the
// categories CoMensha and the National Rapporteur count by. Constant data;
// thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace meldpunt::domain {

bool is_country_code(std::string_view code);  // upper case, exactly two letters
std::span<const std::string_view> all_country_codes();

}  // namespace meldpunt::domain
