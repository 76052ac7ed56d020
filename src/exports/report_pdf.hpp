// The report of published figures as an A4 PDF (cairo and pango, DejaVu Sans),
// as a municipality puts it on a council agenda: the title block and the
// explanation of the figures on the first page, then each section on a new
// page with its text, bar charts and tables; charts and tables go on over the
// next page when they do not fit (a table repeats its header). Every page has
// the document's footer and its page number "n / N". The PDF's title and
// outline (bookmarks per section) are set. Thread-safe: every call has its own
// surface; two calls must not write the same file.
#pragma once

#include <filesystem>

#include "base/result.hpp"
#include "exports/report_document.hpp"

namespace meldpunt::exports {

// Writes the report to `file` (replacing it only when complete). Errors:
// invalid_input for a malformed table, internal when the file cannot be
// written.
Result<void> write_report_pdf(const ReportDocument& document, const std::filesystem::path& file);

}  // namespace meldpunt::exports
