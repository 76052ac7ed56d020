#include "exports/table_csv.hpp"

namespace meldpunt::exports {

namespace {

std::string field(std::string_view text, char separator) {
    std::string value(text);
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
        value.insert(value.begin(), '\'');
    const bool quote = value.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string::npos;
    if (!quote) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string count(const stats::ShownCount& shown) {
    return shown ? std::to_string(*shown) : std::string(".");
}

}  // namespace

std::string table_csv(const stats::PublishedTable& table, const CsvOptions& options) {
    const char separator = options.separator;
    std::string csv = field(options.corner_label, separator);
    for (const auto& column : table.columns) csv += separator + field(column, separator);
    csv += separator + field(options.total_label, separator) + "\r\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        csv += field(table.rows[r], separator);
        for (const auto& cell : table.cells[r]) csv += separator + count(cell);
        csv += separator + count(table.row_totals[r]) + "\r\n";
    }
    csv += field(options.total_label, separator);
    for (const auto& total : table.column_totals) csv += separator + count(total);
    csv += separator + count(table.total) + "\r\n";
    return csv;
}

}  // namespace meldpunt::exports
