#include "domain/municipality.hpp"

#include <array>
#include <cctype>

#include "base/text.hpp"

namespace meldpunt::domain {

namespace {

constexpr std::array kMunicipalities = {
    MunicipalityInfo{Municipality::almere, "GM0034", "Almere", 227000},
    MunicipalityInfo{Municipality::dronten, "GM0303", "Dronten", 44000},
    MunicipalityInfo{Municipality::lelystad, "GM0995", "Lelystad", 84000},
    MunicipalityInfo{Municipality::noordoostpolder, "GM0171", "Noordoostpolder", 50000},
    MunicipalityInfo{Municipality::urk, "GM0184", "Urk", 22000},
    MunicipalityInfo{Municipality::zeewolde, "GM0050", "Zeewolde", 24000},
};
constexpr MunicipalityInfo kOutside{Municipality::outside, "outside", "Outside Flevoland", 0};
constexpr MunicipalityInfo kUnknown{Municipality::unknown, "unknown", "Unknown", 0};

struct PostcodeRange {
    int first;
    int last;
    Municipality municipality;
};

// DOMAIN.md section 6. The neighbours' ranges (1380-1399 Weesp/Muiden,
// 8260-8294 Kampen/Zwartewaterland, 8325-8326 Steenwijkerland) fall through to
// "outside" because they are simply not listed here.
constexpr std::array kRanges = {
    PostcodeRange{1300, 1379, Municipality::almere},          PostcodeRange{3890, 3899, Municipality::zeewolde},
    PostcodeRange{8200, 8249, Municipality::lelystad},        PostcodeRange{8250, 8259, Municipality::dronten},
    PostcodeRange{8300, 8319, Municipality::noordoostpolder}, PostcodeRange{8320, 8324, Municipality::urk},
};

}  // namespace

std::span<const MunicipalityInfo> flevoland_municipalities() {
    return kMunicipalities;
}

const MunicipalityInfo& info_of(Municipality municipality) {
    for (const auto& info : kMunicipalities) {
        if (info.municipality == municipality) return info;
    }
    return municipality == Municipality::outside ? kOutside : kUnknown;
}

std::string_view code_of(Municipality municipality) {
    return info_of(municipality).cbs_code;
}

std::optional<Municipality> parse_municipality(std::string_view code) {
    for (const auto& info : kMunicipalities) {
        if (info.cbs_code == code) return info.municipality;
    }
    if (code == "outside") return Municipality::outside;
    if (code == "unknown") return Municipality::unknown;
    return std::nullopt;
}

std::optional<int> parse_postcode_area(std::string_view postcode) {
    std::string compact;
    for (char c : trim(postcode)) {
        if (c != ' ') compact.push_back(c);
    }
    if (compact.size() != 4 && compact.size() != 6) return std::nullopt;
    for (std::size_t i = 0; i < 4; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(compact[i]))) return std::nullopt;
    }
    for (std::size_t i = 4; i < compact.size(); ++i) {
        if (!std::isalpha(static_cast<unsigned char>(compact[i]))) return std::nullopt;
    }
    if (compact[0] == '0') return std::nullopt;  // Dutch postcodes start at 1000
    return std::stoi(compact.substr(0, 4));
}

Municipality municipality_of_postcode_area(int area) {
    for (const auto& range : kRanges) {
        if (area >= range.first && area <= range.last) return range.municipality;
    }
    return Municipality::outside;
}

}  // namespace meldpunt::domain
