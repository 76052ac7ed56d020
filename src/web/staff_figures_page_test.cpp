// The figures pages and API through the real access check and handlers, over
// a fake FiguresSource: the dashboard (charts as SVG beside their tables,
// totals and trend, filters, a period that cannot be read), the published
// tables (nothing from 1 to 9 shown), the CSV download and the JSON API.
#include <boost/json.hpp>

#include <regex>

#include "stats/dashboard.hpp"
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;
using stats::Unit;
using test_support::header;

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, std::string_view part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

// The text of every <td class="number"> cell of a page, tags removed.
std::vector<std::string> number_cells(const std::string& html) {
    std::vector<std::string> cells;
    const std::regex cell("<td class=\"number\">(.*?)</td>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), cell); it != std::sregex_iterator(); ++it)
        cells.push_back(std::regex_replace(it->str(1), std::regex("<[^>]*>"), ""));
    return cells;
}

class FiguresPages : public test_support::StaffSiteTest {
  protected:
    void SetUp() override {
        StaffSiteTest::SetUp();
        m_coordinator = session_for("coord", RoleSet{Role::coordinator});
        m_analyst = session_for("analyst", RoleSet{Role::analyst});
        // 2026 against 2025, the whole region: 120 signals in four areas.
        m_figures.set(Unit::signals, "2026", "", "all", {{"", 120}});
        m_figures.set(Unit::signals, "2025", "", "all", {{"", 100}});
        m_figures.set(Unit::signals, "2026", "", "municipality",
                      {{"GM0034", 70}, {"GM0995", 30}, {"outside", 15}, {"unknown", 5}});
        m_figures.set(Unit::signals, "2025", "", "municipality", {{"GM0034", 60}, {"GM0995", 40}});
        m_figures.set(Unit::signals, "2026", "", "form", {{"labour", 80}, {"sexual", 50}});
        m_figures.set(Unit::persons, "2026", "", "all", {{"", 40}});
        m_figures.set(Unit::persons, "2025", "", "all", {{"", 35}});
        m_figures.set(Unit::persons, "2026", "", "age_band", {{"12-15", 3}, {"30-49", 37}});
        // Almere alone.
        m_figures.set(Unit::signals, "2026", "GM0034", "all", {{"", 70}});
        m_figures.set(Unit::signals, "2026", "GM0034", "form", {{"labour", 40}, {"sexual", 3}});
        m_figures.set(Unit::signals, "2026", "GM0995", "form", {{"labour", 12}, {"sexual", 25}});
        m_figures.set(Unit::signals, "2026", "GM0034", "kind", {{"advice", 20}, {"report", 50}});
        m_figures.set(Unit::signals, "2026", "GM0995", "kind", {{"advice", 4}, {"report", 26}});
    }

    Response get(const std::string& target, const std::string& token) {
        return dispatch(request_for(Method::get, target, token, {}));
    }

    std::string m_coordinator;
    std::string m_analyst;
};

TEST_F(FiguresPages, TheDashboardDrawsEveryChartBesideItsTable) {
    const Response page = get("/staff/figures?period=2026", m_coordinator);
    ASSERT_EQ(page.status, 200) << page.body;
    // Totals and their trend.
    EXPECT_TRUE(contains(page.body, "<span class=\"big-number\">120</span>"));
    EXPECT_TRUE(contains(page.body, "In 2025: 100. Verschil: +20 (+20%)")) << page.body;
    EXPECT_TRUE(contains(page.body, "<span class=\"big-number\">40</span>"));
    // The municipality chart: SVG (hidden from screen readers) and the table beside it.
    const auto section = page.body.find("<section class=\"figure-chart\" id=\"signals_municipality\"");
    ASSERT_NE(section, std::string::npos);
    const std::string chart = page.body.substr(section, page.body.find("</section>", section) - section);
    EXPECT_TRUE(contains(
        chart, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" id=\"chart-signals_municipality\""));
    EXPECT_TRUE(contains(chart, "aria-hidden=\"true\""));
    EXPECT_TRUE(contains(chart, "<th scope=\"col\" class=\"number\">Per 100.000 inwoners</th>"));
    EXPECT_TRUE(std::regex_search(chart, std::regex("<th scope=\"row\">Almere</th>\\s*<td class=\"number\">70</td>\\s*"
                                                    "<td class=\"number\">60</td>\\s*<td class=\"number\">\\+10 "
                                                    "\\(\\+17%\\)</td>\\s*<td class=\"number\">30,8</td>")))
        << chart;
    EXPECT_TRUE(
        std::regex_search(chart, std::regex("<th scope=\"row\">Buiten Flevoland</th>\\s*<td class=\"number\">15</td>"
                                            "\\s*<td class=\"number\">0</td>\\s*<td class=\"number\">\\+15</td>\\s*"
                                            "<td class=\"number\">-</td>")));
    EXPECT_TRUE(
        std::regex_search(chart, std::regex("<th scope=\"row\">Alle signalen</th>\\s*<td class=\"number\">120</td>")));
    EXPECT_FALSE(contains(chart, "samen meer zijn dan het totaal")) << "each signal has one area: the rows add up";
    // Forms overlap, and the page says so.
    const auto forms = page.body.find("id=\"signals_form\"");
    ASSERT_NE(forms, std::string::npos);
    EXPECT_TRUE(contains(page.body.substr(forms, page.body.find("</section>", forms) - forms),
                         "samen meer zijn dan het totaal"));
    // Every chart of the dashboard is on the page, with a link to it.
    const stats::Dashboard dashboard =
        stats::build_dashboard(m_figures, stats::parse_period("2026").value(), "").value();
    for (const auto& each : dashboard.charts) {
        EXPECT_TRUE(contains(page.body, "id=\"" + each.id + "\"")) << each.id;
        EXPECT_TRUE(contains(page.body, "href=\"#" + each.id + "\"")) << each.id;
    }
    EXPECT_EQ(occurrences(page.body, "<svg"), occurrences(page.body, "<table class=\"figures\""));
    EXPECT_EQ(page.body.find("<script"), std::string::npos);
}

TEST_F(FiguresPages, TheDashboardAsksTheSourceOnlyWhatBuildDashboardAsks) {
    m_figures.reset_calls();
    (void)stats::build_dashboard(m_figures, stats::parse_period("2026").value(), "");
    const int needed = m_figures.calls();
    m_figures.reset_calls();
    ASSERT_EQ(get("/staff/figures?period=2026", m_coordinator).status, 200);
    EXPECT_EQ(m_figures.calls(), needed);
    EXPECT_TRUE(audit_actions().empty()) << "viewing counts is not audited";
}

TEST_F(FiguresPages, WithoutAPeriodTheDashboardShowsThisYearInEnglishToo) {
    const Response page = get("/en/staff/figures", m_coordinator);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "id=\"period\" name=\"period\" value=\"2026\""));
    EXPECT_TRUE(contains(page.body, "In 2025: 100. Difference: +20 (+20%)"));
    EXPECT_TRUE(contains(page.body, "<th scope=\"col\" class=\"number\">Per 100,000 inhabitants</th>"));
}

