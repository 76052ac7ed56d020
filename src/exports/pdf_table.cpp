// Tables for the PDF report; see pdf_figures.hpp.
#include <algorithm>
#include <numeric>
#include <sstream>
#include <vector>

#include "exports/export_support.hpp"
#include "exports/pdf_figures.hpp"

namespace meldpunt::exports::pdf {

namespace {

constexpr double kPadX = 4;
constexpr double kPadY = 3;
constexpr double kMinCountWidth = 34;
constexpr double kMaxCountWidth = 96;
constexpr std::size_t kRowsKeptWithHeader = 3;

enum class RowKind { header, body, total };

// The table as text: the header row, then the body rows, then the total row.
// Column 0 holds the row labels, the last column the row totals.
struct TextGrid {
    std::vector<std::vector<std::string>> rows;
    std::size_t columns = 0;
    RowKind kind(std::size_t row) const {
        return row == 0 ? RowKind::header : row + 1 == rows.size() ? RowKind::total : RowKind::body;
    }
};

TextGrid text_grid(const LabelledTable& labelled) {
    const stats::PublishedTable& table = labelled.table;
    TextGrid grid;
    grid.columns = table.columns.size() + 2;
    std::vector<std::string> header{labelled.corner_label};
    header.insert(header.end(), table.columns.begin(), table.columns.end());
    header.push_back(labelled.total_label);
    grid.rows.push_back(std::move(header));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::vector<std::string> row{table.rows[r]};
        for (const auto& cell : table.cells[r]) row.push_back(count_text(cell));
        row.push_back(count_text(table.row_totals[r]));
        grid.rows.push_back(std::move(row));
    }
    std::vector<std::string> totals{labelled.total_label};
    for (const auto& total : table.column_totals) totals.push_back(count_text(total));
    totals.push_back(count_text(table.total));
    grid.rows.push_back(std::move(totals));
    return grid;
}

Style style_of(const TextGrid& grid, std::size_t row, std::size_t column) {
    const bool bold = grid.kind(row) != RowKind::body || column + 1 == grid.columns;
    return bold ? Style::cell_bold : Style::cell;
}

double widest_word(PageFlow& flow, const std::string& text) {
    std::istringstream words(text);
    double widest = 0;
    for (std::string word; words >> word;)
        widest = std::max(widest, TextBlock(flow.cairo(), word, Style::cell_bold).width());
    return widest;
}

// What each column needs. The label column takes what its labels need, up to
// a third of the page (longer labels wrap). A count column would like its
// header on one line (up to a limit) and needs at least its widest number and
// the widest word of its header.
struct ColumnNeeds {
    std::vector<double> least;
    std::vector<double> preferred;
};

ColumnNeeds column_needs(PageFlow& flow, const TextGrid& grid) {
    ColumnNeeds needs{std::vector<double>(grid.columns, kMinCountWidth), std::vector<double>(grid.columns, 0)};
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        for (std::size_t c = 0; c < grid.columns; ++c) {
            const double natural = TextBlock(flow.cairo(), grid.rows[r][c], style_of(grid, r, c)).width() + 2 * kPadX;
            needs.preferred[c] = std::max(needs.preferred[c], natural);
            if (c > 0 && r > 0) needs.least[c] = std::max(needs.least[c], natural);
        }
    }
    needs.preferred[0] = std::min(needs.preferred[0], flow.width() / 3);
    needs.least[0] = needs.preferred[0];
    for (std::size_t c = 1; c < grid.columns; ++c) {
        needs.least[c] = std::max(needs.least[c], widest_word(flow, grid.rows[0][c]) + 2 * kPadX);
        needs.preferred[c] = std::max(needs.least[c], std::min(needs.preferred[c], kMaxCountWidth));
    }
    return needs;
}

// Columns 1.. split into groups that fit beside the label column (column 0,
// which every group repeats).
std::vector<std::vector<std::size_t>> column_groups(const ColumnNeeds& needs, double available) {
    std::vector<std::vector<std::size_t>> groups{{0}};
    double used = needs.least[0];
    for (std::size_t c = 1; c < needs.least.size(); ++c) {
        if (used + needs.least[c] > available && groups.back().size() > 1) {
            groups.push_back({0});
            used = needs.least[0];
        }
        groups.back().push_back(c);
        used += needs.least[c];
    }
    return groups;
}

// The widths of one group: what the columns prefer when that fits, else each
// count column gives up the same share of what it would like beyond its least.
std::vector<double> fit_widths(const ColumnNeeds& needs, const std::vector<std::size_t>& columns, double available) {
    double want = 0;
    double need = 0;
    for (std::size_t column : columns) {
        want += needs.preferred[column];
        need += needs.least[column];
    }
    const double share = want <= available ? 1 : need >= available ? 0 : (available - need) / (want - need);
    std::vector<double> widths;
    for (std::size_t column : columns)
        widths.push_back(needs.least[column] + (needs.preferred[column] - needs.least[column]) * share);
    return widths;
}

