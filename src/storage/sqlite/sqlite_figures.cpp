#include "storage/sqlite/sqlite_figures.hpp"

#include <array>
#include <utility>

namespace meldpunt::storage::sqlite {

namespace {

// The column of `signals` behind each plain dimension ('' for all).
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kColumns = {{
    {"all", "''"},
    {"kind", "kind"},
    {"channel", "channel"},
    {"municipality", "municipality"},
    {"reporter_role", "reporter_role"},
    {"minors", "minors_involved"},
    {"scope", "scope"},
    {"status", "status"},
}};

std::string recount_sql(std::string_view dimension) {
    if (dimension == "form" || dimension == "sub_form") {
        const std::string table = dimension == "form" ? "signal_forms" : "signal_sub_forms";
        return "SELECT f." + std::string(dimension) + ", count(*) FROM " + table +
               " AS f JOIN signals AS s ON s.id = f.signal_id WHERE local_month(s.received_at) BETWEEN ? AND ? "
               "GROUP BY 1 ORDER BY 1";
    }
    for (const auto& [name, column] : kColumns)
        if (name == dimension)
            return "SELECT " + std::string(column) +
                   ", count(*) FROM signals WHERE local_month(received_at) BETWEEN ? AND ? GROUP BY 1 ORDER BY 1";
    return {};
}

Result<std::vector<DimensionCount>> read_counts(SqliteStore& store, const std::string& sql, int first_month,
                                                int last_month, std::optional<std::string_view> dimension) {
    auto lease = store.read();
    auto statement = lease->prepare(sql);
    if (!statement) return statement.error();
    statement->bind(1, std::int64_t{first_month}).bind(2, std::int64_t{last_month});
    if (dimension) statement->bind(3, *dimension);
    std::vector<DimensionCount> counts;
    while (true) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        const std::int64_t count = statement->column_int(1);
        if (count > 0) counts.push_back({statement->column_text(0), count});
    }
    return counts;
}

Error unknown_dimension() {
    return Error::invalid("dimension", "Unknown breakdown.");
}

}  // namespace

bool is_figure_dimension(std::string_view dimension) {
    return !recount_sql(dimension).empty();
}

Result<std::vector<DimensionCount>> SqliteFigures::counts(int first_month, int last_month, std::string_view dimension) {
    if (!is_figure_dimension(dimension)) return unknown_dimension();
    return read_counts(*m_store,
                       "SELECT value, sum(count) FROM stats_signal_counts WHERE month BETWEEN ? AND ? AND dimension = ? "
                       "GROUP BY value ORDER BY value",
                       first_month, last_month, dimension);
}

Result<std::vector<DimensionCount>> SqliteFigures::recount(int first_month, int last_month, std::string_view dimension) {
    if (!is_figure_dimension(dimension)) return unknown_dimension();
    return read_counts(*m_store, recount_sql(dimension), first_month, last_month, std::nullopt);
}

}  // namespace meldpunt::storage::sqlite
