#include "stats/published_figures.hpp"

#include <algorithm>
#include <map>

#include "domain/case_file.hpp"
#include "domain/municipality.hpp"
#include "domain/taxonomy.hpp"

namespace meldpunt::stats {

namespace {

template <typename Enum>
std::vector<std::string> codes(std::span<const Enum> values) {
    std::vector<std::string> out;
    for (Enum value : values) out.emplace_back(domain::code_of(value));
    return out;
}

// Every value a row or column can take, so a table has the same shape in every
// period (an empty row is shown as 0, not left out: leaving it out would say
// something too).
std::vector<std::string> values_of(Dimension dimension) {
    switch (dimension) {
        case Dimension::municipality: {
            std::vector<std::string> out;
            for (const auto& info : domain::flevoland_municipalities()) out.emplace_back(info.cbs_code);
            out.emplace_back(domain::code_of(domain::Municipality::outside));
            out.emplace_back(domain::code_of(domain::Municipality::unknown));
            return out;
        }
        case Dimension::form: return codes(domain::all_exploitation_forms());
        case Dimension::kind:
            return {std::string(domain::code_of(domain::SignalKind::advice)),
                    std::string(domain::code_of(domain::SignalKind::report))};
        case Dimension::minors:
        case Dimension::minor_at_start: return codes(domain::all_minors_answers());
        case Dimension::scope: return codes(domain::all_scopes());
        case Dimension::gender: return codes(domain::all_genders());
        case Dimension::age_band: return {age_bands().begin(), age_bands().end()};
        case Dimension::nationality: break;
        case Dimension::count: return {"count"};
    }
    return {};
}

// The port's name for a crossing of two dimensions, and which one comes first in its values.
struct Crossing {
    Dimension first, second;
    std::string_view name;
};
constexpr std::array<Crossing, 3> kCrossings = {{
    {Dimension::minors, Dimension::form, "minors_form"},
    {Dimension::scope, Dimension::form, "scope_form"},
    {Dimension::age_band, Dimension::gender, "age_gender"},
}};

using Counts = std::map<std::string, std::int64_t, std::less<>>;

Result<Counts> read(FiguresSource& source, Unit unit, const Period& period, std::string_view area,
                    std::string_view dimension) {
    auto counts = source.counts(unit, period, area, dimension);
    if (!counts) return counts.error();
    Counts out;
    for (auto& count : *counts) out[std::move(count.value)] = count.count;
    return out;
}

std::int64_t at(const Counts& counts, const std::string& value) {
    const auto found = counts.find(value);
    return found == counts.end() ? 0 : found->second;
}

Result<CountTable> fill(FiguresSource& source, const TableDefinition& definition, const Period& period,
                        std::string_view area) {
    CountTable table{values_of(definition.rows), values_of(definition.columns), {}};
    table.counts.assign(table.rows.size(), std::vector<std::int64_t>(table.columns.size(), 0));
    const Unit unit = definition.unit;
    if (definition.rows == Dimension::municipality) {
        // One read for all areas: the area is the row.
        const std::string column_dimension =
            definition.columns == Dimension::count ? "all" : std::string(code_of(definition.columns));
        auto counts = source.counts_per_area(unit, period, column_dimension);
        if (!counts) return counts.error();
        for (const auto& count : *counts) {
            const auto row = std::find(table.rows.begin(), table.rows.end(), count.area);
            const auto column = definition.columns == Dimension::count
                                    ? table.columns.begin()
                                    : std::find(table.columns.begin(), table.columns.end(), count.value);
            if (row == table.rows.end() || column == table.columns.end()) continue;
            table.counts[static_cast<std::size_t>(row - table.rows.begin())]
                        [static_cast<std::size_t>(column - table.columns.begin())] = count.count;
        }
        return table;
    }
    if (definition.columns == Dimension::count) {
        auto counts = read(source, unit, period, area, code_of(definition.rows));
        if (!counts) return counts.error();
        for (std::size_t r = 0; r < table.rows.size(); ++r) table.counts[r][0] = at(*counts, table.rows[r]);
        return table;
    }
    for (const auto& crossing : kCrossings) {
        const bool rows_first = crossing.first == definition.rows && crossing.second == definition.columns;
        const bool columns_first = crossing.first == definition.columns && crossing.second == definition.rows;
        if (!rows_first && !columns_first) continue;
        auto counts = read(source, unit, period, area, crossing.name);
        if (!counts) return counts.error();
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                table.counts[r][c] = at(*counts, rows_first ? table.rows[r] + "|" + table.columns[c]
                                                            : table.columns[c] + "|" + table.rows[r]);
        return table;
    }
    return Error::invalid("table", "No figures are kept for the table " + std::string(definition.id) + ".");
}

// A signal can name several forms, so a total across forms counts (signal,
// form) pairs: beside a count of signals (the table per kind) the difference
// would tell how many signals named two forms. Such totals are not shown
// (hiding more than the suppression needed keeps it safe).
void hide_totals_across_forms(const TableDefinition& definition, PublishedTable& table) {
    if (definition.columns == Dimension::form) {
        for (auto& total : table.row_totals) total.reset();
        table.total.reset();
    }
    if (definition.rows == Dimension::form) {
        for (auto& total : table.column_totals) total.reset();
        table.total.reset();
    }
}

}  // namespace

Result<PublishedFigures> publish_figures(FiguresSource& source, const Period& period, std::string_view area,
                                         const DisclosureSettings& settings) {
    PublishedFigures published{period, std::string(area), settings, {}};
    const bool one_municipality = area != kRegion;
    // A year, its quarters and their months are published together: no
    // hidden count of one is the others' difference. Tables 0-11 are the
    // months, 12-15 the quarters, 16 the year.
    std::vector<Period> periods;
    for (int month = 1; month <= 12; ++month) periods.push_back({PeriodKind::month, period.year, month});
    for (int quarter = 1; quarter <= 4; ++quarter) periods.push_back({PeriodKind::quarter, period.year, quarter});
    periods.push_back({PeriodKind::year, period.year, 1});
    std::vector<Nesting> nestings{{16, {12, 13, 14, 15}}};
    for (std::size_t quarter = 0; quarter < 4; ++quarter) nestings.push_back({12 + quarter, {3 * quarter, 3 * quarter + 1, 3 * quarter + 2}});
    const std::size_t wanted = period.kind == PeriodKind::year      ? 16
                               : period.kind == PeriodKind::quarter ? 11 + static_cast<std::size_t>(period.number)
                                                                    : static_cast<std::size_t>(period.number - 1);
    for (const auto& definition : publication_tables()) {
        if (one_municipality && definition.rows == Dimension::municipality) continue;
        if (auto allowed = check_publishable(definition, one_municipality); !allowed) return allowed.error();
        std::vector<CountTable> tables;
        for (const Period& each : periods) {
            auto counts = fill(source, definition, each, area);
            if (!counts) return counts.error();
            tables.push_back(std::move(*counts));
        }
        auto published_tables = publish_nested(tables, nestings, settings);
        PublishedTable table = std::move(published_tables[wanted]);
        hide_totals_across_forms(definition, table);
        published.tables.push_back({&definition, std::move(table)});
    }
    return published;
}

}  // namespace meldpunt::stats
