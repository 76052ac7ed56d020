// The coordinator's dashboard (/staff/figures, figures_internal): the internal
// figures of a period and an area, chosen with a GET form so a view can be
// bookmarked. Every chart of stats::build_dashboard is drawn as SVG on the
// server, with its table beside it (count, the period before, the difference,
// and per 100,000 inhabitants for municipalities), under the totals and their
// trend. A period that cannot be read comes back (400) with what was typed and
// what to write instead.
//
// Fast by construction: one build_dashboard per request (one FiguresSource
// call per chart) and nothing else. Viewing is not audited: the page shows
// counts, no case data, like the chat overview and the settings pages.
#include <algorithm>

#include "exports/svg_chart.hpp"
#include "security/staff_sessions.hpp"
#include "stats/dashboard.hpp"
#include "web/figure_labels.hpp"
#include "web/staff_figures.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

namespace {

struct Words {
    const Site& site;
    Language language;
    std::string operator()(std::string_view english) const { return std::string(site.tr(language, english)); }
};

void add_total(const Words& tr, const stats::DashboardChart& chart, const std::string& previous_period,
               ctemplate::TemplateDictionary& values) {
    auto* total = values.AddSectionDictionary("TOTAL");
    total->SetValue("UNIT", tr(figure_unit_msgid(chart.unit)));
    total->SetValue("COUNT", format_count(chart.total, tr.language));
    total->SetValue("PREVIOUS_PERIOD", previous_period);
    total->SetValue("PREVIOUS", format_count(chart.previous_total, tr.language));
    total->SetValue("CHANGE", format_change(chart.total, chart.previous_total, tr.language));
}

void add_chart(const Words& tr, const stats::DashboardChart& chart, const std::string& period,
               const std::string& previous_period, ctemplate::TemplateDictionary& values) {
    auto* section = values.AddSectionDictionary("CHART");
    const std::string title = tr(figure_chart_msgid(chart.unit, chart.dimension));
    section->SetValue("ID", chart.id);
    section->SetValue("TITLE", title);
    auto* link = values.AddSectionDictionary("CHART_LINK");
    link->SetValue("ID", chart.id);
    link->SetValue("TITLE", title);
    if (chart.bars.empty()) {
        section->ShowSection("EMPTY");
        return;
    }

    exports::BarChart bars;
    bars.title = title;
    bars.value_label = period;
    bars.previous_label = previous_period;
    const bool rates = std::any_of(chart.bars.begin(), chart.bars.end(), [](const auto& bar) { return bar.per_100k; });
    auto* content = section->AddSectionDictionary("BARS");
    content->SetValue("DIMENSION", tr(figure_dimension_msgid(chart.dimension)));
    content->SetValue("PERIOD", period);
    content->SetValue("PREVIOUS_PERIOD", previous_period);
    if (rates) content->ShowSection("RATE_HEAD");
    std::int64_t sum = 0;
    for (const stats::DashboardBar& bar : chart.bars) {
        const std::string label = figure_value_label(tr.site.translations, tr.language, chart.dimension, bar.value);
        bars.bars.push_back({label, bar.count, bar.previous});
        sum += bar.count;
        auto* row = content->AddSectionDictionary("ROW");
        row->SetValue("LABEL", label);
        row->SetValue("COUNT", format_count(bar.count, tr.language));
        row->SetValue("PREVIOUS", format_count(bar.previous, tr.language));
        row->SetValue("CHANGE", format_change(bar.count, bar.previous, tr.language));
        if (rates) {
            row->SetValueAndShowSection("RATE", bar.per_100k ? format_rate(*bar.per_100k, tr.language) : "-",
                                        "RATE_CELL");
        }
    }
    content->SetValue("TOTAL_LABEL", tr(chart.unit == stats::Unit::signals ? "All signals" : "All possible victims"));
    content->SetValue("TOTAL", format_count(chart.total, tr.language));
    content->SetValue("PREVIOUS_TOTAL", format_count(chart.previous_total, tr.language));
    content->SetValue("TOTAL_CHANGE", format_change(chart.total, chart.previous_total, tr.language));
    if (rates) content->ShowSection("RATE_FOOT");
    // Forms, partners and the like overlap: one signal can be in several rows.
    if (sum != chart.total) content->ShowSection("OVERLAP");
    const exports::SvgChartOptions options{"chart-" + chart.id, exports::ChartAccessibility::hidden,
                                           tr.language == Language::nl ? '.' : ',', ""};
    content->SetValue("SVG", exports::svg_bar_chart(bars, options));
}

void add_dashboard(const Site& site, Language language, const stats::Dashboard& dashboard,
                   ctemplate::TemplateDictionary& values) {
    const Words tr{site, language};
    const std::string period = period_label(site.translations, language, dashboard.period);
    const std::string previous_period = period_label(site.translations, language, dashboard.previous);
    auto* figures = values.AddSectionDictionary("FIGURES");
    figures->SetValue("PERIOD", period);
    figures->SetValue("AREA", area_label(site.translations, language, dashboard.area));
    figures->SetValue("PREVIOUS_PERIOD", previous_period);
    figures->SetValue("PUBLISHED_URL",
                      staff_path(language, "/figures/published") +
                          figures_query(dashboard.period, dashboard.area.starts_with("GM") ? dashboard.area : ""));
    // Every chart of a unit carries that unit's total: the first one gives it.
    bool signals_done = false;
    bool persons_done = false;
    for (const stats::DashboardChart& chart : dashboard.charts) {
        bool& done = chart.unit == stats::Unit::signals ? signals_done : persons_done;
        if (!done) add_total(tr, chart, previous_period, *figures);
        done = true;
        add_chart(tr, chart, period, previous_period, *figures);
    }
}

Response figures_page(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const Words tr{site, language};
    ctemplate::TemplateDictionary values("staff_figures");
    values.SetValue("ACTION_URL", staff_path(language, "/figures"));
    const FigureFilter filter = read_figure_filter(request, AreaChoices::dashboard, current_year(site.clock.now()));
    add_figure_filter(site, language, filter, AreaChoices::dashboard, values);
    int status = 200;
    if (!filter.errors.empty()) {
        add_errors(site, language, values, filter.errors);
        status = 400;
    } else if (auto dashboard = stats::build_dashboard(site.staff->figures, filter.period, filter.area)) {
        add_dashboard(site, language, *dashboard, values);
    } else {
        add_errors(site, language, values,
                   {Error::invalid("", "The figures could not be loaded just now. Try again in a minute.")});
        status = 503;
    }
    return staff_page(site, request, status, StaffSection::figures, tr("Figures"), "staff_figures.tpl", values);
}

}  // namespace

void add_staff_figures_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/figures"), Permission::figures_internal,
                          [&site](const Request& request) { return figures_page(site, request); }});
    }
}

}  // namespace meldpunt::web
