#include "exports/svg_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <vector>

namespace meldpunt::exports {
namespace {

BarChart municipalities() {
    BarChart chart;
    chart.title = "Signalen per gemeente";
    chart.value_label = "2026";
    chart.previous_label = "2025";
    chart.bars = {{"Almere", 1200, 1000}, {"Urk", 300, 0}, {"Lelystad", 600, 900}};
    return chart;
}

// Every tag is closed in order and every & starts an entity: the SVG is
// well-formed enough for a browser's XML parser.
bool well_formed(const std::string& svg) {
    std::vector<std::string> open;
    for (std::size_t at = 0; at < svg.size(); ++at) {
        if (svg[at] == '&') {
            const auto end = svg.find(';', at);
            if (end == std::string::npos) return false;
            const std::string entity = svg.substr(at, end - at + 1);
            if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&#39;")
                return false;
        }
        if (svg[at] != '<') continue;
        const auto end = svg.find('>', at);
        if (end == std::string::npos) return false;
        const std::string tag = svg.substr(at + 1, end - at - 1);
        if (tag.find('<') != std::string::npos) return false;
        const auto name_end = tag.find_first_of(" />");
        if (tag.starts_with("/")) {
            if (open.empty() || open.back() != tag.substr(1)) return false;
            open.pop_back();
        } else if (!tag.ends_with("/")) {
            open.push_back(tag.substr(0, name_end));
        }
        at = end;
    }
    return open.empty();
}

double attribute_of(const std::string& element, const std::string& name) {
    std::smatch match;
    if (!std::regex_search(element, match, std::regex(" " + name + "=\"([0-9.]+)\""))) return -1;
    return std::stod(match[1]);
}

std::vector<std::string> elements(const std::string& svg, const std::string& pattern) {
    std::vector<std::string> found;
    const std::regex element(pattern);
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element); it != std::sregex_iterator(); ++it)
        found.push_back(it->str());
    return found;
}

// WCAG 2.1 contrast of a #rrggbb colour against white.
double contrast_with_white(const std::string& hex) {
    const auto channel = [&](int at) {
        const double value = std::stoi(hex.substr(static_cast<std::size_t>(at), 2), nullptr, 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (luminance + 0.05);
}

TEST(SvgChart, StandsAloneAsAnImageWithTitleAndEveryBarInWords) {
    const std::string svg = svg_bar_chart(municipalities(), {"chart-municipality", ChartAccessibility::image, '.', ""});
    EXPECT_TRUE(well_formed(svg)) << svg;
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-labelledby=\"chart-municipality-title chart-municipality-desc\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"chart-municipality-title\">Signalen per gemeente</title>"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"chart-municipality-desc\">Almere: 1.200 (2025: 1.000); Urk: 300 (2025: 0); "
                       "Lelystad: 600 (2025: 900)</desc>"),
              std::string::npos)
        << svg;
    EXPECT_EQ(svg.find("aria-hidden"), std::string::npos);
    EXPECT_EQ(svg.find("<script"), std::string::npos);
}

TEST(SvgChart, BesideItsTableItIsHiddenFromScreenReaders) {
    const std::string svg = svg_bar_chart(municipalities(), {"c1", ChartAccessibility::hidden, ',', ""});
    EXPECT_TRUE(well_formed(svg)) << svg;
    EXPECT_NE(svg.find("aria-hidden=\"true\""), std::string::npos);
    EXPECT_EQ(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find(">1,200<"), std::string::npos);
}

TEST(SvgChart, TextIsEscaped) {
    BarChart chart;
    chart.title = "<script>alert(1)</script> & \"co\"";
    chart.value_label = "now's";
    chart.previous_label = "<b>before</b>";
    chart.bars = {{"<img src=x onerror=alert(1)>", 5, 3},
                  {std::string("a\x01"
                               "b"),
                   1, -1}};
    const std::string svg = svg_bar_chart(chart, {"x\"><script>", ChartAccessibility::image, ',', ""});
    EXPECT_TRUE(well_formed(svg)) << svg;
    EXPECT_EQ(svg.find("<script"), std::string::npos) << svg;
    EXPECT_EQ(svg.find("<img"), std::string::npos) << svg;
    EXPECT_EQ(svg.find("<b>"), std::string::npos) << svg;
    EXPECT_EQ(svg.find('\x01'), std::string::npos);
    EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"), std::string::npos);
    EXPECT_NE(svg.find("id=\"x___script_\""), std::string::npos) << "ids keep to safe characters";
}

