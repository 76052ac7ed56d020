// The words staff read for the figures: what a count is broken down by ("form"
// -> "Form of exploitation"), each value of it ("sexual" -> "Sexual
// exploitation", "GM0034" -> "Almere"), chart titles, periods ("2026 Q1") and
// numbers as each language writes them ("1.234" in Dutch, "1,234" in English).
// English msgids, translated here through the catalog. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stats/period.hpp"
#include "stats/publication.hpp"
#include "web/translations.hpp"

namespace meldpunt::web {

// A breakdown ("form", "minors_form", "count"); the code itself when unknown.
std::string_view figure_dimension_msgid(std::string_view dimension);
// A dashboard chart's title: "Signals by form of exploitation".
std::string_view figure_chart_msgid(stats::Unit unit, std::string_view dimension);
// "Signals" or "Possible victims".
std::string_view figure_unit_msgid(stats::Unit unit);

// One value of a breakdown, in the reader's language. Proper names
// (municipalities), age bands and country codes stay as they are; crossed
// values ("yes|sexual" of minors_form) are worded part by part; a code this
// does not know is shown as it is.
std::string figure_value_label(const Translations& words, Language language, std::string_view dimension,
                               std::string_view value);

// "2026", "2026 Q1" ("2026 K1" in Dutch), "March 2026".
std::string period_label(const Translations& words, Language language, const stats::Period& period);
// "Flevoland (all municipalities)", "Almere", "Outside Flevoland".
std::string area_label(const Translations& words, Language language, std::string_view area);

// Counts with the language's digit grouping; rates with one decimal.
std::string format_count(std::int64_t count, Language language);
std::string format_rate(double rate, Language language);
// The difference with the period before: "+12 (+8%)", "-3 (-20%)", "0"; no
// percentage when there was nothing before ("+5").
std::string format_change(std::int64_t count, std::int64_t previous, Language language);

// Every msgid the functions above can return, for the test that all of them
// have a Dutch translation.
std::vector<std::string_view> all_figure_msgids();

}  // namespace meldpunt::web
