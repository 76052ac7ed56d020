#include "exports/table_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <set>

#include "base/text.hpp"
#include "exports/export_support.hpp"

namespace meldpunt::exports {

namespace {

constexpr std::size_t kSheetNameLength = 31;  // Excel's limit, in characters
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kNoteRow = 1;
constexpr lxw_row_t kHeaderRow = 3;  // a blank row keeps the note apart from the table
constexpr std::uint8_t kPaperA4 = 9;

// The first `length` code points of valid UTF-8.
std::string first_characters(const std::string& text, std::size_t length) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts_character && seen++ == length) return text.substr(0, i);
    }
    return text;
}

std::string clean_sheet_name(const std::string& id) {
    const bool keep_non_ascii = is_valid_utf8(id);
    std::string name;
    for (char c : id) {
        const auto byte = static_cast<unsigned char>(c);
        const bool forbidden = std::string_view("[]:*?/\\").find(c) != std::string_view::npos || byte < 0x20 ||
                               byte == 0x7F || (byte >= 0x80 && !keep_non_ascii);
        name += forbidden ? '_' : c;
    }
    // Excel refuses a name that starts or ends with an apostrophe.
    if (!name.empty() && name.front() == '\'') name.front() = '_';
    if (!name.empty() && name.back() == '\'') name.back() = '_';
    return name.empty() ? std::string("Table") : name;
}

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* note = nullptr;
    lxw_format* header_label = nullptr;
    lxw_format* header_count = nullptr;
    lxw_format* total_label = nullptr;
    // Counts and "." share a format: "." is text, and right-aligned it sits
    // where the number would.
    lxw_format* count = nullptr;
    lxw_format* count_bold = nullptr;       // the row totals
    lxw_format* count_total_row = nullptr;  // the column totals
};

lxw_format* count_format(lxw_workbook* workbook, bool bold, bool top_border) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_align(format, LXW_ALIGN_RIGHT);
    if (bold) format_set_bold(format);
    if (top_border) format_set_top(format, LXW_BORDER_THIN);
    return format;
}

Formats make_formats(lxw_workbook* workbook) {
    Formats formats;
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    formats.note = workbook_add_format(workbook);
    format_set_italic(formats.note);
    formats.header_label = workbook_add_format(workbook);
    format_set_bold(formats.header_label);
    format_set_text_wrap(formats.header_label);
    format_set_align(formats.header_label, LXW_ALIGN_VERTICAL_BOTTOM);
    format_set_bottom(formats.header_label, LXW_BORDER_THIN);
    formats.header_count = workbook_add_format(workbook);
    format_set_bold(formats.header_count);
    format_set_text_wrap(formats.header_count);
    format_set_align(formats.header_count, LXW_ALIGN_RIGHT);
    format_set_align(formats.header_count, LXW_ALIGN_VERTICAL_BOTTOM);
    format_set_bottom(formats.header_count, LXW_BORDER_THIN);
    formats.total_label = workbook_add_format(workbook);
    format_set_bold(formats.total_label);
    format_set_top(formats.total_label, LXW_BORDER_THIN);
    formats.count = count_format(workbook, false, false);
    formats.count_bold = count_format(workbook, true, false);
    formats.count_total_row = count_format(workbook, true, true);
    return formats;
}

// Writes one worksheet and remembers the first error, so the calls read as a
// plain sequence and the caller checks once.
class SheetWriter {
  public:
    explicit SheetWriter(lxw_worksheet* sheet) : m_sheet(sheet) {}

    // Always a text cell: worksheet_write_string never makes a formula.
    void text(lxw_row_t row, lxw_col_t column, const std::string& value, lxw_format* format) {
        if (value.empty()) return;
        keep(worksheet_write_string(m_sheet, row, column, value.c_str(), format));
    }

    void count(lxw_row_t row, lxw_col_t column, const stats::ShownCount& value, lxw_format* format) {
        if (value) {
            keep(worksheet_write_number(m_sheet, row, column, static_cast<double>(*value), format));
        } else {
            keep(worksheet_write_string(m_sheet, row, column, ".", format));
        }
    }

    void keep(lxw_error error) {
        if (m_error == LXW_NO_ERROR) m_error = error;
    }
    lxw_error error() const { return m_error; }