TEST(SvgChart, BarsAreProportionalAndThePreviousPeriodIsAThinSecondBar) {
    const std::string svg = svg_bar_chart(municipalities(), {});
    const auto bars = elements(svg, "<rect[^>]*fill=\"#1d4f91\"/>");
    const auto thin = elements(svg, "<rect[^>]*fill=\"#a35200\"/>");
    // Three bars plus the legend's sample of each shape; Urk had 0 before: no thin bar.
    ASSERT_EQ(bars.size(), 4u) << svg;
    ASSERT_EQ(thin.size(), 3u) << svg;
    const double almere = attribute_of(bars[1], "width");
    EXPECT_DOUBLE_EQ(attribute_of(bars[2], "width") * 4, almere);
    EXPECT_DOUBLE_EQ(attribute_of(bars[3], "width") * 2, almere);
    EXPECT_NEAR(attribute_of(thin[1], "width"), almere * 1000 / 1200, 0.1);
    EXPECT_NEAR(attribute_of(thin[2], "width"), almere * 900 / 1200, 0.1);
    EXPECT_LT(attribute_of(thin[1], "height"), attribute_of(bars[1], "height") / 2) << "thin, not only another colour";
    // The legend names both shapes in words.
    EXPECT_NE(svg.find(">2026</text>"), std::string::npos);
    EXPECT_NE(svg.find(">2025</text>"), std::string::npos);
}

TEST(SvgChart, WithoutAPreviousLabelThereIsNoThinBarAndNoLegend) {
    BarChart chart = municipalities();
    chart.previous_label.clear();
    const std::string svg = svg_bar_chart(chart, {});
    EXPECT_EQ(elements(svg, "<rect[^>]*fill=\"#a35200\"/>").size(), 0u);
    EXPECT_EQ(elements(svg, "<rect[^>]*fill=\"#1d4f91\"/>").size(), 3u);
    EXPECT_EQ(svg.find("legend"), std::string::npos);
}

TEST(SvgChart, SizeFollowsTheData) {
    BarChart few = municipalities();
    BarChart more = few;
    more.bars.push_back({"Dronten", 10, 12});
    BarChart longer = few;
    longer.bars[0].label = "Een heel lang label dat niet past in de kolom van de labels";
    const auto height = [](const BarChart& chart) { return attribute_of(svg_bar_chart(chart, {}), "height"); };
    const auto width = [](const BarChart& chart) { return attribute_of(svg_bar_chart(chart, {}), "width"); };
    EXPECT_GT(height(more), height(few));
    EXPECT_GT(width(longer), width(few));
    const std::string svg = svg_bar_chart(longer, {});
    EXPECT_NE(svg.find("Een heel lang label dat niet past i\u2026</text>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("<title>Een heel lang label dat niet past in de kolom van de labels: 1,200"), std::string::npos)
        << "the whole label stays in the bar's title";
    EXPECT_NE(svg.find("viewBox=\"0 0 "), std::string::npos);
}

TEST(SvgChart, ColoursHaveEnoughContrast) {
    const std::string svg = svg_bar_chart(municipalities(), {});
    const auto fills = elements(svg, "fill=\"#[0-9a-f]{6}\"");
    ASSERT_FALSE(fills.empty());
    for (const std::string& fill : fills) {
        const std::string colour = fill.substr(6, 7);
        EXPECT_GE(contrast_with_white(colour), 3.0) << colour;
    }
    // Text takes the root's fill.
    const auto root = elements(svg, "<svg[^>]*>").front();
    std::smatch match;
    ASSERT_TRUE(std::regex_search(root, match, std::regex("fill=\"(#[0-9a-f]{6})\"")));
    EXPECT_GE(contrast_with_white(match[1]), 4.5);
    for (const std::string& stroke : elements(svg, "stroke=\"#[0-9a-f]{6}\""))
        EXPECT_GE(contrast_with_white(stroke.substr(8, 7)), 3.0);
}

TEST(SvgChart, AnEmptyChartSaysSo) {
    BarChart chart;
    chart.title = "Leeg";
    const std::string svg = svg_bar_chart(chart, {"e", ChartAccessibility::image, '.', "Geen signalen"});
    EXPECT_TRUE(well_formed(svg)) << svg;
    EXPECT_NE(svg.find(">Geen signalen</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Geen signalen</desc>"), std::string::npos);
}

TEST(SvgChart, GroupsDigits) {
    EXPECT_EQ(group_digits(0, '.'), "0");
    EXPECT_EQ(group_digits(999, '.'), "999");
    EXPECT_EQ(group_digits(1000, '.'), "1.000");
    EXPECT_EQ(group_digits(1234567, ','), "1,234,567");
    EXPECT_EQ(group_digits(-1234, ','), "-1,234");
    EXPECT_EQ(group_digits(1234, 0), "1234");
}

}  // namespace
}  // namespace meldpunt::exports
