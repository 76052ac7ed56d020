// The published figures (/staff/figures/published, figures_read: analysts and
// coordinators): every fixed table of stats::publish_figures for a period and
// the region or one municipality, after disclosure control (k from the site
// settings, 10 by default). A hidden count is shown as "." and the page says
// why. Each table can be downloaded (/staff/figures/published.csv?...&table=);
// a download is an export and is audited (export_made). Viewing the page is
// not: it shows only published counts.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "exports/report_pdf.hpp"
#include "exports/table_csv.hpp"
#include "exports/table_xlsx.hpp"
#include "security/staff_sessions.hpp"
#include "stats/published_figures.hpp"
#include "web/figure_labels.hpp"
#include "web/figures_report.hpp"
#include "web/staff_figures.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kNotNow = "The figures could not be loaded just now. Try again in a minute.";

// The downloads of one table; the whole publication (XLSX) and the period's
// report (PDF) are offered once per page.
struct Download {
    std::string_view suffix;  // after "/figures/published"
    std::string_view label;   // msgid
};
constexpr Download kDownloads[] = {
    {".csv", "Download as CSV (spreadsheet)"},
};

void add_cell(ctemplate::TemplateDictionary& row, const char* section, const stats::ShownCount& count,
              Language language) {
    auto* cell = row.AddSectionDictionary(section);
    if (count) {
        cell->SetValueAndShowSection("COUNT", format_count(*count, language), "SHOWN");
    } else {
        cell->ShowSection("HIDDEN");
    }
}

void add_table(const Site& site, Language language, const stats::PublishedFigures& published,
               const stats::PublishedFigureTable& table, ctemplate::TemplateDictionary& values) {
    const exports::LabelledTable labelled = labelled_table(site.translations, language, table);
    auto* section = values.AddSectionDictionary("TABLE");
    section->SetValue("ID", labelled.id);
    section->SetValue("TITLE", labelled.title);
    section->SetValue("UNIT", std::string(site.tr(language, figure_unit_msgid(table.definition->unit))));
    section->SetValue("CORNER", labelled.corner_label);
    section->SetValue("TOTAL_LABEL", labelled.total_label);
    for (const std::string& column : labelled.table.columns)
        section->AddSectionDictionary("COLUMN")->SetValue("LABEL", column);
    const stats::PublishedTable& counts = labelled.table;
    for (std::size_t r = 0; r < counts.rows.size(); ++r) {
        auto* row = section->AddSectionDictionary("ROW");
        row->SetValue("LABEL", counts.rows[r]);
        for (const auto& cell : counts.cells[r]) add_cell(*row, "CELL", cell, language);
        add_cell(*row, "ROW_TOTAL", counts.row_totals[r], language);
    }
    for (const auto& total : counts.column_totals) add_cell(*section, "COLUMN_TOTAL", total, language);
    add_cell(*section, "GRAND_TOTAL", counts.total, language);
    const std::string query = figures_query(published.period, published.area) + "&table=" + url_encode(labelled.id);
    for (const Download& download : kDownloads) {
        auto* link = section->AddSectionDictionary("DOWNLOAD");
        link->SetValue("URL", staff_path(language, "/figures/published") + std::string(download.suffix) + query);
        link->SetValue("LABEL", std::string(site.tr(language, download.label)));
    }
}

void add_explanation(const stats::DisclosureSettings& settings, ctemplate::TemplateDictionary& values) {
    if (settings.method == stats::DisclosureMethod::rounding) {
        values.SetValueAndShowSection("BASE", std::to_string(settings.base), "ROUNDING");
    } else {
        values.SetValueAndShowSection("LARGEST_HIDDEN", std::to_string(settings.k - 1), "SUPPRESSION");
    }
}

Response published_page(Site& site, const Request& request) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_published_figures");
    values.SetValue("ACTION_URL", staff_path(language, "/figures/published"));
    const FigureFilter filter = read_figure_filter(request, AreaChoices::publication, current_year(site.clock.now()));
    add_figure_filter(site, language, filter, AreaChoices::publication, values);
    int status = 200;
    if (!filter.errors.empty()) {
        add_errors(site, language, values, filter.errors);
        status = 400;
    } else if (auto published = stats::publish_figures(site.staff->figures, filter.period, filter.area,
                                                       site.settings.figures_disclosure)) {
        auto* figures = values.AddSectionDictionary("FIGURES");
        figures->SetValue("PERIOD", period_label(site.translations, language, published->period));
        figures->SetValue("AREA", area_label(site.translations, language, published->area));
        add_explanation(published->settings, *figures);
        const std::string query = figures_query(published->period, published->area);
        figures->SetValue("WORKBOOK_URL", staff_path(language, "/figures/published.xlsx") + query);
        figures->SetValue("REPORT_URL", staff_path(language, "/figures/report.pdf") + query);
        for (const auto& table : published->tables) add_table(site, language, *published, table, *figures);
        if (published->tables.empty()) figures->ShowSection("NO_TABLES");
    } else {
        add_errors(site, language, values,
                   {Error::invalid("", std::string(kNotNow))});
        status = 503;
    }
    return staff_page(site, request, status, StaffSection::published_figures, site.tr(language, "Published figures"),
                      "staff_published_figures.tpl", values);
}

Response plain_refusal(const Site& site, Language language, int status, std::string_view message) {
    return Response::text(status, std::string(site.tr(language, message)) + "\n");
}

