// Published tables as one XLSX workbook (libxlsxwriter), for people who work
// on with the figures in a spreadsheet. One worksheet per table: the title in
// A1, the note on suppressed counts in A2, then the header row, one row per
// table row with its total, and the total row. Shown counts are numbers; a
// suppressed count is the text "." (as in the CSV export), never a number.
// Labels are always written as text cells, so a label such as "=cmd" is never
// a formula. Thread-safe: every call has its own workbook (libxlsxwriter keeps
// no global state); two calls must not write the same file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "exports/report_document.hpp"

namespace meldpunt::exports {

// Writes the workbook to `file` (replacing it only when complete). Errors:
// invalid_input for no tables or a malformed table, internal when the file
// cannot be written.
Result<void> write_tables_xlsx(const std::vector<LabelledTable>& tables, const std::string& sheet_note,
                               const std::filesystem::path& file);

// The worksheet names for the tables' ids, as Excel accepts them: at most 31
// characters, none of []:*?/\, unique without regard to case ("_2", "_3"...).
std::vector<std::string> sheet_names(const std::vector<LabelledTable>& tables);

}  // namespace meldpunt::exports
