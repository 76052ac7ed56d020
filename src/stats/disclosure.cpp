#include "stats/disclosure.hpp"

#include <algorithm>
#include <functional>
#include <numeric>

namespace meldpunt::stats {

namespace {

// The table with its totals as one (rows+1) x (columns+1) grid: the last
// column holds the row totals, the last row the column totals, the corner the
// grand total. Every row and every column of the grid is one "line": its
// inner entries add up to its last entry. Suppression works on lines.
struct Grid {
    std::size_t rows = 0;  // including the total row
    std::size_t columns = 0;
    std::vector<std::int64_t> value;
    std::vector<char> hidden;

    std::size_t at(std::size_t row, std::size_t column) const { return row * columns + column; }
};

Grid grid_of(const CountTable& table) {
    Grid grid;
    grid.rows = table.rows.size() + 1;
    grid.columns = table.columns.size() + 1;
    grid.value.assign(grid.rows * grid.columns, 0);
    grid.hidden.assign(grid.value.size(), 0);
    for (std::size_t r = 0; r + 1 < grid.rows; ++r) {
        for (std::size_t c = 0; c + 1 < grid.columns; ++c) {
            const std::int64_t count = r < table.counts.size() && c < table.counts[r].size() ? table.counts[r][c] : 0;
            grid.value[grid.at(r, c)] = count;
            grid.value[grid.at(r, grid.columns - 1)] += count;
            grid.value[grid.at(grid.rows - 1, c)] += count;
            grid.value[grid.at(grid.rows - 1, grid.columns - 1)] += count;
        }
    }
    return grid;
}

// The entries of one line, its total (the last one) last.
std::vector<std::size_t> line(const Grid& grid, bool is_row, std::size_t index) {
    std::vector<std::size_t> entries;
    const std::size_t length = is_row ? grid.columns : grid.rows;
    for (std::size_t i = 0; i < length; ++i) entries.push_back(is_row ? grid.at(index, i) : grid.at(i, index));
    return entries;
}

// Safe: nothing hidden; or at least two hidden with the total among them (the
// line then ties unknowns only); or at least two hidden inner entries whose sum
// (which the shown total reveals) leaves each of them more than one value,
// knowing that a hidden count is at least 1.
bool line_safe(const Grid& grid, const std::vector<std::size_t>& entries) {
    std::size_t hidden = 0;
    std::int64_t hidden_sum = 0;
    for (std::size_t i = 0; i + 1 < entries.size(); ++i) {
        if (!grid.hidden[entries[i]]) continue;
        ++hidden;
        hidden_sum += grid.value[entries[i]];
    }
    const bool total_hidden = grid.hidden[entries.back()];
    if (hidden == 0) return !total_hidden || grid.value[entries.back()] == 0;
    if (total_hidden) return hidden >= 1;
    return hidden >= 2 && hidden_sum >= static_cast<std::int64_t>(hidden) + 1;
}

// Hides one more entry of an unsafe line: the smallest count above 1 among
// the shown inner entries (a 1 adds no doubt), else the smallest above 0,
// else the line's total. False when there was nothing left to hide.
bool hide_complement(Grid& grid, const std::vector<std::size_t>& entries, std::size_t avoid = SIZE_MAX) {
    std::size_t best = SIZE_MAX;
    const auto better = [&](std::size_t candidate) {
        if (best == SIZE_MAX) return true;
        const auto a = grid.value[candidate];
        const auto b = grid.value[best];
        if ((a > 1) != (b > 1)) return a > 1;
        return a < b;
    };
    for (std::size_t i = 0; i + 1 < entries.size(); ++i) {
        const std::size_t entry = entries[i];
        if (grid.hidden[entry] || grid.value[entry] == 0 || entry == avoid) continue;
        if (better(entry)) best = entry;
    }
    const std::size_t chosen = best != SIZE_MAX ? best : entries.back();
    if (grid.hidden[chosen]) return false;
    grid.hidden[chosen] = 1;
    return true;
}

// The last resort when a hidden entry's own row and column have nothing left
// to hide: the smallest shown count above 0 anywhere (often a total that ties
// the hidden part of the table to what is shown).
bool hide_smallest_shown(Grid& grid) {
    std::size_t best = SIZE_MAX;
    for (std::size_t entry = 0; entry < grid.value.size(); ++entry) {
        if (grid.hidden[entry] || grid.value[entry] == 0) continue;
        if (best == SIZE_MAX || grid.value[entry] < grid.value[best]) best = entry;
    }
    if (best == SIZE_MAX) return false;
    grid.hidden[best] = 1;
    return true;
}

// Can a hidden entry be worked out? Everything shown pins the line sums; what
// is left is shifting +1/-1 around a cycle of hidden entries (rows and columns
// alternating), which keeps every sum. Such a shift is possible when every
// entry whose count goes down stays at least 1. A hidden entry keeps more than
// one possible value exactly when a possible shift runs through it (any change
// that fits splits into such cycles, each in the same direction as the change).
// In the grid a total counts the other way round: +1 on its line is -1 on it.
struct CycleCheck {
    const Grid& grid;