struct Part {
    const TextGrid& grid;
    std::vector<std::size_t> columns;
    std::vector<double> widths;  // per entry of `columns`
};

std::vector<TextBlock> row_blocks(PageFlow& flow, const Part& part, std::size_t row) {
    std::vector<TextBlock> blocks;
    for (std::size_t i = 0; i < part.columns.size(); ++i) {
        const std::size_t column = part.columns[i];
        blocks.emplace_back(flow.cairo(), part.grid.rows[row][column], style_of(part.grid, row, column),
                            part.widths[i] - 2 * kPadX, column == 0 ? Align::left : Align::right);
    }
    return blocks;
}

double row_height(const std::vector<TextBlock>& blocks) {
    double height = 0;
    for (const auto& block : blocks) height = std::max(height, block.height());
    return height + 2 * kPadY;
}

void draw_line(cairo_t* cairo, double x1, double y1, double x2, double y2, double width, Colour colour) {
    set_colour(cairo, colour);
    cairo_set_line_width(cairo, width);
    cairo_move_to(cairo, x1, y1);
    cairo_line_to(cairo, x2, y2);
    cairo_stroke(cairo);
}

void draw_row(PageFlow& flow, const Part& part, std::size_t row, const std::vector<TextBlock>& blocks) {
    cairo_t* cairo = flow.cairo();
    const RowKind kind = part.grid.kind(row);
    const double top = flow.y();
    const double height = row_height(blocks);
    const double right = flow.left() + std::accumulate(part.widths.begin(), part.widths.end(), 0.0);
    if (kind != RowKind::body) {
        set_colour(cairo, kind == RowKind::header ? kHeaderFill : kTotalFill);
        cairo_rectangle(cairo, flow.left(), top, right - flow.left(), height);
        cairo_fill(cairo);
    }
    double x = flow.left();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        blocks[i].draw(cairo, x + kPadX, top + kPadY);
        draw_line(cairo, x, top, x, top + height, 0.5, kGridLine);
        x += part.widths[i];
    }
    draw_line(cairo, right, top, right, top + height, 0.5, kGridLine);
    // Darker rules under the header and above the totals, as in print.
    const bool strong_top = kind == RowKind::total || kind == RowKind::header;
    draw_line(cairo, flow.left(), top, right, top, strong_top ? 1 : 0.5, strong_top ? kInk : kGridLine);
    draw_line(cairo, flow.left(), top + height, right, top + height, kind == RowKind::body ? 0.5 : 1,
              kind == RowKind::body ? kGridLine : kInk);
    flow.move(height);
}

void draw_part(PageFlow& flow, const Part& part, const std::string& title, const std::string& repeated_title) {
    const std::vector<TextBlock> header = row_blocks(flow, part, 0);
    const double title_height = TextBlock(flow.cairo(), title, Style::figure_title, flow.width()).height() + 4;
    double first_rows = 0;
    for (std::size_t row = 1; row < std::min<std::size_t>(part.grid.rows.size(), 1 + kRowsKeptWithHeader); ++row)
        first_rows += row_height(row_blocks(flow, part, row));
    // The title and the header never stay behind at the bottom of a page
    // without some rows under them.
    flow.keep_room(title_height + row_height(header) + first_rows);
    flow.text(title, Style::figure_title, 4);
    draw_row(flow, part, 0, header);
    for (std::size_t row = 1; row < part.grid.rows.size(); ++row) {
        const std::vector<TextBlock> blocks = row_blocks(flow, part, row);
        if (row_height(blocks) > flow.room()) {
            flow.new_page();
            flow.text(repeated_title, Style::figure_title, 4);
            draw_row(flow, part, 0, header);
        }
        draw_row(flow, part, row, blocks);
    }
}

}  // namespace

void draw_table(PageFlow& flow, const LabelledTable& table, const std::string& continued) {
    const TextGrid grid = text_grid(table);
    const ColumnNeeds needs = column_needs(flow, grid);
    const std::string repeated = continued.empty() ? table.title : table.title + " " + continued;
    bool first = true;
    for (const auto& columns : column_groups(needs, flow.width())) {
        const Part part{grid, columns, fit_widths(needs, columns, flow.width())};
        if (!first) flow.gap(16);
        draw_part(flow, part, first ? table.title : repeated, repeated);
        first = false;
    }
}

}  // namespace meldpunt::exports::pdf
