// What an export is made of, with every word already in the reader's language:
// published tables with their labels, bar charts of shown counts, and the text
// around them. The caller (cli, web) labels codes; exports only lay it out.
// Plain values; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stats/disclosure.hpp"

namespace meldpunt::exports {

// A published table ready to show: rows/columns of `table` are already labels.
struct LabelledTable {
    std::string id;            // stable: a sheet or file name ("municipality_by_form")
    std::string title;         // "Signalen per gemeente en vorm van uitbuiting"
    std::string corner_label;  // above the row labels ("Gemeente")
    std::string total_label;   // "Totaal"
    stats::PublishedTable table;
};

struct ChartBar {
    std::string label;
    std::int64_t value = 0;
    std::int64_t previous = -1;  // the period before; -1 when not shown
};

struct BarChart {
    std::string title;
    std::string value_label;     // "signalen"
    std::string previous_label;  // "vorig kwartaal"; empty: no comparison
    std::vector<ChartBar> bars;
};

struct ReportSection {
    std::string heading;  // "Regio Flevoland", "Almere"
    std::vector<std::string> paragraphs;
    std::vector<BarChart> charts;
    std::vector<LabelledTable> tables;
};

struct ReportDocument {
    std::string language;  // "nl" or "en": the PDF's /Lang
    std::string title;     // "Mensenhandel in Flevoland: cijfers 2026 Q1"
    std::string subtitle;  // "Meld- en Adviespunt Mensenhandel, Veilig Thuis Flevoland"
    std::string explanation_heading;
    std::vector<std::string> explanation;  // how the figures are made and why some are hidden
    std::string suppressed_note;           // ". = fewer than 10, or could reveal such a number"
    std::vector<ReportSection> sections;
    std::string footer;           // "Gemaakt op 29-11-2026"
    std::string continued_label;  // "(vervolg)": after a chart or table title repeated on the next page
};

}  // namespace meldpunt::exports
