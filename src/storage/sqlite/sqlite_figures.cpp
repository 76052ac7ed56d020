#include "storage/sqlite/sqlite_figures.hpp"

#include <string>
#include <variant>


namespace meldpunt::storage::sqlite {

namespace {

struct Query {
    std::string sql;
    std::vector<std::variant<std::int64_t, std::string>> bindings;
};

Result<std::vector<stats::FigureCount>> run(SqliteStore& store, const Query& query) {
    auto lease = store.read();
    auto statement = lease->prepare(query.sql);
    if (!statement) return statement.error();
    int index = 1;
    for (const auto& binding : query.bindings) {
        if (const auto* number = std::get_if<std::int64_t>(&binding)) statement->bind(index++, *number);
        else statement->bind(index++, std::get<std::string>(binding));
    }
    std::vector<stats::FigureCount> counts;
    while (true) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        const std::int64_t count = statement->column_int(1);
        if (count > 0) counts.push_back({statement->column_text(0), count});
    }
    return counts;
}

// The kept counts: a range of month rows (signals) or one period row (people).
Query kept_query(stats::Unit unit, const stats::Period& period, std::string_view area, std::string_view dimension) {
    const bool by_area = dimension == "municipality";
    const std::string wanted = by_area ? "all" : std::string(dimension);
    const std::string shown = by_area ? "area" : "value";
    if (unit == stats::Unit::signals) {
        Query query{"SELECT " + shown + ", sum(count) FROM figure_signal_counts WHERE dimension = ? AND month BETWEEN ? AND ?",
                    {wanted, std::int64_t{stats::month_number(period.first_day())}, std::int64_t{stats::month_number(period.last_day())}}};
        if (area != stats::kRegion) {
            query.sql += " AND area = ?";
            query.bindings.emplace_back(std::string(area));
        }
        query.sql += " GROUP BY 1 ORDER BY 1";
        return query;
    }
    Query query{"SELECT " + shown + ", count FROM figure_person_counts WHERE dimension = ? AND period = ?",
                {wanted, std::int64_t{stats::period_number(period)}}};
    if (by_area) {
        query.sql += area == stats::kRegion ? " AND area <> ''" : " AND area = ?";
    } else {
        query.sql += " AND area = ?";
    }
    if (area != stats::kRegion || !by_area) query.bindings.emplace_back(std::string(area));
    query.sql += " ORDER BY 1";
    return query;
}

// The same from the rows themselves, with the same facts but none of the
// triggers' bookkeeping: people are counted with count(DISTINCT identity).
Query recount_query(stats::Unit unit, const stats::Period& period, std::string_view area, std::string_view dimension) {
    const bool by_area = dimension == "municipality";
    const std::string wanted = by_area ? "all" : std::string(dimension);
    if (unit == stats::Unit::persons) {
        Query query{std::string("SELECT ") + (by_area ? "json_extract(g.value, '$[2]')" : "json_extract(g.value, '$[3]')") +
                        ", count(DISTINCT p.identity) FROM persons AS p, json_each(figure_person_facts(p.role, p.age, "
                        "p.minor_at_start, p.gender, p.nationality, p.figure_month, p.figure_area)) AS g "
                        "WHERE p.identity <> 0 AND json_extract(g.value, '$[0]') = ? AND json_extract(g.value, '$[1]') = ?",
                    {wanted, std::int64_t{stats::period_number(period)}}};
        if (by_area && area == stats::kRegion) {
            query.sql += " AND json_extract(g.value, '$[2]') <> ''";
        } else {
            query.sql += " AND json_extract(g.value, '$[2]') = ?";
            query.bindings.emplace_back(std::string(area));
        }
        query.sql += " GROUP BY 1 ORDER BY 1";
        return query;
    }
    std::string facts;
    std::string from = "signals AS s";
    if (wanted == "form" || wanted == "minors_form" || wanted == "scope_form") {
        from = "signal_forms AS x JOIN signals AS s ON s.id = x.signal_id";
        facts = "figure_form_facts(x.form, s.minors_involved, s.scope)";
    } else if (wanted == "sub_form") {
        from = "signal_sub_forms AS x JOIN signals AS s ON s.id = x.signal_id";
        facts = "json_array(json_array('sub_form', x.sub_form))";
    } else if (wanted == "partner" || wanted == "referral_outcome") {
        from = "referrals AS x JOIN signals AS s ON s.id = x.signal_id";
        facts = "figure_referral_facts(x.partner, x.outcome)";
    } else {
        facts = "figure_signal_facts(s.kind, s.channel, s.reporter_role, s.minors_involved, s.scope, s.status)";
    }
    Query query{std::string("SELECT ") + (by_area ? "s.municipality" : "json_extract(f.value, '$[1]')") +
                    ", count(*) FROM " + from + ", json_each(" + facts +
                    ") AS f WHERE local_month(s.received_at) BETWEEN ? AND ? AND json_extract(f.value, '$[0]') = ?",
                {std::int64_t{stats::month_number(period.first_day())}, std::int64_t{stats::month_number(period.last_day())}, wanted}};
    if (area != stats::kRegion) {
        query.sql += " AND s.municipality = ?";
        query.bindings.emplace_back(std::string(area));
    }
    query.sql += " GROUP BY 1 ORDER BY 1";
    return query;
}

}  // namespace

Result<std::vector<stats::FigureCount>> SqliteFigures::counts(stats::Unit unit, const stats::Period& period,
                                                              std::string_view area, std::string_view dimension) {
    if (auto valid = stats::check_figure_query(unit, area, dimension); !valid) return valid.error();
    return run(*m_store, kept_query(unit, period, area, dimension));
}

Result<std::vector<stats::AreaCount>> SqliteFigures::counts_per_area(stats::Unit unit, const stats::Period& period,
                                                                     std::string_view dimension) {
    if (auto valid = stats::check_figure_query(unit, stats::kRegion, dimension); !valid) return valid.error();
    if (dimension == "municipality") return Error::invalid("dimension", "The area is already the row.");
    auto lease = m_store->read();
    const bool signals = unit == stats::Unit::signals;
    auto statement = lease->prepare(
        signals ? "SELECT area, value, sum(count) FROM figure_signal_counts WHERE dimension = ? AND month BETWEEN ? AND ? "
                  "GROUP BY area, value ORDER BY area, value"
                : "SELECT area, value, count FROM figure_person_counts WHERE dimension = ? AND period = ? AND area <> '' "
                  "ORDER BY area, value");
    if (!statement) return statement.error();
    statement->bind(1, dimension);
    if (signals) {
        statement->bind(2, std::int64_t{stats::month_number(period.first_day())})
            .bind(3, std::int64_t{stats::month_number(period.last_day())});
    } else {
        statement->bind(2, std::int64_t{stats::period_number(period)});
    }
    std::vector<stats::AreaCount> counts;
    while (true) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        const std::int64_t count = statement->column_int(2);
        if (count > 0) counts.push_back({statement->column_text(0), statement->column_text(1), count});
    }
    return counts;
}

Result<std::vector<stats::FigureCount>> SqliteFigures::recount(stats::Unit unit, const stats::Period& period,
                                                               std::string_view area, std::string_view dimension) {
    if (auto valid = stats::check_figure_query(unit, area, dimension); !valid) return valid.error();
    return run(*m_store, recount_query(unit, period, area, dimension));
}

}  // namespace meldpunt::storage::sqlite
