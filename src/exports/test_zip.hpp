// For the exports tests only: reads one entry of a zip file (as XLSX files
// are) through its central directory, inflating it with zlib, so the tests can
// look at the XML a spreadsheet program would read. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

namespace meldpunt::exports::testing {

// The entry's bytes, or nothing when the archive or the entry is not there or
// cannot be read.
std::optional<std::string> zip_entry(const std::string& archive, const std::string& name);

}  // namespace meldpunt::exports::testing
