#include "stats/published_figures.hpp"

#include <gtest/gtest.h>

#include "stats/figures_test_source.hpp"

namespace meldpunt::stats {
namespace {

const Period kQ1{PeriodKind::quarter, 2026, 1};

const PublishedFigureTable& table(const PublishedFigures& figures, std::string_view id) {
    for (const auto& table : figures.tables)
        if (table.definition->id == id) return table;
    throw std::runtime_error("no table " + std::string(id));
}

std::size_t index_of(const std::vector<std::string>& values, std::string_view value) {
    return static_cast<std::size_t>(std::find(values.begin(), values.end(), value) - values.begin());
}

TEST(PublishedFigures, TheRegionGetsEveryFixedTableFilledFromTheRightCounts) {
    TestFiguresSource source;
    source.set(Unit::signals, "2026Q1", "GM0034", "form", {{"sexual", 40}, {"labour", 12}});
    source.set(Unit::signals, "2026Q1", "GM0995", "form", {{"sexual", 3}, {"labour", 25}});
    source.set(Unit::signals, "2026Q1", "", "minors_form", {{"yes|sexual", 14}, {"no|sexual", 29}, {"no|labour", 37}});
    source.set(Unit::persons, "2026Q1", "", "age_gender", {{"16-17|female", 11}, {"23-29|male", 30}});
    source.set(Unit::persons, "2026Q1", "GM0034", "all", {{"", 33}});
    // Rounding to a base of 1 shows the counts as they are: this test is about where they go.
    const auto published = publish_figures(source, kQ1, kRegion, {DisclosureMethod::rounding, 10, 1}).value();
    ASSERT_EQ(published.tables.size(), publication_tables().size());

    const auto& by_form = table(published, "municipality_by_form").table;
    ASSERT_EQ(by_form.rows.size(), 8u);  // the six, outside, unknown: the same shape every period
    const auto almere = index_of(by_form.rows, "GM0034");
    const auto lelystad = index_of(by_form.rows, "GM0995");
    EXPECT_EQ(by_form.cells[almere][index_of(by_form.columns, "sexual")], ShownCount{40});
    EXPECT_EQ(by_form.cells[lelystad][index_of(by_form.columns, "labour")], ShownCount{25});
    EXPECT_EQ(by_form.cells[lelystad][index_of(by_form.columns, "sexual")], ShownCount{3});
    EXPECT_EQ(by_form.cells[index_of(by_form.rows, "GM0050")][0], ShownCount{0});          // none: shown as 0

    const auto& minors = table(published, "minors_by_form").table;
    EXPECT_EQ(minors.cells[index_of(minors.rows, "sexual")][index_of(minors.columns, "yes")], ShownCount{14});
    EXPECT_EQ(minors.cells[index_of(minors.rows, "labour")][index_of(minors.columns, "no")], ShownCount{37});

    const auto& ages = table(published, "victims_by_age_and_gender").table;
    EXPECT_EQ(ages.cells[index_of(ages.rows, "16-17")][index_of(ages.columns, "female")], ShownCount{11});
    const auto& victims = table(published, "victims_by_municipality").table;
    EXPECT_EQ(victims.columns, std::vector<std::string>{"count"});
    EXPECT_EQ(victims.cells[almere][0], ShownCount{33});
}

TEST(PublishedFigures, SmallCountsAreHiddenInEveryTable) {
    TestFiguresSource source;
    source.set(Unit::signals, "2026Q1", "GM0995", "form", {{"sexual", 3}, {"labour", 25}});
    source.set(Unit::persons, "2026Q1", "", "minor_at_start", {{"yes", 4}, {"no", 60}});
    const auto published = publish_figures(source, kQ1, kRegion, {DisclosureMethod::suppression, 10, 5}).value();
    for (const auto& [definition, shown] : published.tables) {
        for (const auto& row : shown.cells)
            for (const auto& cell : row) EXPECT_TRUE(!cell || *cell == 0 || *cell >= 10) << definition->id;
    }
    const auto& by_form = table(published, "municipality_by_form").table;
    EXPECT_EQ(by_form.cells[index_of(by_form.rows, "GM0995")][index_of(by_form.columns, "sexual")], std::nullopt);
    EXPECT_GT(by_form.suppressed_secondary, 0u);  // else 3 = the row total minus 25
}

TEST(PublishedFigures, AMunicipalityGetsItsOwnTablesWithoutMunicipalityRows) {
    TestFiguresSource source;
    source.set(Unit::signals, "2026Q1", "GM0184", "scope_form", {{"domestic|criminal", 12}});
    const auto published = publish_figures(source, kQ1, "GM0184", {DisclosureMethod::rounding, 10, 5}).value();
    for (const auto& table : published.tables) EXPECT_NE(table.definition->rows, Dimension::municipality);
    EXPECT_EQ(published.tables.size(), 4u);
    const auto& scope = table(published, "scope_by_form").table;
    EXPECT_EQ(scope.cells[index_of(scope.rows, "criminal")][index_of(scope.columns, "domestic")], ShownCount{10});
}

TEST(PublishedFigures, AnErrorOfTheStoreIsPassedOn) {
    class Failing : public FiguresSource {
        Result<std::vector<FigureCount>> counts(Unit, const Period&, std::string_view, std::string_view) override {
            return Error::make(ErrorCode::unavailable, "disk gone");
        }
    } failing;
    EXPECT_FALSE(publish_figures(failing, kQ1, kRegion, {}));
}

}  // namespace
}  // namespace meldpunt::stats
