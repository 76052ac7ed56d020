// A horizontal bar chart as SVG, drawn on the server (no JavaScript): one bar
// per label with its count written after it, and, when the chart compares
// with the period before, a second thin bar under each one. The legend shows
// both bar shapes with words, so it does not rely on colour: the thick bar is
// named by the chart's value_label (the period: "2026 Q1"), the thin one by
// its previous_label ("2025 Q4"); without a previous_label there is no thin
// bar and no legend. Sizes follow the data (label width, number of bars);
// colours have at least 3:1 contrast for bars and 4.5:1 for text against
// white. All text is XML-escaped. Pure; thread-safe.
#pragma once

#include <string>

#include "exports/report_document.hpp"

namespace meldpunt::exports {

enum class ChartAccessibility {
    image,   // role="img" with <title> and <desc> (every bar in words): the chart stands alone
    hidden,  // aria-hidden: a table beside the chart carries the same numbers
};

struct SvgChartOptions {
    // Prefix of the ids inside the SVG, unique on the page ("chart-signals_form");
    // characters other than letters, digits, - and _ are replaced.
    std::string id = "chart";
    ChartAccessibility accessibility = ChartAccessibility::image;
    char digit_group_separator = ',';  // "1,234"; '.' for Dutch, 0 for none
    std::string empty_text;            // shown when there are no bars
};

std::string svg_bar_chart(const BarChart& chart, const SvgChartOptions& options = {});

// "a < b & c" -> "a &lt; b &amp; c", quotes too; control characters other
// than tab and line breaks (not allowed in XML) are dropped.
std::string xml_escape(std::string_view text);

// 1234567 -> "1,234,567" with ','; no grouping with 0.
std::string group_digits(std::int64_t value, char separator);

}  // namespace meldpunt::exports