// "meldpunt-municipality_by_form-2026Q1-GM0034.csv": only letters, digits, - and _.
std::string file_name(const stats::PublishedFigures& published, std::string_view table, std::string_view extension) {
    std::string name = "meldpunt-" + std::string(table) + "-" + published.period.code();
    if (!published.area.empty()) name += "-" + published.area;
    for (char& c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            c = '_';
    return name + std::string(extension);
}

Response attachment(std::string bytes, std::string_view content_type, const std::string& name) {
    Response response = Response::text(200, std::move(bytes));
    response.content_type = std::string(content_type);
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return response;
}


// An export leaves the service: who made which one is on the audit trail.
// False when that could not be written (then no export goes out).
bool record_export(Site& site, const Request& request) {
    return site.staff->audit_log.record(AuditAction::export_made, request.staff->identity.id).ok();
}

Response published_csv(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const FigureFilter filter = read_figure_filter(request, AreaChoices::publication, current_year(site.clock.now()));
    if (!filter.errors.empty()) return plain_refusal(site, language, 400, filter.errors.front().message);
    auto published =
        stats::publish_figures(site.staff->figures, filter.period, filter.area, site.settings.figures_disclosure);
    if (!published) return plain_refusal(site, language, 503, kNotNow);
    const std::string wanted = query_value(request, "table");
    const auto table = std::find_if(published->tables.begin(), published->tables.end(),
                                    [&](const auto& candidate) { return candidate.definition->id == wanted; });
    if (table == published->tables.end())
        return plain_refusal(site, language, 404, "There is no such table in this publication.");
    if (!record_export(site, request)) return plain_refusal(site, language, 503, kNotNow);
    const exports::LabelledTable labelled = labelled_table(site.translations, language, *table);
    // Spreadsheets set to Dutch read ";" between fields (the "," is their decimal sign).
    const exports::CsvOptions options{language == Language::nl ? ';' : ',', labelled.total_label,
                                      labelled.corner_label};
    return attachment(exports::table_csv(labelled.table, options), "text/csv; charset=utf-8",
                      file_name(*published, labelled.id, ".csv"));
}

// The exporters write files (complete or not at all); the answer carries the
// bytes, and the file is gone before the answer leaves.
Result<std::string> exported_bytes(std::string_view extension,
                                   const std::function<Result<void>(const std::filesystem::path&)>& write) {
    const auto file = std::filesystem::temp_directory_path() /
                      ("meldpunt-export-" + to_hex(random_bytes(8)) + std::string(extension));
    auto written = write(file);
    std::string bytes;
    if (written) {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) written = Error::make(ErrorCode::internal, "the export could not be read back");
    }
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    if (!written) return written.error();
    return bytes;
}


Response published_workbook(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const FigureFilter filter = read_figure_filter(request, AreaChoices::publication, current_year(site.clock.now()));
    if (!filter.errors.empty()) return plain_refusal(site, language, 400, filter.errors.front().message);
    auto published =
        stats::publish_figures(site.staff->figures, filter.period, filter.area, site.settings.figures_disclosure);
    if (!published || published->tables.empty()) return plain_refusal(site, language, 503, kNotNow);
    if (!record_export(site, request)) return plain_refusal(site, language, 503, kNotNow);
    std::vector<exports::LabelledTable> tables;
    for (const auto& table : published->tables) tables.push_back(labelled_table(site.translations, language, table));
    auto bytes = exported_bytes(".xlsx", [&](const std::filesystem::path& file) {
        return exports::write_tables_xlsx(tables, suppression_note(site.translations, language, published->settings),
                                          file);
    });
    if (!bytes) return plain_refusal(site, language, 503, kNotNow);
    return attachment(std::move(*bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      file_name(*published, "figures", ".xlsx"));
}

// The period's report: the region and every municipality, whatever area the page showed.
Response report_pdf(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const FigureFilter filter = read_figure_filter(request, AreaChoices::publication, current_year(site.clock.now()));
    if (!filter.errors.empty()) return plain_refusal(site, language, 400, filter.errors.front().message);
    auto document = figures_report(site.translations, language, site.staff->figures, filter.period,
                                   site.settings.figures_disclosure, site.clock.now());
    if (!document) return plain_refusal(site, language, 503, kNotNow);
    if (!record_export(site, request)) return plain_refusal(site, language, 503, kNotNow);
    auto bytes = exported_bytes(".pdf", [&](const std::filesystem::path& file) {
        return exports::write_report_pdf(*document, file);
    });
    if (!bytes) return plain_refusal(site, language, 503, kNotNow);
    const stats::PublishedFigures named{filter.period, "", site.settings.figures_disclosure, {}};
    return attachment(std::move(*bytes), "application/pdf", file_name(named, "report", ".pdf"));
}

}  // namespace

void add_staff_published_figures_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/figures/published"), Permission::figures_read,
                          [&site](const Request& request) { return published_page(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/figures/published.csv"), Permission::figures_read,
                          [&site](const Request& request) { return published_csv(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/figures/published.xlsx"), Permission::figures_read,
                          [&site](const Request& request) { return published_workbook(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/figures/report.pdf"), Permission::figures_read,
                          [&site](const Request& request) { return report_pdf(site, request); }});
    }
}

}  // namespace meldpunt::web