    bool is_total(std::size_t row, std::size_t column) const {
        return (row + 1 == grid.rows) != (column + 1 == grid.columns);
    }
    // Row -> column ("+1" on the entry) and column -> row ("-1"), when the count stays >= 1.
    bool plus_allowed(std::size_t row, std::size_t column) const {
        return !is_total(row, column) || grid.value[grid.at(row, column)] >= 2;
    }
    bool minus_allowed(std::size_t row, std::size_t column) const {
        return is_total(row, column) || grid.value[grid.at(row, column)] >= 2;
    }

    // Nodes: rows 0..rows-1, then columns. Paths use hidden entries only, never `skip`.
    bool reachable(std::size_t from, std::size_t to, std::size_t skip) const {
        const std::size_t nodes = grid.rows + grid.columns;
        std::vector<char> visited(nodes, 0);
        std::vector<std::size_t> queue{from};
        visited[from] = 1;
        while (!queue.empty()) {
            const std::size_t node = queue.back();
            queue.pop_back();
            if (node == to) return true;
            const bool at_row = node < grid.rows;
            const std::size_t others = at_row ? grid.columns : grid.rows;
            for (std::size_t other = 0; other < others; ++other) {
                const std::size_t row = at_row ? node : other;
                const std::size_t column = at_row ? other : node - grid.rows;
                const std::size_t entry = grid.at(row, column);
                if (entry == skip || !grid.hidden[entry]) continue;
                if (at_row ? !plus_allowed(row, column) : !minus_allowed(row, column)) continue;
                const std::size_t next = at_row ? grid.rows + column : row;
                if (!visited[next]) {
                    visited[next] = 1;
                    queue.push_back(next);
                }
            }
        }
        return false;
    }

    bool pinned(std::size_t entry) const {
        const std::size_t row = entry / grid.columns;
        const std::size_t column = entry % grid.columns;
        if (plus_allowed(row, column) && reachable(grid.rows + column, row, entry)) return false;
        if (minus_allowed(row, column) && reachable(row, grid.rows + column, entry)) return false;
        return true;
    }

