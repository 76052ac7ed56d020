#include "stats/disclosure.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

namespace meldpunt::stats {
namespace {

// The attacker: knows every shown number and that a hidden count is at least
// 1 (zeros are shown). Lists every table of whole numbers that fits what is
// shown, and says for each hidden number which values it can still have.
// Exhaustive, so only for small tables; `budget` stops a search that grows
// too large (the caller then skips that table and says so).
struct Attack {
    Attack(const PublishedTable& shown_, std::int64_t cap_) : shown(shown_), cap(cap_) {}
    const PublishedTable& shown;
    std::int64_t cap;  // no hidden inner count above this
    std::size_t budget = 3'000'000;
    std::size_t steps = 0;
    bool exhausted = false;
    std::vector<std::vector<std::int64_t>> trial;
    // (row, column) -> values seen; row/column = size for totals.
    std::map<std::pair<std::size_t, std::size_t>, std::set<std::int64_t>> seen;

    std::size_t rows() const { return shown.rows.size(); }
    std::size_t columns() const { return shown.columns.size(); }

    void run() {
        trial.assign(rows(), std::vector<std::int64_t>(columns(), 0));
        search(0, 0);
    }

    void search(std::size_t r, std::size_t c) {
        if (exhausted || ++steps > budget) {
            exhausted = true;
            return;
        }
        if (r == rows()) return check();
        if (c == columns()) {
            if (shown.row_totals[r]) {
                std::int64_t sum = 0;
                for (auto value : trial[r]) sum += value;
                if (sum != *shown.row_totals[r]) return;
            }
            return search(r + 1, 0);
        }
        if (shown.cells[r][c]) {
            trial[r][c] = *shown.cells[r][c];
            return search(r, c + 1);
        }
        for (std::int64_t value = 1; value <= cap; ++value) {
            trial[r][c] = value;
            if (row_too_big(r, c) || column_too_big(r, c)) break;  // larger values only grow the sums
            search(r, c + 1);
        }
    }

    bool row_too_big(std::size_t r, std::size_t last_column) const {
        if (!shown.row_totals[r]) return false;
        std::int64_t sum = 0;
        for (std::size_t c = 0; c <= last_column; ++c) sum += trial[r][c];
        return sum > *shown.row_totals[r];
    }
    // Only what is filled in so far: the rest still holds an earlier try.
    bool column_too_big(std::size_t last_row, std::size_t c) const {
        if (!shown.column_totals[c]) return false;
        std::int64_t sum = 0;
        for (std::size_t r = 0; r <= last_row; ++r) sum += trial[r][c];
        return sum > *shown.column_totals[c];
    }