TEST_F(FiguresPages, APeriodThatCannotBeReadComesBackAsTypedWithWhatToWrite) {
    m_figures.reset_calls();
    const Response page = get("/staff/figures?period=2026Q5\"><script>x</script>", m_coordinator);
    ASSERT_EQ(page.status, 400);
    EXPECT_TRUE(contains(page.body, "value=\"2026Q5&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")) << page.body;
    EXPECT_FALSE(contains(page.body, "<script>x"));
    EXPECT_TRUE(contains(page.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(page.body,
                         "<a href=\"#period\">Schrijf de periode als een jaar (2026), een kwartaal (2026Q1) of een "
                         "maand (2026-03).</a>"))
        << page.body;
    EXPECT_FALSE(contains(page.body, "<svg"));
    EXPECT_EQ(m_figures.calls(), 0);
    EXPECT_EQ(get("/staff/figures?period=2026&area=GM9999", m_coordinator).status, 400);
}

TEST_F(FiguresPages, AMunicipalityHasItsOwnNumbersAndNoMunicipalityChart) {
    const Response page = get("/staff/figures?period=2026&area=GM0034", m_coordinator);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<span class=\"big-number\">70</span>"));
    EXPECT_TRUE(contains(page.body, "<option value=\"GM0034\" selected>Almere</option>"));
    EXPECT_FALSE(contains(page.body, "id=\"signals_municipality\""));
    EXPECT_TRUE(contains(page.body, "href=\"/staff/figures/published?period=2026&amp;area=GM0034\""));
}