  private:
    lxw_worksheet* m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

// Widths in Excel's units (about one character each): wide enough for most
// labels, narrow enough that a long label wraps or overflows instead of
// pushing the counts off the screen.
void set_widths(lxw_worksheet* sheet, const LabelledTable& labelled) {
    std::size_t label_width = std::max(utf8_length(labelled.corner_label), utf8_length(labelled.total_label));
    for (const auto& row : labelled.table.rows) label_width = std::max(label_width, utf8_length(row));
    worksheet_set_column(sheet, 0, 0, std::clamp<double>(static_cast<double>(label_width) + 2, 12, 50), nullptr);
    std::vector<std::string> headers = labelled.table.columns;
    headers.push_back(labelled.total_label);
    for (std::size_t c = 0; c < headers.size(); ++c) {
        const double width = std::clamp<double>(static_cast<double>(utf8_length(headers[c])) + 2, 9, 18);
        const auto column = static_cast<lxw_col_t>(c + 1);
        worksheet_set_column(sheet, column, column, width, nullptr);
    }
}

void set_printing(lxw_worksheet* sheet, std::size_t columns) {
    worksheet_set_paper(sheet, kPaperA4);
    if (columns > 6) worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);  // all columns on one page wide, as many pages long as needed
    worksheet_repeat_rows(sheet, kHeaderRow, kHeaderRow);
}

lxw_error write_sheet(lxw_worksheet* sheet, const Formats& formats, const LabelledTable& labelled,
                      const std::string& note) {
    const stats::PublishedTable& table = labelled.table;
    const auto total_column = static_cast<lxw_col_t>(table.columns.size() + 1);
    SheetWriter writer(sheet);
    writer.text(kTitleRow, 0, labelled.title, formats.title);
    writer.text(kNoteRow, 0, note, formats.note);

    writer.text(kHeaderRow, 0, labelled.corner_label, formats.header_label);
    if (labelled.corner_label.empty()) writer.keep(worksheet_write_blank(sheet, kHeaderRow, 0, formats.header_label));
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        writer.text(kHeaderRow, static_cast<lxw_col_t>(c + 1), table.columns[c], formats.header_count);
    writer.text(kHeaderRow, total_column, labelled.total_label, formats.header_count);

    lxw_row_t row = kHeaderRow + 1;
    for (std::size_t r = 0; r < table.rows.size(); ++r, ++row) {
        writer.text(row, 0, table.rows[r], nullptr);
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            writer.count(row, static_cast<lxw_col_t>(c + 1), table.cells[r][c], formats.count);
        writer.count(row, total_column, table.row_totals[r], formats.count_bold);
    }
    writer.text(row, 0, labelled.total_label, formats.total_label);
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        writer.count(row, static_cast<lxw_col_t>(c + 1), table.column_totals[c], formats.count_total_row);
    writer.count(row, total_column, table.total, formats.count_total_row);

    set_widths(sheet, labelled);
    set_printing(sheet, table.columns.size() + 2);
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 1);  // header and row labels stay in view
    return writer.error();
}

lxw_error fill_workbook(lxw_workbook* workbook, const std::vector<LabelledTable>& tables,
                        const std::string& sheet_note) {
    const Formats formats = make_formats(workbook);
    const std::vector<std::string> names = sheet_names(tables);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, names[i].c_str());
        if (sheet == nullptr) return LXW_ERROR_PARAMETER_VALIDATION;
        const lxw_error error = write_sheet(sheet, formats, tables[i], sheet_note);
        if (error != LXW_NO_ERROR) return error;
    }
    return LXW_NO_ERROR;
}

}  // namespace

std::vector<std::string> sheet_names(const std::vector<LabelledTable>& tables) {
    std::vector<std::string> names;
    std::set<std::string> taken = {"history"};  // Excel keeps this name for itself
    for (const auto& table : tables) {
        const std::string base = clean_sheet_name(table.id);
        std::string name = first_characters(base, kSheetNameLength);
        for (int number = 2; taken.count(to_lower_ascii(name)) != 0; ++number) {
            // Appended rather than "_" + to_string(): g++ 12 at -O3 warns about
            // the latter (a known false -Wrestrict).
            std::string suffix(1, '_');
            suffix += std::to_string(number);
            name = first_characters(base, kSheetNameLength - suffix.size()) + suffix;
        }
        taken.insert(to_lower_ascii(name));
        names.push_back(name);
    }
    return names;
}

Result<void> write_tables_xlsx(const std::vector<LabelledTable>& tables, const std::string& sheet_note,
                               const std::filesystem::path& file) {
    if (tables.empty()) return Error::invalid("tables", "an XLSX export needs at least one table");
    for (const auto& table : tables) {
        if (auto shape = check_table_shape(table); !shape) return shape.error();
    }
    const std::filesystem::path partial = partial_path(file);
    lxw_workbook* workbook = workbook_new(partial.c_str());
    if (workbook == nullptr) return Error::make(ErrorCode::internal, "cannot start an XLSX workbook");
    lxw_error error = fill_workbook(workbook, tables, sheet_note);
    // Closing writes the file and frees the workbook, also after an error.
    const lxw_error closed = workbook_close(workbook);
    if (error == LXW_NO_ERROR) error = closed;
    if (error != LXW_NO_ERROR) {
        discard_partial(partial);
        return Error::make(ErrorCode::internal, "cannot write " + file.string() + ": " + lxw_strerror(error));
    }
    return publish_partial(partial, file);
}

}  // namespace meldpunt::exports
