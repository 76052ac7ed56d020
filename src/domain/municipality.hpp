// The six Flevoland municipalities (CBS codes) and how a Dutch 4-digit postcode
// maps onto them. Anything else is "outside Flevoland", which we keep: people from
// elsewhere report too. Constant data; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace meldpunt::domain {

enum class Municipality { almere, zeewolde, noordoostpolder, urk, dronten, lelystad, outside, unknown };

struct MunicipalityInfo {
    Municipality municipality;
    std::string_view cbs_code;  // "GM0034", or "outside"/"unknown"
    std::string_view name;      // proper name, the same in every language
    int population_2024;        // for rates per 100,000; 0 where not applicable
};

std::span<const MunicipalityInfo> flevoland_municipalities();  // the six, by name
const MunicipalityInfo& info_of(Municipality municipality);
std::string_view code_of(Municipality municipality);
std::optional<Municipality> parse_municipality(std::string_view code);

// "1315", "1315AB", "1315 ab" → 1315. Letters are dropped on purpose: we keep
// only the 4-digit area, never a street.
std::optional<int> parse_postcode_area(std::string_view postcode);
Municipality municipality_of_postcode_area(int area);

}  // namespace meldpunt::domain
