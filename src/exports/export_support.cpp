#include "exports/export_support.hpp"

#include <system_error>

namespace meldpunt::exports {

namespace fs = std::filesystem;

Result<void> check_table_shape(const LabelledTable& labelled) {
    const stats::PublishedTable& table = labelled.table;
    bool fits = table.cells.size() == table.rows.size() && table.row_totals.size() == table.rows.size() &&
                table.column_totals.size() == table.columns.size();
    for (const auto& row : table.cells) fits = fits && row.size() == table.columns.size();
    if (fits) return Ok{};
    return Error::invalid("tables",
                          "table " + labelled.id + " has cells or totals that do not match its rows and columns");
}

fs::path partial_path(const fs::path& file) {
    return fs::path(file.string() + ".part");
}

Result<void> publish_partial(const fs::path& partial, const fs::path& file) {
    std::error_code error;
    fs::rename(partial, file, error);
    if (!error) return Ok{};
    discard_partial(partial);
    return Error::make(ErrorCode::internal, "cannot write " + file.string() + ": " + error.message());
}

void discard_partial(const fs::path& partial) {
    std::error_code ignored;  // nothing there, or already gone: both fine
    fs::remove(partial, ignored);
}

std::string count_text(const stats::ShownCount& count) {
    return count ? std::to_string(*count) : std::string(".");
}

}  // namespace meldpunt::exports
