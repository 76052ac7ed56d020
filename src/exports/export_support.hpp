// What the XLSX and PDF writers share: the check that a published table is
// well formed (so a bad caller gets an Error, never an out-of-range read), and
// writing an export file whole or not at all (to "<file>.part", then renamed
// over the file, so a failed export never leaves half a file under the real
// name). Pure functions apart from the file system; thread-safe as long as two
// calls do not write the same file.
#pragma once

#include <filesystem>
#include <string>

#include "base/result.hpp"
#include "exports/report_document.hpp"

namespace meldpunt::exports {

// invalid_input (field "tables") when the cells, row totals or column totals do
// not match the rows and columns of the table.
Result<void> check_table_shape(const LabelledTable& table);

// The file an export is written to before it is complete.
std::filesystem::path partial_path(const std::filesystem::path& file);

// Renames the complete partial file over `file`; removes it on failure.
Result<void> publish_partial(const std::filesystem::path& partial, const std::filesystem::path& file);

// Removes what a failed export left behind; never fails.
void discard_partial(const std::filesystem::path& partial);

// The shown count as text: digits, or "." when suppressed (as CBS does). No
// thousands separator: in Dutch that would be a "." too.
std::string count_text(const stats::ShownCount& count);

}  // namespace meldpunt::exports