TEST_F(FiguresPages, WhenTheFiguresCannotBeReadThePageSaysSo) {
    m_figures.fail(true);
    const Response page = get("/staff/figures?period=2026", m_coordinator);
    EXPECT_EQ(page.status, 503);
    EXPECT_TRUE(contains(page.body, "error-summary"));
}

TEST_F(FiguresPages, AnAnalystSeesOnlyThePublishedFiguresAndTheMenuSaysSo) {
    EXPECT_EQ(get("/staff/figures?period=2026", m_analyst).status, 403);
    const Response published = get("/staff/figures/published?period=2026", m_analyst);
    ASSERT_EQ(published.status, 200);
    EXPECT_TRUE(contains(published.body, "href=\"/staff/figures/published\" aria-current=\"page\""));
    EXPECT_FALSE(contains(published.body, "href=\"/staff/figures\""));
    const Response coordinator = get("/staff/figures?period=2026", m_coordinator);
    EXPECT_TRUE(contains(coordinator.body, "href=\"/staff/figures\" aria-current=\"page\">Cijfers</a>"));
    EXPECT_TRUE(contains(coordinator.body, "href=\"/staff/figures/published\">Gepubliceerde cijfers</a>"));
}

TEST_F(FiguresPages, PublishedTablesShowNothingFromOneToNine) {
    const Response page = get("/staff/figures/published?period=2026", m_analyst);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body,
                         "<caption id=\"municipality_by_form-caption\">Signalen per gemeente en vorm van uitbuiting"))
        << page.body;
    EXPECT_TRUE(contains(page.body, "<th scope=\"col\">Gemeente</th>"));
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Almere</th>"));
    EXPECT_TRUE(contains(page.body, "id=\"suppression-note\""));
    EXPECT_TRUE(contains(page.body, "van 1 tot 9"));
    const auto cells = number_cells(page.body);
    ASSERT_GT(cells.size(), 20u);
    int hidden = 0;
    for (const std::string& cell : cells) {
        if (cell.starts_with(".")) {
            ++hidden;
            continue;
        }
        const std::string digits = std::regex_replace(cell, std::regex("[^0-9]"), "");
        ASSERT_FALSE(digits.empty()) << cell;
        const long value = std::stol(digits);
        EXPECT_TRUE(value == 0 || value >= 10) << "shown: " << cell;
    }
    EXPECT_GE(hidden, 4) << "the 3 and the 4, and what would give them away";
    EXPECT_TRUE(
        contains(page.body, "href=\"/staff/figures/published.csv?period=2026&amp;table=municipality_by_form\""));
}

TEST_F(FiguresPages, ATableDownloadsAsCsvAndTheExportIsAudited) {
    const Response csv = get("/staff/figures/published.csv?period=2026&table=municipality_by_form", m_analyst);
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
    EXPECT_EQ(header(csv, "Content-Disposition"), "attachment; filename=\"meldpunt-municipality_by_form-2026.csv\"");
    EXPECT_TRUE(csv.body.starts_with("Gemeente;Seksuele uitbuiting;")) << csv.body;
    EXPECT_TRUE(contains(csv.body, "\r\nTotaal;")) << csv.body;
    EXPECT_FALSE(contains(csv.body, ";3;"));
    EXPECT_EQ(audit_actions(), std::vector<AuditAction>{AuditAction::export_made});

    const Response english = get("/en/staff/figures/published.csv?period=2026&table=municipality_by_kind", m_analyst);
    ASSERT_EQ(english.status, 200);
    EXPECT_TRUE(english.body.starts_with("Municipality,Advice questions,Reports,Total\r\n")) << english.body;
    EXPECT_EQ(get("/staff/figures/published.csv?period=2026&table=nothing", m_analyst).status, 404);
    EXPECT_EQ(get("/staff/figures/published.csv?period=20x6&table=municipality_by_form", m_analyst).status, 400);
}

