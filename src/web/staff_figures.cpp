#include "web/staff_figures.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "base/working_days.hpp"
#include "domain/municipality.hpp"
#include "web/figure_labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_queries.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

// The same words as stats::parse_period, so the page and the API say one thing.
constexpr std::string_view kPeriodMessage =
    "Give the period as a year (2026), a quarter (2026Q1) or a month (2026-03).";
constexpr std::string_view kAreaMessage = "Choose an area from the list.";

std::vector<std::string> area_codes(AreaChoices choices) {
    std::vector<std::string> codes{""};
    for (const auto& info : flevoland_municipalities()) codes.emplace_back(info.cbs_code);
    if (choices == AreaChoices::dashboard) {
        codes.emplace_back(code_of(Municipality::outside));
        codes.emplace_back(code_of(Municipality::unknown));
    }
    return codes;
}

}  // namespace

FigureFilter read_figure_filter(const Request& request, AreaChoices choices,
                                const std::optional<stats::Period>& default_period) {
    FigureFilter filter;
    filter.typed_period = query_value(request, "period");
    filter.typed_area = query_value(request, "area");
    const std::string period_text(trim(filter.typed_period));
    if (period_text.empty() && default_period) {
        filter.period = *default_period;
        filter.typed_period = default_period->code();
    } else if (auto period = stats::parse_period(period_text)) {
        filter.period = *period;
    } else {
        filter.errors.push_back(Error::invalid("period", std::string(kPeriodMessage)));
    }
    const auto codes = area_codes(choices);
    if (std::find(codes.begin(), codes.end(), filter.typed_area) != codes.end()) {
        filter.area = filter.typed_area;
    } else {
        filter.errors.push_back(Error::invalid("area", std::string(kAreaMessage)));
    }
    return filter;
}

stats::Period current_year(TimePoint now) {
    return stats::Period{stats::PeriodKind::year, static_cast<int>(local_date(now).year()), 1};
}

void add_figure_filter(const Site& site, Language language, const FigureFilter& filter, AreaChoices choices,
                       ctemplate::TemplateDictionary& values) {
    values.SetValue("PERIOD", filter.typed_period);
    for (const std::string& code : area_codes(choices))
        add_choice(values, "AREA", code, area_label(site.translations, language, code), code == filter.typed_area);
}

std::string figures_query(const stats::Period& period, std::string_view area) {
    std::string query = "?period=" + url_encode(period.code());
    if (!area.empty()) query += "&area=" + url_encode(area);
    return query;
}

exports::LabelledTable labelled_table(const Translations& words, Language language,
                                      const stats::PublishedFigureTable& table) {
    const stats::TableDefinition& definition = *table.definition;
    const std::string_view rows = stats::code_of(definition.rows);
    const std::string_view columns = stats::code_of(definition.columns);
    exports::LabelledTable labelled;
    labelled.id = std::string(definition.id);
    labelled.title = std::string(words.get(language, definition.title));
    labelled.corner_label = std::string(words.get(language, figure_dimension_msgid(rows)));
    labelled.total_label = std::string(words.get(language, "Total"));
    labelled.table = table.table;
    for (std::string& row : labelled.table.rows) row = figure_value_label(words, language, rows, row);
    for (std::string& column : labelled.table.columns) {
        // A list has one column: what it counts.
        column = definition.columns == stats::Dimension::count
                     ? std::string(words.get(language, figure_unit_msgid(definition.unit)))
                     : figure_value_label(words, language, columns, column);
    }
    return labelled;
}

}  // namespace meldpunt::web
