// A published table as CSV (RFC 4180): a header row, one row per table row
// with its total, and a total row. A suppressed count is written as "." (as CBS
// does: "secret"), never as a number. Text that a spreadsheet would run as a
// formula (starting with = + - @) is prefixed with ' so opening the file runs
// nothing. Pure; thread-safe.
#pragma once

#include <string>

#include "stats/disclosure.hpp"

namespace meldpunt::exports {

struct CsvOptions {
    char separator = ',';           // ';' for spreadsheets set to Dutch
    std::string total_label = "Total";
    std::string corner_label;       // above the row labels
};

std::string table_csv(const stats::PublishedTable& table, const CsvOptions& options = {});

}  // namespace meldpunt::exports
