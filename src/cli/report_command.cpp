// `meldpunt report --period P --out FILE.pdf|FILE.xlsx [--language nl|en] [--data DIR]`:
// the period's publication (the region and each municipality, disclosure
// control as --figures-k / --figures-round-to say: k = 10 by default) as the PDF report a municipality can put on a council
// agenda, or as one workbook with every published table. The file appears
// only when complete.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "exports/report_pdf.hpp"
#include "exports/table_xlsx.hpp"
#include "stats/period.hpp"
#include "storage/sqlite/sqlite_figures.hpp"
#include "web/figures_report.hpp"

namespace meldpunt::cli {

int report(const ReportOptions& options) {
    auto period = stats::parse_period(options.period);
    if (!period) {
        std::cerr << "error: --period: " << period.error().message << "\n";
        return 2;
    }
    const std::string extension = options.out.extension().string();
    if (extension != ".pdf" && extension != ".xlsx") {
        std::cerr << "error: --out must end in .pdf (the report) or .xlsx (every table)\n";
        return 2;
    }
    if (options.language != "nl" && options.language != "en") {
        std::cerr << "error: --language is nl or en\n";
        return 2;
    }
    const web::Language language = options.language == "nl" ? web::Language::nl : web::Language::en;
    auto words = web::Translations::load_embedded();
    if (!words) {
        std::cerr << "the translations could not be loaded: " << words.error().message << "\n";
        return 1;
    }
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) {
        std::cerr << folder.error().message << "\n";
        return 1;
    }
    storage::sqlite::SqliteFigures figures(folder->store);
    const stats::DisclosureSettings disclosure = disclosure_settings(options.disclosure);
    auto document = web::figures_report(*words, language, figures, *period, disclosure, SystemClock().now());
    if (!document) {
        std::cerr << "the figures could not be read: " << document.error().message << "\n";
        return 1;
    }
    Result<void> written = Ok{};
    if (extension == ".pdf") {
        written = exports::write_report_pdf(*document, options.out);
    } else {
        // Every section's tables, named by area: "GM0034 municipality_by_form" would be too long for a sheet.
        std::vector<exports::LabelledTable> tables;
        for (std::size_t s = 0; s < document->sections.size(); ++s)
            for (auto table : document->sections[s].tables) {
                table.title = document->sections[s].heading + ": " + table.title;
                if (s > 0) table.id = std::to_string(s) + "_" + table.id;
                tables.push_back(std::move(table));
            }
        written = exports::write_tables_xlsx(tables, document->suppressed_note, options.out);
    }
    if (!written) {
        std::cerr << "error: " << written.error().message << "\n";
        return 1;
    }
    std::cout << "wrote " << options.out.string() << "\n";
    return 0;
}

}  // namespace meldpunt::cli
