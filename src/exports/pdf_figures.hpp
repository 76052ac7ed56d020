// Bar charts and tables of the PDF report (internal to exports), drawn into a
// PageFlow: each goes on over the next page when it does not fit, with its
// title (followed by `continued`, e.g. "(vervolg)") and, for a table, its
// header row repeated. Not thread-safe: as PageFlow.
#pragma once

#include <string>

#include "exports/pdf_page.hpp"
#include "exports/report_document.hpp"

namespace meldpunt::exports::pdf {

// Horizontal bars: label left, bar, value at the bar's end. With a
// previous_label, a bar's previous period (when >= 0) is a thinner grey bar
// under it with its value, explained in a legend. A value below 0 is drawn as
// "." without a bar.
void draw_bar_chart(PageFlow& flow, const BarChart& chart, const std::string& continued);

// A grid: header row and total row bold, the row totals bold, counts
// right-aligned, "." for a suppressed count. A table too wide for the page is
// split into column groups, each with the row labels. Expects a table that
// passed check_table_shape.
void draw_table(PageFlow& flow, const LabelledTable& table, const std::string& continued);

}  // namespace meldpunt::exports::pdf
