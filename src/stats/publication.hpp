// The fixed publication tables (DOMAIN.md section 9: fixed tables only, never
// free queries) and the rule no published table may break: minors are never
// crossed with both nationality and municipality, whether as rows, columns or
// as the area a table is made for. Constant data and pure checks; thread-safe.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace meldpunt::stats {

// What a published count can be broken down by.
enum class Dimension {
    municipality,
    form,                   // the five forms of DOMAIN.md section 2
    scope,                  // domestic, cross-border, unknown
    minors,                 // under 18 at the time of the signal
    kind,                   // advice or report
    gender,
    age_band,
    minor_at_start,         // under 18 when the exploitation began
    nationality,
    count,                  // no breakdown: the one column of a list
};
std::string_view code_of(Dimension dimension);

// What is counted: signals, or people (linked persons once).
enum class Unit { signals, persons };

struct TableDefinition {
    std::string_view id;      // stable, for files and the API ("municipality_by_form")
    std::string_view title;   // English msgid
    Unit unit = Unit::signals;
    Dimension rows = Dimension::municipality;
    Dimension columns = Dimension::form;
    // Only part of the people, e.g. minors only (then `minors` is crossed too).
    std::vector<Dimension> restricted_to;
};

// The tables of every period's publication, aligned with the National
// Rapporteur's groups and CoMensha's categories.
std::span<const TableDefinition> publication_tables();

// Refuses a table that would cross minors with nationality and municipality;
// `area_is_municipality`: the table is made for one municipality (its report).
Result<void> check_publishable(const TableDefinition& table, bool area_is_municipality);

}  // namespace meldpunt::stats
