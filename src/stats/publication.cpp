#include "stats/publication.hpp"

#include <algorithm>
#include <array>

namespace meldpunt::stats {

namespace {

// scope_by_form is the National Rapporteur's grouping: domestic and
// cross-border sexual exploitation, labour, criminal, other.
const std::array<TableDefinition, 7> kTables = {
    TableDefinition{"municipality_by_form", "Signals per municipality and form of exploitation", Unit::signals,
                    Dimension::municipality, Dimension::form, {}},
    TableDefinition{"municipality_by_kind", "Advice questions and reports per municipality", Unit::signals,
                    Dimension::municipality, Dimension::kind, {}},
    TableDefinition{"minors_by_form", "Signals per form of exploitation, by whether minors are involved", Unit::signals, Dimension::form,
                    Dimension::minors, {}},
    TableDefinition{"scope_by_form", "Domestic and cross-border, per form of exploitation", Unit::signals,
                    Dimension::form, Dimension::scope, {}},
    TableDefinition{"victims_by_municipality", "Possible victims per municipality (each person once per municipality)", Unit::persons,
                    Dimension::municipality, Dimension::count, {}},
    TableDefinition{"victims_by_age_and_gender", "Possible victims by age and gender (each person once per age and gender)",
                    Unit::persons, Dimension::age_band, Dimension::gender, {}},
    TableDefinition{"victims_minor_at_start", "Possible victims who were minors when the exploitation began",
                    Unit::persons, Dimension::minor_at_start, Dimension::count, {}},
};

}  // namespace

std::string_view code_of(Dimension dimension) {
    switch (dimension) {
        case Dimension::municipality: return "municipality";
        case Dimension::form: return "form";
        case Dimension::scope: return "scope";
        case Dimension::minors: return "minors";
        case Dimension::kind: return "kind";
        case Dimension::gender: return "gender";
        case Dimension::age_band: return "age_band";
        case Dimension::minor_at_start: return "minor_at_start";
        case Dimension::count: return "count";
        case Dimension::nationality: break;
    }
    return "nationality";
}

std::span<const TableDefinition> publication_tables() {
    return kTables;
}

Result<void> check_publishable(const TableDefinition& table, bool area_is_municipality) {
    std::vector<Dimension> crossed = table.restricted_to;
    crossed.push_back(table.rows);
    crossed.push_back(table.columns);
    if (area_is_municipality) crossed.push_back(Dimension::municipality);
    const auto has = [&](Dimension dimension) {
        return std::find(crossed.begin(), crossed.end(), dimension) != crossed.end();
    };
    // Age bands under 18 are minors too.
    const bool minors = has(Dimension::minors) || has(Dimension::age_band) || has(Dimension::minor_at_start);
    if (minors && has(Dimension::nationality) && has(Dimension::municipality))
        return Error::invalid("table", "A published table never crosses minors with nationality and municipality.");
    if (table.rows == table.columns) return Error::invalid("table", "A table needs two different breakdowns.");
    return Ok{};
}

}  // namespace meldpunt::stats
