#include "exports/svg_chart.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace meldpunt::exports {

namespace {

// Against white: text #1b1b1b is 17:1, the bar #1d4f91 8.6:1, the thin bar of
// the period before #a35200 5.0:1 and the axis #5f6b7a 5.4:1. The two bars also
// differ in shape, which is what the legend shows.
constexpr std::string_view kTextColour = "#1b1b1b";
constexpr std::string_view kBarColour = "#1d4f91";
constexpr std::string_view kPreviousColour = "#a35200";
constexpr std::string_view kAxisColour = "#5f6b7a";

constexpr int kFontSize = 14;
// A generous average glyph width for the font size (sans-serif digits and
// lower case run about 7.7 px); the SVG scales down with the page anyway.
constexpr double kCharWidth = 8.0;
constexpr int kPadding = 8;
constexpr int kGap = 8;
constexpr int kPlotWidth = 360;
constexpr int kBarHeight = 16;
constexpr int kPreviousHeight = 5;
constexpr int kLegendHeight = 26;
constexpr std::size_t kMaxLabelChars = 36;

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first `count` code points of `text`.
std::string_view first_code_points(std::string_view text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (seen++ == count) return text.substr(0, i);
    }
    return text;
}

// A long label is cut (the full text stays in the bar's <title> and in the table).
std::string shown_label(std::string_view label) {
    if (code_points(label) <= kMaxLabelChars) return std::string(label);
    return std::string(first_code_points(label, kMaxLabelChars - 1)) + "\u2026";
}

std::string number(double value) {
    char buffer[32];
    const auto [end, problem] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
    if (problem != std::errc{}) return "0";
    std::string text(buffer, end);
    if (text.ends_with(".0")) text.resize(text.size() - 2);
    return text;
}

std::string safe_id(std::string_view id) {
    std::string safe;
    for (char c : id) {
        const bool plain =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        safe += plain ? c : '_';
    }
    if (safe.empty() || !((safe[0] >= 'a' && safe[0] <= 'z') || (safe[0] >= 'A' && safe[0] <= 'Z')))
        safe.insert(0, "c");
    return safe;
}

std::string attribute(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + xml_escape(value) + "\"";
}

std::string rect(double x, double y, double width, double height, std::string_view fill) {
    return "<rect" + attribute("x", number(x)) + attribute("y", number(y)) + attribute("width", number(width)) +
           attribute("height", number(height)) + attribute("fill", fill) + "/>";
}

std::string text(double x, double y, std::string_view anchor, std::string_view content) {
    return "<text" + attribute("x", number(x)) + attribute("y", number(y)) + attribute("text-anchor", anchor) + ">" +
           xml_escape(content) + "</text>";
}

// "Almere: 12 (vorig kwartaal: 10)": one bar in words, for <desc> and tooltips.
std::string in_words(const BarChart& chart, const ChartBar& bar, char separator, bool compare) {
    std::string words = bar.label + ": " + group_digits(bar.value, separator);
    if (compare && bar.previous >= 0)
        words += " (" + chart.previous_label + ": " + group_digits(bar.previous, separator) + ")";
    return words;
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&#39;";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                escaped += c;
        }
    }
    return escaped;
}

