// Horizontal bar charts for the PDF report; see pdf_figures.hpp.
#include <algorithm>
#include <vector>

#include "exports/pdf_figures.hpp"

namespace meldpunt::exports::pdf {

namespace {

constexpr double kBarHeight = 11;
constexpr double kPreviousHeight = 4;
constexpr double kBarGap = 2;  // between a bar and its previous-period bar
constexpr double kRowGap = 6;
constexpr double kLabelGap = 8;  // between the label column and the bars
constexpr double kValueGap = 4;  // between a bar's end and its value
constexpr double kSwatchWidth = 14;

std::string value_text(std::int64_t value) {
    return value < 0 ? std::string(".") : std::to_string(value);
}

// Everything about the chart that does not change from row to row.
struct ChartLayout {
    bool compare = false;
    double maximum = 1;
    double label_width = 0;
    double bar_left = 0;
    double bar_span = 0;
};

bool shows_previous(const ChartLayout& layout, const ChartBar& bar) {
    return layout.compare && bar.previous >= 0;
}

ChartLayout layout_chart(PageFlow& flow, const BarChart& chart) {
    ChartLayout layout;
    layout.compare =
        !chart.previous_label.empty() &&
        std::any_of(chart.bars.begin(), chart.bars.end(), [](const ChartBar& bar) { return bar.previous >= 0; });
    double natural_label = 0;
    double value_width = 0;
    for (const auto& bar : chart.bars) {
        layout.maximum = std::max<double>(layout.maximum, static_cast<double>(bar.value));
        if (shows_previous(layout, bar))
            layout.maximum = std::max<double>(layout.maximum, static_cast<double>(bar.previous));
        natural_label = std::max(natural_label, TextBlock(flow.cairo(), bar.label, Style::cell).width());
        value_width = std::max(value_width, TextBlock(flow.cairo(), value_text(bar.value), Style::cell_bold).width());
    }
    // Long labels wrap rather than squeeze the bars.
    layout.label_width = std::min(natural_label, flow.width() * 0.32);
    layout.bar_left = flow.left() + layout.label_width + kLabelGap;
    layout.bar_span = std::max(20.0, flow.width() - layout.label_width - kLabelGap - kValueGap - value_width - 2);
    return layout;
}

double bar_length(const ChartLayout& layout, std::int64_t value) {
    return value <= 0 ? 0 : layout.bar_span * static_cast<double>(value) / layout.maximum;
}

void fill_rectangle(cairo_t* cairo, double x, double y, double width, double height, Colour colour) {
    set_colour(cairo, colour);
    cairo_rectangle(cairo, x, y, width, height);
    cairo_fill(cairo);
}

double draw_legend_item(PageFlow& flow, double x, double y, double swatch_height, Colour colour,
                        const std::string& label) {
    const TextBlock text(flow.cairo(), label, Style::small);
    const double middle = y + text.height() / 2;
    fill_rectangle(flow.cairo(), x, middle - swatch_height / 2, kSwatchWidth, swatch_height, colour);
    text.draw(flow.cairo(), x + kSwatchWidth + 4, y, kMuted);
    return x + kSwatchWidth + 4 + text.width() + 16;
}

double legend_height(PageFlow& flow) {
    return TextBlock(flow.cairo(), "0", Style::small).height();
}

// Title, and the legend when there is something to explain.
double heading_height(PageFlow& flow, const BarChart& chart, const ChartLayout& layout, const std::string& title) {
    double height = TextBlock(flow.cairo(), title, Style::figure_title, flow.width()).height() + 4;
    if (layout.compare || !chart.value_label.empty()) height += legend_height(flow) + 6;
    return height;
}

void draw_heading(PageFlow& flow, const BarChart& chart, const ChartLayout& layout, const std::string& title) {
    flow.text(title, Style::figure_title, 4);
    if (!layout.compare && chart.value_label.empty()) return;
    double x = flow.left();
    x = draw_legend_item(flow, x, flow.y(), kBarHeight * 0.8, kBar, chart.value_label);
    if (layout.compare) draw_legend_item(flow, x, flow.y(), kPreviousHeight, kPreviousBar, chart.previous_label);
    flow.move(legend_height(flow) + 6);
}

double row_height(PageFlow& flow, const ChartLayout& layout, const ChartBar& bar) {
    const double label = TextBlock(flow.cairo(), bar.label, Style::cell, layout.label_width).height();
    double bars = kBarHeight;
    if (shows_previous(layout, bar)) bars += kBarGap + legend_height(flow);  // its value text is the tallest part
    return std::max(label, bars) + kRowGap;
}

void draw_row(PageFlow& flow, const ChartLayout& layout, const ChartBar& bar, double height) {
    cairo_t* cairo = flow.cairo();
    const double top = flow.y();
    TextBlock(cairo, bar.label, Style::cell, layout.label_width).draw(cairo, flow.left(), top);

    const double length = bar_length(layout, bar.value);
    fill_rectangle(cairo, layout.bar_left, top, length, kBarHeight, kBar);
    const TextBlock value(cairo, value_text(bar.value), Style::cell_bold);
    value.draw(cairo, layout.bar_left + length + kValueGap, top + (kBarHeight - value.height()) / 2);

    if (shows_previous(layout, bar)) {
        const TextBlock previous(cairo, value_text(bar.previous), Style::small);
        const double previous_top = top + kBarHeight + kBarGap;
        const double middle = previous_top + previous.height() / 2;
        const double previous_length = bar_length(layout, bar.previous);
        fill_rectangle(cairo, layout.bar_left, middle - kPreviousHeight / 2, previous_length, kPreviousHeight,
                       kPreviousBar);
        previous.draw(cairo, layout.bar_left + previous_length + kValueGap, previous_top, kMuted);
    }
    // The axis the bars start from, drawn per row so that it ends with the
    // rows on each page.
    set_colour(cairo, kMuted);
    cairo_set_line_width(cairo, 0.75);
    cairo_move_to(cairo, layout.bar_left, top - kRowGap / 2);
    cairo_line_to(cairo, layout.bar_left, top + height - kRowGap / 2);
    cairo_stroke(cairo);
    flow.move(height);
}

std::string continued_title(const std::string& title, const std::string& continued) {
    return continued.empty() ? title : title + " " + continued;
}

}  // namespace

void draw_bar_chart(PageFlow& flow, const BarChart& chart, const std::string& continued) {
    const ChartLayout layout = layout_chart(flow, chart);
    const double first_row = chart.bars.empty() ? 0 : row_height(flow, layout, chart.bars.front());
    // The title never stays behind alone at the bottom of a page.
    flow.keep_room(heading_height(flow, chart, layout, chart.title) + first_row + kRowGap / 2);
    draw_heading(flow, chart, layout, chart.title);
    flow.move(kRowGap / 2);
    const std::string repeated = continued_title(chart.title, continued);
    for (const auto& bar : chart.bars) {
        const double height = row_height(flow, layout, bar);
        if (height > flow.room() && !flow.at_top()) {
            flow.new_page();
            draw_heading(flow, chart, layout, repeated);
            flow.move(kRowGap / 2);
        }
        draw_row(flow, layout, bar, height);
    }
}

}  // namespace meldpunt::exports::pdf
