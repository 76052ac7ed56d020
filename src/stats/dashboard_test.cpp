#include "stats/dashboard.hpp"

#include <gtest/gtest.h>

#include "stats/figures_test_source.hpp"

namespace meldpunt::stats {
namespace {

const DashboardChart& chart(const Dashboard& dashboard, std::string_view id) {
    for (const auto& chart : dashboard.charts)
        if (chart.id == id) return chart;
    throw std::runtime_error("no chart " + std::string(id));
}

TEST(Dashboard, BarsCarryThePeriodBeforeAndRatesPerInhabitants) {
    TestFiguresSource source;
    source.set(Unit::signals, "2026", "", "all", {{"", 300}});
    source.set(Unit::signals, "2025", "", "all", {{"", 250}});
    source.set(Unit::signals, "2026", "", "municipality", {{"GM0034", 227}, {"outside", 20}});
    source.set(Unit::signals, "2025", "", "municipality", {{"GM0034", 200}, {"GM0184", 4}});
    source.set(Unit::persons, "2026", "", "age_band", {{"50+", 2}, {"12-15", 5}, {"unknown", 1}, {"18-22", 9}});
    const auto dashboard = build_dashboard(source, {PeriodKind::year, 2026, 1}, kRegion).value();
    EXPECT_EQ(dashboard.previous.code(), "2025");

    const auto& places = chart(dashboard, "signals_municipality");
    EXPECT_EQ(places.total, 300);
    EXPECT_EQ(places.previous_total, 250);
    ASSERT_EQ(places.bars.size(), 3u);
    EXPECT_EQ(places.bars[0].value, "GM0034");  // the largest first
    EXPECT_EQ(places.bars[0].previous, 200);
    ASSERT_TRUE(places.bars[0].per_100k);
    EXPECT_DOUBLE_EQ(*places.bars[0].per_100k, 100.0);  // 227 signals, 227,000 inhabitants
    EXPECT_FALSE(places.bars[1].per_100k);              // outside Flevoland: no population
    EXPECT_EQ(places.bars[2].value, "GM0184");          // only the year before: went down to 0
    EXPECT_EQ(places.bars[2].count, 0);

    const auto& ages = chart(dashboard, "persons_age_band");
    std::vector<std::string> order;
    for (const auto& bar : ages.bars) order.push_back(bar.value);
    EXPECT_EQ(order, (std::vector<std::string>{"12-15", "18-22", "50+", "unknown"}));  // young to old
}

TEST(Dashboard, AMunicipalityHasNoMunicipalityChartsAndOneReadPerChartAndPeriod) {
    TestFiguresSource source;
    const auto dashboard = build_dashboard(source, {PeriodKind::quarter, 2026, 1}, "GM0050").value();
    for (const auto& chart : dashboard.charts) EXPECT_NE(chart.dimension, "municipality");
    EXPECT_EQ(dashboard.previous.code(), "2025Q4");
    // Two totals and every chart, each for the period and the one before.
    EXPECT_EQ(source.calls, static_cast<int>(2 * (2 + dashboard.charts.size())));
}

TEST(Facts, OnlyVictimsAreCountedAndAgesFallInTheirBands) {
    EXPECT_TRUE(person_facts({"suspect", 30, "no", "male", "NL"}).empty());
    const auto facts = person_facts({"victim", 17, "yes", "female", ""});
    EXPECT_NE(std::find(facts.begin(), facts.end(), Fact{"age_gender", "16-17|female"}), facts.end());
    EXPECT_NE(std::find(facts.begin(), facts.end(), Fact{"minor_now", "yes"}), facts.end());
    EXPECT_NE(std::find(facts.begin(), facts.end(), Fact{"nationality", "unknown"}), facts.end());
    EXPECT_EQ(age_band_of(11), "0-11");
    EXPECT_EQ(age_band_of(12), "12-15");
    EXPECT_EQ(age_band_of(18), "18-22");
    EXPECT_EQ(age_band_of(50), "50+");
    EXPECT_EQ(age_band_of(std::nullopt), "unknown");
    EXPECT_EQ(periods_of_month(202612), (std::array<int, 3>{202612, 20264, 2026}));
    EXPECT_EQ(period_number({PeriodKind::quarter, 2026, 3}), 20263);
}

}  // namespace
}  // namespace meldpunt::stats