TEST_F(FiguresPages, TheWholePublicationDownloadsAsXlsxAndTheReportAsPdf) {
    const Response page = get("/staff/figures/published?period=2026", m_analyst);
    EXPECT_TRUE(contains(page.body, "href=\"/staff/figures/published.xlsx?period=2026\""));
    EXPECT_TRUE(contains(page.body, "href=\"/staff/figures/report.pdf?period=2026\""));

    const Response workbook = get("/staff/figures/published.xlsx?period=2026", m_analyst);
    ASSERT_EQ(workbook.status, 200) << workbook.body;
    EXPECT_EQ(workbook.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_TRUE(workbook.body.starts_with("PK"));
    EXPECT_EQ(header(workbook, "Content-Disposition"), "attachment; filename=\"meldpunt-figures-2026.xlsx\"");

    const Response report = get("/en/staff/figures/report.pdf?period=2026", m_analyst);
    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(report.content_type, "application/pdf");
    EXPECT_TRUE(report.body.starts_with("%PDF-"));
    EXPECT_EQ(audit_actions(), (std::vector<AuditAction>{AuditAction::export_made, AuditAction::export_made}));
    EXPECT_EQ(get("/staff/figures/report.pdf?period=2026Q9", m_analyst).status, 400);
    EXPECT_EQ(get("/api/v1/stats/published?period=2026-03", m_analyst).status, 200);
}

TEST_F(FiguresPages, TheApiGivesCodesAndNullForHiddenCounts) {
    const Response answer = get("/api/v1/stats/published?period=2026", m_analyst);
    ASSERT_EQ(answer.status, 200) << answer.body;
    const auto body = boost::json::parse(answer.body).as_object();
    EXPECT_EQ(body.at("period").as_string(), "2026");
    EXPECT_TRUE(body.at("area").is_null());
    EXPECT_EQ(body.at("method").as_string(), "suppression");
    EXPECT_EQ(body.at("k").as_int64(), 10);
    const auto& tables = body.at("tables").as_array();
    ASSERT_FALSE(tables.empty());
    const auto& first = tables.at(0).as_object();
    EXPECT_EQ(first.at("id").as_string(), "municipality_by_form");
    EXPECT_EQ(first.at("unit").as_string(), "signals");
    EXPECT_EQ(first.at("rows").as_array().at(0).as_string(), "GM0034");
    const auto& almere = first.at("cells").as_array().at(0).as_array();
    bool saw_null = false;
    for (const auto& row : first.at("cells").as_array())
        for (const auto& cell : row.as_array()) {
            if (cell.is_null())
                saw_null = true;
            else
                EXPECT_TRUE(cell.as_int64() == 0 || cell.as_int64() >= 10) << cell;
        }
    EXPECT_TRUE(saw_null);
    EXPECT_EQ(almere.size(), first.at("columns").as_array().size());
    EXPECT_EQ(first.at("row_totals").as_array().size(), first.at("rows").as_array().size());
    EXPECT_EQ(first.at("column_totals").as_array().size(), first.at("columns").as_array().size());
    EXPECT_TRUE(first.contains("total"));

    const Response municipality = get("/api/v1/stats/published?period=2026&area=GM0034", m_coordinator);
    ASSERT_EQ(municipality.status, 200);
    const auto one = boost::json::parse(municipality.body).as_object();
    EXPECT_EQ(one.at("area").as_string(), "GM0034");
    for (const auto& table : one.at("tables").as_array())
        EXPECT_NE(table.as_object().at("row_dimension").as_string(), "municipality");
}

TEST_F(FiguresPages, TheApiRefusesAPeriodItCannotRead) {
    for (const char* target : {"/api/v1/stats/published", "/api/v1/stats/published?period=2026Q7",
                               "/api/v1/stats/published?period=2026&area=outside"}) {
        const Response answer = get(target, m_analyst);
        ASSERT_EQ(answer.status, 400) << target;
        const auto error = boost::json::parse(answer.body).as_object().at("error").as_object();
        EXPECT_EQ(error.at("code").as_string(), "invalid_input");
        EXPECT_FALSE(error.at("message").as_string().empty());
    }
    const auto error = boost::json::parse(get("/api/v1/stats/published?period=26", m_analyst).body).at("error");
    EXPECT_EQ(error.at("field").as_string(), "period");
    EXPECT_EQ(get("/api/v1/stats/published?period=2026", session_for("worker", RoleSet{Role::caseworker})).status, 403);
}

}  // namespace
}  // namespace meldpunt::web
