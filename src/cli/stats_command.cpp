// `meldpunt stats --period P [--format csv|json] [--published] [--data DIR]`:
// the signal counts of a period per breakdown, read from the counts the store
// keeps up to date (storage/sqlite/sqlite_figures). With --published every
// table goes through disclosure control (small counts hidden, k = 10), as
// analysts and exports always get them: then the fixed publication tables
// (stats/publication) are printed instead of every breakdown.
#include <boost/json.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "exports/table_csv.hpp"
#include "stats/disclosure.hpp"
#include "stats/period.hpp"
#include "stats/published_figures.hpp"
#include "storage/sqlite/sqlite_figures.hpp"

namespace meldpunt::cli {

namespace {

stats::CountTable one_column(const std::vector<stats::FigureCount>& counts, std::string_view unit) {
    stats::CountTable table;
    table.columns = {std::string(unit)};
    for (const auto& count : counts) {
        table.rows.push_back(count.value.empty() ? "all" : count.value);
        table.counts.push_back({count.count});
    }
    return table;
}

boost::json::value shown(const stats::ShownCount& count) {
    return count ? boost::json::value(*count) : boost::json::value(nullptr);
}

boost::json::array shown(const std::vector<stats::ShownCount>& counts) {
    boost::json::array out;
    for (const auto& count : counts) out.push_back(shown(count));
    return out;
}

boost::json::object table_json(std::string_view id, std::string_view unit, const stats::PublishedTable& table) {
    boost::json::array cells;
    for (const auto& row : table.cells) cells.push_back(shown(row));
    boost::json::array rows, columns;
    for (const auto& row : table.rows) rows.push_back(boost::json::string(row));
    for (const auto& column : table.columns) columns.push_back(boost::json::string(column));
    return {{"id", id},
            {"unit", unit},
            {"rows", std::move(rows)},
            {"columns", std::move(columns)},
            {"cells", std::move(cells)},
            {"row_totals", shown(table.row_totals)},
            {"column_totals", shown(table.column_totals)},
            {"total", shown(table.total)}};
}

std::string_view unit_code(stats::Unit unit) {
    return unit == stats::Unit::signals ? "signals" : "persons";
}

struct NamedTable {
    std::string id;
    std::string_view unit;
    stats::PublishedTable table;
};

// Internal figures: every breakdown of signals and of people, nothing hidden.
Result<std::vector<NamedTable>> internal_tables(stats::FiguresSource& figures, const stats::Period& period) {
    std::vector<NamedTable> tables;
    for (const stats::Unit unit : {stats::Unit::signals, stats::Unit::persons}) {
        const auto dimensions = unit == stats::Unit::signals ? stats::signal_dimensions() : stats::person_dimensions();
        for (const std::string_view dimension : dimensions) {
            auto counts = figures.counts(unit, period, stats::kRegion, dimension);
            if (!counts) return counts.error();
            if (counts->empty()) continue;
            // k = 1 hides nothing.
            const auto table = stats::publish(one_column(*counts, unit_code(unit)), {stats::DisclosureMethod::suppression, 1, 5});
            tables.push_back({std::string(unit_code(unit)) + "_" + std::string(dimension), unit_code(unit), table});
        }
    }
    return tables;
}

// What may be published: the fixed tables, small counts hidden (k = 10 unless --figures-k says otherwise).
Result<std::vector<NamedTable>> published_tables(stats::FiguresSource& figures, const stats::Period& period,
                                                 const stats::DisclosureSettings& settings) {
    auto published = stats::publish_figures(figures, period, stats::kRegion, settings);
    if (!published) return published.error();
    std::vector<NamedTable> tables;
    for (auto& table : published->tables)
        tables.push_back({std::string(table.definition->id), unit_code(table.definition->unit), std::move(table.table)});
    return tables;
}

}  // namespace

int stats(const StatsOptions& options) {
    auto period = stats::parse_period(options.period);
    if (!period) {
        std::cerr << "error: --period: " << period.error().message << "\n";
        return 2;
    }
    if (options.format != "csv" && options.format != "json") {
        std::cerr << "error: --format is csv or json\n";
        return 2;
    }
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) {
        std::cerr << folder.error().message << "\n";
        return 1;
    }
    storage::sqlite::SqliteFigures figures(folder->store);
    auto tables = options.published ? published_tables(figures, *period, disclosure_settings(options.disclosure)) : internal_tables(figures, *period);
    if (!tables) {
        std::cerr << "the figures could not be read: " << tables.error().message << "\n";
        return 1;
    }
    if (options.format == "csv") {
        for (const auto& table : *tables)
            std::cout << "# " << table.id << "\r\n" << exports::table_csv(table.table, {',', "total", ""}) << "\r\n";
        return 0;
    }
    boost::json::array out;
    for (const auto& table : *tables) out.push_back(table_json(table.id, table.unit, table.table));
    std::cout << boost::json::serialize(boost::json::object{{"period", period->code()},
                                                            {"published", options.published},
                                                            {"tables", std::move(out)}})
              << "\n";
    return 0;
}

}  // namespace meldpunt::cli
