#include "exports/table_csv.hpp"

#include <gtest/gtest.h>

namespace meldpunt::exports {
namespace {

stats::PublishedTable published() {
    stats::CountTable table;
    table.rows = {"Almere", "Urk"};
    table.columns = {"Seksuele uitbuiting", "Arbeidsuitbuiting, \"overig\""};
    table.counts = {{25, 30}, {0, 40}};
    return stats::publish(table, {});
}

TEST(TableCsv, WritesHeaderRowsAndTotalsWithCrLf) {
    EXPECT_EQ(table_csv(published(), {',', "Totaal", "Gemeente"}),
              "Gemeente,Seksuele uitbuiting,\"Arbeidsuitbuiting, \"\"overig\"\"\",Totaal\r\n"
              "Almere,25,30,55\r\n"
              "Urk,0,40,40\r\n"
              "Totaal,25,70,95\r\n");
}

TEST(TableCsv, SuppressedCountsAreADotAndFormulasAreDefused) {
    stats::CountTable table;
    table.rows = {"=HYPERLINK(\"x\")", "Lelystad"};
    table.columns = {"a", "b"};
    table.counts = {{3, 20}, {15, 12}};
    const std::string csv = table_csv(stats::publish(table, {}), {';', "Totaal", ""});
    EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\";.;"), std::string::npos) << csv;
    EXPECT_EQ(csv.find(";3;"), std::string::npos) << "the hidden 3 must not appear: " << csv;
}

}  // namespace
}  // namespace meldpunt::exports
