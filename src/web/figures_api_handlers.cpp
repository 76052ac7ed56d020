// GET /api/v1/stats/published?period=<2026|2026Q1|2026-03>[&area=GM0034]
// (figures_read): every published table of a period for the region or one
// municipality, after disclosure control, as JSON for other systems. Codes,
// not words: rows and columns are the codes of their breakdown, and a hidden
// count is null. Shape in docs/api/openapi.yaml. Not audited, like the page.
#include "stats/published_figures.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"
#include "web/staff_figures.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

namespace json = boost::json;

namespace {

json::value shown(const stats::ShownCount& count) {
    return count ? json::value(*count) : json::value(nullptr);
}

json::array shown_all(const std::vector<stats::ShownCount>& counts) {
    json::array values;
    for (const auto& count : counts) values.push_back(shown(count));
    return values;
}

json::array strings(const std::vector<std::string>& texts) {
    json::array values;
    for (const auto& text : texts) values.emplace_back(text);
    return values;
}

json::object table_json(const stats::PublishedFigureTable& table) {
    const stats::TableDefinition& definition = *table.definition;
    json::array cells;
    for (const auto& row : table.table.cells) cells.push_back(shown_all(row));
    return json::object{{"id", definition.id},
                        {"title", definition.title},
                        {"unit", definition.unit == stats::Unit::signals ? "signals" : "persons"},
                        {"row_dimension", stats::code_of(definition.rows)},
                        {"column_dimension", stats::code_of(definition.columns)},
                        {"rows", strings(table.table.rows)},
                        {"columns", strings(table.table.columns)},
                        {"cells", std::move(cells)},
                        {"row_totals", shown_all(table.table.row_totals)},
                        {"column_totals", shown_all(table.table.column_totals)},
                        {"total", shown(table.table.total)}};
}

Response published_figures(Site& site, const Request& request) {
    const FigureFilter filter = read_figure_filter(request, AreaChoices::publication, std::nullopt);
    if (!filter.errors.empty()) return json_error(filter.errors.front());
    auto published =
        stats::publish_figures(site.staff->figures, filter.period, filter.area, site.settings.figures_disclosure);
    if (!published) return json_error(published.error());
    json::array tables;
    for (const auto& table : published->tables) tables.push_back(table_json(table));
    const stats::DisclosureSettings& settings = published->settings;
    json::object body{{"period", published->period.code()},
                      {"area", published->area.empty() ? json::value(nullptr) : json::value(published->area)},
                      {"method", settings.method == stats::DisclosureMethod::suppression ? "suppression" : "rounding"},
                      {"k", settings.k}};
    if (settings.method == stats::DisclosureMethod::rounding) body["base"] = settings.base;
    body["tables"] = std::move(tables);
    return json_response(200, body);
}

}  // namespace

void add_figures_api_routes(Site& site, std::vector<Route>& routes) {
    routes.push_back({Method::get, "/api/v1/stats/published", Permission::figures_read,
                      [&site](const Request& request) { return published_figures(site, request); }});
}

}  // namespace meldpunt::web
