// A table of (value, code) pairs for one enum, from which both directions are
// read: code_of() and parse. One table per enum keeps the two in step.
// Constant data; thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace meldpunt::domain {

template <typename Enum, std::size_t N>
struct EnumCodes {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    constexpr std::string_view code(Enum value) const {
        for (const auto& [candidate, text] : entries)
            if (candidate == value) return text;
        return "unknown";
    }
    constexpr std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [candidate, candidate_text] : entries)
            if (candidate_text == text) return candidate;
        return std::nullopt;
    }
    std::array<Enum, N> values() const {
        std::array<Enum, N> all{};
        for (std::size_t i = 0; i < N; ++i) all[i] = entries[i].first;
        return all;
    }
};

template <typename Enum, typename... Pairs>
constexpr auto enum_codes(Pairs... pairs) {
    return EnumCodes<Enum, sizeof...(Pairs)>{{std::pair<Enum, std::string_view>(pairs)...}};
}

}  // namespace meldpunt::domain
