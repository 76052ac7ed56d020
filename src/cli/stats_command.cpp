// `meldpunt stats --period P [--format csv|json] [--published] [--data DIR]`:
// the signal counts of a period per breakdown, read from the counts the store
// keeps up to date (storage/sqlite/sqlite_figures). With --published every
// table goes through disclosure control (small counts hidden, k = 10), as
// analysts and exports always get them. The cross tables of the publication
// (municipality x form and the rest) and counts of people come later.
#include <boost/json.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "exports/table_csv.hpp"
#include "stats/disclosure.hpp"
#include "stats/period.hpp"
#include "storage/sqlite/sqlite_figures.hpp"

namespace meldpunt::cli {

namespace {

constexpr std::array kBreakdowns = {"all",    "kind",  "channel", "municipality", "reporter_role",
                                    "minors", "scope", "status",  "form",         "sub_form"};

int month_of(Date day) {
    return static_cast<int>(day.year()) * 100 + static_cast<int>(static_cast<unsigned>(day.month()));
}

stats::CountTable one_column(const std::vector<storage::sqlite::DimensionCount>& counts) {
    stats::CountTable table;
    table.columns = {"signals"};
    for (const auto& count : counts) {
        table.rows.push_back(count.value.empty() ? "all" : count.value);
        table.counts.push_back({count.count});
    }
    return table;
}

boost::json::value shown(const stats::ShownCount& count) {
    return count ? boost::json::value(*count) : boost::json::value(nullptr);
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
    // Internal figures show every count (k = 1 hides nothing); published ones never show 1 to k-1.
    const stats::DisclosureSettings disclosure{stats::DisclosureMethod::suppression, options.published ? 10 : 1, 5};
    boost::json::array tables;
    std::string csv;
    for (const char* breakdown : kBreakdowns) {
        auto counts = figures.counts(month_of(period->first_day()), month_of(period->last_day()), breakdown);
        if (!counts) {
            std::cerr << "the figures could not be read: " << counts.error().message << "\n";
            return 1;
        }
        if (counts->empty()) continue;
        const auto table = stats::publish(one_column(*counts), disclosure);
        if (options.format == "csv") {
            csv += "# " + std::string(breakdown) + "\r\n" + exports::table_csv(table, {',', "total", breakdown}) + "\r\n";
            continue;
        }
        boost::json::array rows;
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            rows.push_back(boost::json::object{{"value", table.rows[r]}, {"signals", shown(table.cells[r][0])}});
        tables.push_back(boost::json::object{{"breakdown", breakdown}, {"rows", std::move(rows)}, {"total", shown(table.total)}});
    }
    if (options.format == "csv") {
        std::cout << csv;
    } else {
        std::cout << boost::json::serialize(boost::json::object{{"period", period->code()},
                                                                {"published", options.published},
                                                                {"tables", std::move(tables)}})
                  << "\n";
    }
    return 0;
}

}  // namespace meldpunt::cli