std::string group_digits(std::int64_t value, char separator) {
    const bool negative = value < 0;
    std::string digits =
        std::to_string(negative ? -static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
    if (separator != 0)
        for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
            digits.insert(static_cast<std::size_t>(at), 1, separator);
    return negative ? "-" + digits : digits;
}

std::string svg_bar_chart(const BarChart& chart, const SvgChartOptions& options) {
    const std::string id = safe_id(options.id);
    const char separator = options.digit_group_separator;
    const bool compare = !chart.previous_label.empty();

    std::size_t label_chars = 4;
    std::size_t value_chars = 1;
    std::int64_t largest = 0;
    for (const ChartBar& bar : chart.bars) {
        label_chars = std::max(label_chars, std::min(code_points(bar.label), kMaxLabelChars));
        value_chars = std::max(value_chars, group_digits(bar.value, separator).size());
        largest = std::max({largest, bar.value, compare ? bar.previous : 0});
    }
    const double label_width = std::ceil(static_cast<double>(label_chars) * kCharWidth);
    const double value_width = std::ceil(static_cast<double>(value_chars) * kCharWidth);
    const double plot_left = kPadding + label_width + kGap;
    const double width = plot_left + kPlotWidth + kGap + value_width + kPadding;
    const int row_height = compare ? kBarHeight + kPreviousHeight + 13 : kBarHeight + 10;
    const double rows_top = kPadding + (compare ? kLegendHeight : 0);
    const std::size_t rows = std::max<std::size_t>(chart.bars.size(), chart.bars.empty() ? 1 : 0);
    const double height = rows_top + static_cast<double>(rows * static_cast<std::size_t>(row_height)) + kPadding;
    const auto length = [&](std::int64_t value) {
        return largest <= 0 || value <= 0 ? 0.0
                                          : kPlotWidth * static_cast<double>(value) / static_cast<double>(largest);
    };

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\"" + attribute("id", id) +
                      attribute("width", number(width)) + attribute("height", number(height)) +
                      attribute("viewBox", "0 0 " + number(width) + " " + number(height)) +
                      attribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif") +
                      attribute("font-size", std::to_string(kFontSize)) + attribute("fill", kTextColour);
    if (options.accessibility == ChartAccessibility::image) {
        svg += " role=\"img\"" + attribute("aria-labelledby", id + "-title " + id + "-desc") + ">";
        svg += "<title" + attribute("id", id + "-title") + ">" + xml_escape(chart.title) + "</title>";
        std::string description;
        for (const ChartBar& bar : chart.bars) {
            if (!description.empty()) description += "; ";
            description += in_words(chart, bar, separator, compare);
        }
        if (chart.bars.empty()) description = options.empty_text;
        svg += "<desc" + attribute("id", id + "-desc") + ">" + xml_escape(description) + "</desc>";
    } else {
        svg += " aria-hidden=\"true\" focusable=\"false\"><title>" + xml_escape(chart.title) + "</title>";
    }

    if (compare) {
        // Both shapes with their words: thick is this period, thin the one before.
        const double y = kPadding;
        svg += "<g class=\"legend\">";
        svg += rect(kPadding, y + 2, 24, kBarHeight - 2, kBarColour);
        svg += text(kPadding + 30, y + 14, "start", chart.value_label);
        const double second =
            kPadding + 30 + std::ceil(static_cast<double>(code_points(chart.value_label)) * kCharWidth) + 24;
        svg += rect(second, y + 6, 24, kPreviousHeight, kPreviousColour);
        svg += text(second + 30, y + 14, "start", chart.previous_label);
        svg += "</g>";
    }

    if (chart.bars.empty()) {
        svg += text(kPadding, rows_top + 16, "start", options.empty_text);
    }
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars[i];
        const double top = rows_top + static_cast<double>(i * static_cast<std::size_t>(row_height));
        const double bar_length = length(bar.value);
        svg += "<g class=\"bar\"><title>" + xml_escape(in_words(chart, bar, separator, compare)) + "</title>";
        svg += text(plot_left - kGap, top + 13, "end", shown_label(bar.label));
        if (bar_length > 0) svg += rect(plot_left, top, bar_length, kBarHeight, kBarColour);
        svg += text(plot_left + bar_length + 6, top + 13, "start", group_digits(bar.value, separator));
        if (compare && bar.previous > 0)
            svg += rect(plot_left, top + kBarHeight + 2, length(bar.previous), kPreviousHeight, kPreviousColour);
        svg += "</g>";
    }
    // The axis the bars start from.
    svg += "<line" + attribute("x1", number(plot_left)) + attribute("x2", number(plot_left)) +
           attribute("y1", number(rows_top - 4)) + attribute("y2", number(height - kPadding + 2)) +
           attribute("stroke", kAxisColour) + attribute("stroke-width", "1") + "/>";
    svg += "</svg>";
    return svg;
}

}  // namespace meldpunt::exports