    void check() {
        std::int64_t total = 0;
        std::vector<std::int64_t> row_sums(rows(), 0), column_sums(columns(), 0);
        for (std::size_t r = 0; r < rows(); ++r)
            for (std::size_t c = 0; c < columns(); ++c) {
                row_sums[r] += trial[r][c];
                column_sums[c] += trial[r][c];
                total += trial[r][c];
            }
        for (std::size_t c = 0; c < columns(); ++c)
            if (shown.column_totals[c] && *shown.column_totals[c] != column_sums[c]) return;
        if (shown.total && *shown.total != total) return;
        for (std::size_t r = 0; r < rows(); ++r) {
            for (std::size_t c = 0; c < columns(); ++c)
                if (!shown.cells[r][c]) seen[{r, c}].insert(trial[r][c]);
            if (!shown.row_totals[r]) seen[{r, columns()}].insert(row_sums[r]);
        }
        for (std::size_t c = 0; c < columns(); ++c)
            if (!shown.column_totals[c]) seen[{rows(), c}].insert(column_sums[c]);
        if (!shown.total) seen[{rows(), columns()}].insert(total);
    }
};

CountTable table_of(std::vector<std::vector<std::int64_t>> counts) {
    CountTable table;
    for (std::size_t r = 0; r < counts.size(); ++r) table.rows.push_back("r" + std::to_string(r));
    for (std::size_t c = 0; c < counts.front().size(); ++c) table.columns.push_back("c" + std::to_string(c));
    table.counts = std::move(counts);
    return table;
}

std::size_t hidden_count(const PublishedTable& published) {
    std::size_t hidden = 0;
    for (const auto& row : published.cells)
        for (const auto& cell : row) hidden += cell ? 0 : 1;
    for (const auto& total : published.row_totals) hidden += total ? 0 : 1;
    for (const auto& total : published.column_totals) hidden += total ? 0 : 1;
    return hidden + (published.total ? 0 : 1);
}

TEST(Disclosure, SmallCellsAreHiddenZerosAndLargeCellsShown) {
    const auto published = publish(table_of({{0, 25, 3}, {12, 40, 30}}), DisclosureSettings{});
    EXPECT_EQ(published.cells[0][0], 0);
    EXPECT_FALSE(published.cells[0][2]);  // 3 < k
    EXPECT_EQ(published.cells[1][0], 12);
    EXPECT_EQ(published.suppressed_primary, 1u);
    // 3 alone in its row and column would follow from the totals: 25, 30 and
    // 40 close the smallest rectangle around it (the zero shows, so it cannot).
    EXPECT_EQ(published.suppressed_secondary, 3u);
    EXPECT_FALSE(published.cells[1][1]);
    EXPECT_EQ(published.row_totals[0], 28);
    EXPECT_EQ(published.total, 110);
}

TEST(Disclosure, NothingSmallNothingHidden) {
    const auto published = publish(table_of({{0, 25}, {12, 40}}), DisclosureSettings{});
    EXPECT_EQ(hidden_count(published), 0u);
    EXPECT_EQ(published.total, 77);
    EXPECT_EQ(published.row_totals[1], 52);
}

TEST(Disclosure, ASmallTotalIsHiddenToo) {
    const auto published = publish(table_of({{0, 2}, {0, 30}}), DisclosureSettings{});
    EXPECT_FALSE(published.row_totals[0]);
}

TEST(Disclosure, RoundingShowsMultiplesOfTheBaseAndNeverAFalseZero) {
    EXPECT_EQ(round_to_base(0, 5), 0);
    EXPECT_EQ(round_to_base(1, 5), 5);
    EXPECT_EQ(round_to_base(7, 5), 5);
    EXPECT_EQ(round_to_base(8, 5), 10);
    EXPECT_EQ(round_to_base(12, 5), 10);
    EXPECT_EQ(round_to_base(13, 5), 15);
    const auto published =
        publish(table_of({{0, 3}, {11, 40}}), DisclosureSettings{DisclosureMethod::rounding, 10, 5});
    EXPECT_EQ(published.cells[0][0], 0);
    EXPECT_EQ(published.cells[0][1], 5);
    EXPECT_EQ(published.cells[1][0], 10);
    EXPECT_EQ(published.total, 55);  // 54 rounded: totals are rounded, not summed
}

// The proof the issue asks for, on many small tables: nobody who sees the
// published table can work out any hidden number, from the totals, the other
// cells and the knowledge that hidden counts are at least 1.
TEST(Disclosure, NoHiddenNumberCanBeWorkedOutFromWhatIsShown) {
    std::mt19937 random(20261129);
    const std::vector<std::int64_t> counts = {0, 0, 1, 2, 3, 4, 6, 9, 11, 14};
    std::size_t proven = 0, with_hidden = 0;
    for (int round = 0; round < 400; ++round) {
        const std::size_t rows = 2 + random() % 2;
        const std::size_t columns = 2 + random() % 3;
        std::vector<std::vector<std::int64_t>> grid(rows, std::vector<std::int64_t>(columns));
        std::int64_t total = 0;
        for (auto& row : grid)
            for (auto& count : row) total += count = counts[random() % counts.size()];
        const auto published = publish(table_of(grid), DisclosureSettings{DisclosureMethod::suppression, 5, 5});
        if (hidden_count(published) == 0) continue;
        ++with_hidden;
        Attack attack(published, total + 5);
        attack.run();
        if (attack.exhausted) continue;
        ++proven;
        for (const auto& [where, values] : attack.seen) {
            EXPECT_GE(values.size(), 2u) << "hidden entry (" << where.first << "," << where.second
                                         << ") can only be " << *values.begin() << " in table " << round;
        }
        // Every shown number is the true one.
        for (std::size_t r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < columns; ++c)
                if (published.cells[r][c]) {
                    EXPECT_EQ(*published.cells[r][c], grid[r][c]);
                }
    }
    EXPECT_GE(proven, 150u) << "of " << with_hidden << " tables with hidden numbers, only " << proven
                            << " were small enough to search exhaustively";
}

TEST(DisclosureWithParts, AYearAndItsQuartersNeverGiveAHiddenCountAway) {
    std::mt19937 random(5);
    for (int round = 0; round < 300; ++round) {
        std::vector<CountTable> quarters(4);
        CountTable year{{"a", "b", "c"}, {"x", "y"}, std::vector<std::vector<std::int64_t>>(3, std::vector<std::int64_t>(2, 0))};
        for (auto& quarter : quarters) {
            quarter = CountTable{year.rows, year.columns, {}};
            for (int r = 0; r < 3; ++r) {
                std::vector<std::int64_t> row;
                for (int c = 0; c < 2; ++c) {
                    const std::int64_t count = random() % 3 == 0 ? 0 : static_cast<std::int64_t>(random() % 25);
                    row.push_back(count);
                    year.counts[r][c] += count;
                }
                quarter.counts.push_back(row);
            }
        }
        const auto published = publish_with_parts(quarters, year, {DisclosureMethod::suppression, 10, 5});
        ASSERT_EQ(published.size(), 5u);
        const auto entry = [](const PublishedTable& table, std::size_t r, std::size_t c) {
            if (r == 3 && c == 2) return table.total;
            if (r == 3) return table.column_totals[c];
            if (c == 2) return table.row_totals[r];
            return table.cells[r][c];
        };
        const auto count = [](const CountTable& table, std::size_t r, std::size_t c) {
            std::int64_t sum = 0;
            for (std::size_t i = 0; i < 3; ++i)
                for (std::size_t j = 0; j < 2; ++j)
                    if ((r == 3 || r == i) && (c == 2 || c == j)) sum += table.counts[i][j];
            return sum;
        };
        for (std::size_t r = 0; r < 4; ++r)
            for (std::size_t c = 0; c < 3; ++c) {
                int hidden = 0;
                std::int64_t hidden_sum = 0;
                for (std::size_t t = 0; t < 5; ++t) {
                    const auto shown = entry(published[t], r, c);
                    const std::int64_t truth = count(t < 4 ? quarters[t] : year, r, c);
                    if (shown) {
                        EXPECT_EQ(*shown, truth);
                        EXPECT_TRUE(truth == 0 || truth >= 10);
                        continue;
                    }
                    ++hidden;
                    if (t < 4) hidden_sum += truth;
                }
                // Never the whole minus the rest; never hidden parts that can only be 1 each.
                EXPECT_NE(hidden, 1) << "round " << round << " entry " << r << "," << c;
                if (entry(published[4], r, c) && hidden >= 2) {
                    EXPECT_GT(hidden_sum, hidden) << "round " << round;
                }
            }
    }
}

TEST(DisclosureWithParts, ACountShownInTheYearButHiddenInAQuarterHidesAnotherQuarterToo) {
    // Column x: 3 + 20 + 30 + 40 = 93. Without the year, the 3 is hidden in Q1 only.
    const auto quarter = [](std::int64_t x) { return CountTable{{"a", "b"}, {"x", "y"}, {{x, 50}, {60, 70}}}; };
    const std::vector<CountTable> quarters = {quarter(3), quarter(20), quarter(30), quarter(40)};
    const CountTable year{{"a", "b"}, {"x", "y"}, {{93, 200}, {240, 280}}};
    const auto published = publish_with_parts(quarters, year, {DisclosureMethod::suppression, 10, 5});
    int hidden = 0;
    for (std::size_t t = 0; t < 5; ++t) hidden += published[t].cells[0][0] ? 0 : 1;
    EXPECT_GE(hidden, 2);
}

TEST(DisclosureNested, MonthsQuartersAndTheYearNeverGiveAHiddenCountAway) {
    std::mt19937 random(9);
    for (int round = 0; round < 60; ++round) {
        // 12 months of a 2 x 2 table, then the 4 quarters, then the year.
        std::vector<CountTable> tables(17, CountTable{{"a", "b"}, {"x", "y"}, {{0, 0}, {0, 0}}});
        for (std::size_t month = 0; month < 12; ++month)
            for (std::size_t r = 0; r < 2; ++r)
                for (std::size_t c = 0; c < 2; ++c) {
                    const std::int64_t count = random() % 4 == 0 ? 0 : static_cast<std::int64_t>(random() % 14);
                    tables[month].counts[r][c] = count;
                    tables[12 + month / 3].counts[r][c] += count;
                    tables[16].counts[r][c] += count;
                }
        std::vector<Nesting> nestings{{16, {12, 13, 14, 15}}};
        for (std::size_t q = 0; q < 4; ++q) nestings.push_back({12 + q, {3 * q, 3 * q + 1, 3 * q + 2}});
        const auto published = publish_nested(tables, nestings, {DisclosureMethod::suppression, 10, 5});
        for (const auto& nesting : nestings)
            for (std::size_t r = 0; r < 2; ++r)
                for (std::size_t c = 0; c < 2; ++c) {
                    int hidden = !published[nesting.whole].cells[r][c] ? 1 : 0;
                    for (const std::size_t part : nesting.parts) {
                        const auto& shown = published[part].cells[r][c];
                        hidden += shown ? 0 : 1;
                        if (shown) {
                            EXPECT_TRUE(*shown == 0 || *shown >= 10);
                        }
                    }
                    EXPECT_NE(hidden, 1) << "round " << round << " whole " << nesting.whole;
                }
    }
}

}  // namespace
}  // namespace meldpunt::stats
