// The words of the figures pages: every label has a Dutch translation, codes
// are worded per breakdown, and numbers are written as each language does.
#include "web/figure_labels.hpp"

#include "stats/publication.hpp"
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using test_support::StaffSiteTest;

class FigureLabels : public StaffSiteTest {};

TEST_F(FigureLabels, EveryLabelAndTableTitleHasADutchTranslation) {
    for (std::string_view msgid : all_figure_msgids())
        EXPECT_TRUE(m_site->translations.has(Language::nl, msgid)) << "\"" << msgid << "\"";
    for (const auto& table : stats::publication_tables()) {
        EXPECT_TRUE(m_site->translations.has(Language::nl, table.title)) << "\"" << table.title << "\"";
        EXPECT_NE(figure_dimension_msgid(stats::code_of(table.rows)), stats::code_of(table.rows));
        EXPECT_NE(figure_dimension_msgid(stats::code_of(table.columns)), stats::code_of(table.columns));
    }
    for (auto unit : {stats::Unit::signals, stats::Unit::persons}) {
        for (std::string_view dimension :
             unit == stats::Unit::signals ? stats::signal_dimensions() : stats::person_dimensions()) {
            EXPECT_NE(figure_dimension_msgid(dimension), dimension) << dimension;
            EXPECT_NE(figure_chart_msgid(unit, dimension), figure_dimension_msgid(dimension)) << dimension;
        }
    }
}

TEST_F(FigureLabels, CodesAreWordedPerBreakdown) {
    const auto nl = [&](std::string_view dimension, std::string_view value) {
        return figure_value_label(m_site->translations, Language::nl, dimension, value);
    };
    const auto en = [&](std::string_view dimension, std::string_view value) {
        return figure_value_label(m_site->translations, Language::en, dimension, value);
    };
    EXPECT_EQ(nl("form", "sexual"), "Seksuele uitbuiting");
    EXPECT_EQ(en("form", "sexual"), "Sexual exploitation");
    EXPECT_EQ(nl("channel", "phone"), "Telefoon");
    EXPECT_EQ(nl("municipality", "GM0034"), "Almere");
    EXPECT_EQ(nl("municipality", "outside"), "Buiten Flevoland");
    EXPECT_EQ(en("kind", "advice"), "Advice questions");
    EXPECT_EQ(en("minors", "yes"), "With minors");
    EXPECT_EQ(en("minor_now", "yes"), "Under 18");
    EXPECT_EQ(en("minors_form", "yes|labour"), "With minors, Labour exploitation");
    EXPECT_EQ(nl("scope_form", "domestic|sexual"), "Binnenlands, Seksuele uitbuiting");
    EXPECT_EQ(en("age_gender", "12-15|female"), "12-15, Female");
    EXPECT_EQ(en("age_band", "50+"), "50+");
    EXPECT_EQ(en("age_band", "unknown"), "Age unknown");
    EXPECT_EQ(en("nationality", "RO"), "RO");
    EXPECT_EQ(en("", ""), "All");
    EXPECT_EQ(en("form", "<not a form>"), "<not a form>")
        << "an unknown code is shown as it is (and escaped by the page)";
}

TEST_F(FigureLabels, PeriodsAndAreas) {
    const auto period = [](std::string_view code) { return stats::parse_period(code).value(); };
    EXPECT_EQ(period_label(m_site->translations, Language::en, period("2026")), "2026");
    EXPECT_EQ(period_label(m_site->translations, Language::en, period("2026Q1")), "2026 Q1");
    EXPECT_EQ(period_label(m_site->translations, Language::nl, period("2026Q1")), "2026 K1");
    EXPECT_EQ(period_label(m_site->translations, Language::nl, period("2026-03")), "maart 2026");
    EXPECT_EQ(period_label(m_site->translations, Language::en, period("2026-12")), "December 2026");
    EXPECT_EQ(area_label(m_site->translations, Language::nl, ""), "Hele regio");
    EXPECT_EQ(area_label(m_site->translations, Language::en, "GM0171"), "Noordoostpolder");
    EXPECT_EQ(area_label(m_site->translations, Language::en, "unknown"), "Municipality unknown");
}

TEST(FigureNumbers, AsEachLanguageWritesThem) {
    EXPECT_EQ(format_count(1234567, Language::nl), "1.234.567");
    EXPECT_EQ(format_count(1234567, Language::en), "1,234,567");
    EXPECT_EQ(format_rate(12.345, Language::nl), "12,3");
    EXPECT_EQ(format_rate(12.345, Language::en), "12.3");
    EXPECT_EQ(format_change(110, 100, Language::en), "+10 (+10%)");
    EXPECT_EQ(format_change(90, 100, Language::en), "-10 (-10%)");
    EXPECT_EQ(format_change(5, 0, Language::en), "+5");
    EXPECT_EQ(format_change(7, 7, Language::en), "0");
    EXPECT_EQ(format_change(2500, 1000, Language::nl), "+1.500 (+150%)");
}

}  // namespace
}  // namespace meldpunt::web