    std::optional<std::size_t> first_pinned() const {
        for (std::size_t entry = 0; entry < grid.value.size(); ++entry)
            if (grid.hidden[entry] && pinned(entry)) return entry;
        return std::nullopt;
    }
};

PublishedTable shape_of(const CountTable& table, DisclosureMethod method) {
    PublishedTable published;
    published.rows = table.rows;
    published.columns = table.columns;
    published.method = method;
    published.cells.assign(table.rows.size(), std::vector<ShownCount>(table.columns.size()));
    published.row_totals.assign(table.rows.size(), std::nullopt);
    published.column_totals.assign(table.columns.size(), std::nullopt);
    return published;
}

void fill(PublishedTable& published, const Grid& grid, const std::function<ShownCount(std::size_t)>& shown) {
    for (std::size_t r = 0; r + 1 < grid.rows; ++r) {
        for (std::size_t c = 0; c + 1 < grid.columns; ++c) published.cells[r][c] = shown(grid.at(r, c));
        published.row_totals[r] = shown(grid.at(r, grid.columns - 1));
    }
    for (std::size_t c = 0; c + 1 < grid.columns; ++c) published.column_totals[c] = shown(grid.at(grid.rows - 1, c));
    published.total = shown(grid.at(grid.rows - 1, grid.columns - 1));
}

}  // namespace

std::int64_t round_to_base(std::int64_t count, std::int64_t base) {
    if (count <= 0 || base <= 1) return std::max<std::int64_t>(count, 0);
    const std::int64_t rounded = (count + base / 2) / base * base;
    return std::max(rounded, base);
}

namespace {

// Suppression on the grid of `table`: `forced` entries (grid positions) are
// hidden from the start, as when a whole and its parts are published together.
Grid suppressed(const CountTable& table, const DisclosureSettings& settings, const std::vector<char>& forced,
                std::size_t& primary) {
    Grid grid = grid_of(table);
    // Primary: every count from 1 to k-1, totals included.
    for (std::size_t entry = 0; entry < grid.value.size(); ++entry) {
        if (grid.value[entry] >= 1 && grid.value[entry] < settings.k) {
            grid.hidden[entry] = 1;
            ++primary;
        } else if (entry < forced.size() && forced[entry] && grid.value[entry] > 0) {
            grid.hidden[entry] = 1;
        }
    }
    // Secondary: until every line is safe and no hidden entry can be worked out.
    // Each round hides at least one more entry, so this ends.
    for (bool changed = true; changed;) {
        changed = false;
        for (int is_row = 1; is_row >= 0; --is_row) {
            const std::size_t lines = is_row ? grid.rows : grid.columns;
            for (std::size_t index = 0; index < lines; ++index) {
                const auto entries = line(grid, is_row == 1, index);
                if (line_safe(grid, entries)) continue;
                changed = hide_complement(grid, entries) || changed;
            }
        }
        if (changed) continue;
        if (const auto pinned = CycleCheck{grid}.first_pinned()) {
            // Open a way round it: hide one more entry in its row, or its column.
            const std::size_t row = *pinned / grid.columns;
            const std::size_t column = *pinned % grid.columns;
            changed = hide_complement(grid, line(grid, true, row), *pinned) ||
                      hide_complement(grid, line(grid, false, column), *pinned) || hide_smallest_shown(grid);
        }
    }
    return grid;
}

PublishedTable published_from(const CountTable& table, const DisclosureSettings& settings, const Grid& grid,
                              std::size_t primary) {
    PublishedTable published = shape_of(table, settings.method);
    const auto hidden_total = static_cast<std::size_t>(std::count(grid.hidden.begin(), grid.hidden.end(), 1));
    published.suppressed_primary = primary;
    published.suppressed_secondary = hidden_total - primary;
    fill(published, grid, [&](std::size_t entry) { return grid.hidden[entry] ? ShownCount() : ShownCount(grid.value[entry]); });
    return published;
}

PublishedTable rounded(const CountTable& table, const DisclosureSettings& settings) {
    const Grid grid = grid_of(table);
    PublishedTable published = shape_of(table, settings.method);
    fill(published, grid, [&](std::size_t entry) { return ShownCount(round_to_base(grid.value[entry], settings.base)); });
    return published;
}

}  // namespace

PublishedTable publish(const CountTable& table, const DisclosureSettings& settings) {
    if (settings.method == DisclosureMethod::rounding) return rounded(table, settings);
    std::size_t primary = 0;
    const Grid grid = suppressed(table, settings, {}, primary);
    return published_from(table, settings, grid, primary);
}

std::vector<PublishedTable> publish_nested(const std::vector<CountTable>& tables, const std::vector<Nesting>& nestings,
                                           const DisclosureSettings& settings) {
    std::vector<PublishedTable> out;
    if (settings.method == DisclosureMethod::rounding) {
        for (const auto& table : tables) out.push_back(rounded(table, settings));
        return out;
    }
    if (tables.empty()) return out;
    const std::size_t entries = grid_of(tables.front()).value.size();
    std::vector<std::vector<char>> forced(tables.size(), std::vector<char>(entries, 0));
    std::vector<Grid> grids(tables.size());
    std::vector<std::size_t> primary(tables.size(), 0);
    // Each round hides at least one more entry somewhere, so this ends.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t t = 0; t < tables.size(); ++t) {
            primary[t] = 0;
            grids[t] = suppressed(tables[t], settings, forced[t], primary[t]);
        }
        // Entry by entry the parts add up to the whole: one hidden among them
        // would be the whole minus the rest, and hidden parts whose sum that
        // leaves equal to their number are all 1. Hide the smallest other count too.
        for (const Nesting& nesting : nestings) {
            std::vector<std::size_t> members = nesting.parts;
            members.push_back(nesting.whole);
            for (std::size_t entry = 0; entry < entries; ++entry) {
                std::size_t hidden = 0;
                std::int64_t hidden_parts_sum = 0;
                std::optional<std::size_t> smallest;
                for (const std::size_t t : members) {
                    if (grids[t].hidden[entry]) {
                        ++hidden;
                        if (t != nesting.whole) hidden_parts_sum += grids[t].value[entry];
                    } else if (grids[t].value[entry] > 0 &&
                               (!smallest || grids[t].value[entry] < grids[*smallest].value[entry])) {
                        smallest = t;
                    }
                }
                const bool whole_shown = !grids[nesting.whole].hidden[entry];
                const bool pinned = whole_shown && hidden >= 2 && hidden_parts_sum <= static_cast<std::int64_t>(hidden);
                if ((hidden == 1 || pinned) && smallest) {
                    forced[*smallest][entry] = 1;
                    changed = true;
                }
            }
        }
    }
    for (std::size_t t = 0; t < tables.size(); ++t) out.push_back(published_from(tables[t], settings, grids[t], primary[t]));
    return out;
}

std::vector<PublishedTable> publish_with_parts(const std::vector<CountTable>& parts, const CountTable& whole,
                                               const DisclosureSettings& settings) {
    std::vector<CountTable> tables = parts;
    tables.push_back(whole);
    Nesting nesting{parts.size(), {}};
    for (std::size_t part = 0; part < parts.size(); ++part) nesting.parts.push_back(part);
    return publish_nested(tables, {nesting}, settings);
}

}  // namespace meldpunt::stats
