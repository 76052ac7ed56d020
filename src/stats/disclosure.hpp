// Disclosure control for published tables (DOMAIN.md section 9): no published
// number may expose a person. A table of counts with its row and column totals
// is published either with small cells suppressed (1 to k-1; zero is shown)
// plus secondary suppression, so that no suppressed value can be worked out
// from what is shown (totals, the other cells, and the fact that a suppressed
// count is at least 1), or with every count rounded to a fixed base.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace meldpunt::stats {

// Counts by row and column; totals are computed, never given.
struct CountTable {
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<std::vector<std::int64_t>> counts;  // [row][column], all >= 0
};

enum class DisclosureMethod { suppression, rounding };

struct DisclosureSettings {
    DisclosureMethod method = DisclosureMethod::suppression;
    std::int64_t k = 10;    // counts 1 to k-1 are not shown
    std::int64_t base = 5;  // rounding: every count a multiple of this
};

// One shown number: a value, or nothing (suppressed).
using ShownCount = std::optional<std::int64_t>;

// The table as published: cells, then the row totals, the column totals and the
// grand total (suppressed where needed too).
struct PublishedTable {
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<std::vector<ShownCount>> cells;
    std::vector<ShownCount> row_totals;
    std::vector<ShownCount> column_totals;
    ShownCount total;
    DisclosureMethod method = DisclosureMethod::suppression;
    std::size_t suppressed_primary = 0;
    std::size_t suppressed_secondary = 0;
};

PublishedTable publish(const CountTable& table, const DisclosureSettings& settings);

// A whole and its parts published together (a year and its quarters: tables
// of the same shape whose counts add up, entry by entry, totals included):
// besides each table's own suppression, no entry is hidden in exactly one of
// them, which the others would give away as the whole minus the rest. The
// parts' tables first, the whole last.
// The general case: tables of one shape, some the sum of others (a year of
// its quarters, each quarter of its months), every nesting kept as above at
// once. Published tables in the order given.
struct Nesting {
    std::size_t whole = 0;
    std::vector<std::size_t> parts;
};
std::vector<PublishedTable> publish_nested(const std::vector<CountTable>& tables, const std::vector<Nesting>& nestings,
                                           const DisclosureSettings& settings);

std::vector<PublishedTable> publish_with_parts(const std::vector<CountTable>& parts, const CountTable& whole,
                                               const DisclosureSettings& settings);

// The nearest multiple of `base`, but never 0 for a count above 0 (a shown 0
// must mean none): 1-7 -> 5, 8-12 -> 10 with base 5.
std::int64_t round_to_base(std::int64_t count, std::int64_t base);

}  // namespace meldpunt::stats
