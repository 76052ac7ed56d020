#include "exports/table_xlsx.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "exports/test_zip.hpp"

namespace meldpunt::exports {
namespace {

namespace fs = std::filesystem;

// Two tables whose ids agree in their first 31 characters, one with a label
// that a spreadsheet would take for a formula, both with suppressed counts.
std::vector<LabelledTable> tables() {
    LabelledTable first;
    first.id = "municipality_by_form_of_exploitation";
    first.title = "Signalen per gemeente en vorm van uitbuiting";
    first.corner_label = "Gemeente";
    first.total_label = "Totaal";
    first.table.rows = {"=cmd", "Almere"};
    first.table.columns = {"Seksuele uitbuiting", "Arbeidsuitbuiting"};
    first.table.cells = {{std::nullopt, 20}, {std::nullopt, 12}};
    first.table.row_totals = {std::nullopt, std::nullopt};
    first.table.column_totals = {13, 32};
    first.table.total = 45;

    LabelledTable second = first;
    second.id = "municipality_by_form_of_exploitation_per_quarter";
    second.title = "Per kwartaal";
    second.table.rows = {"Lelystad"};
    second.table.cells = {{30, std::nullopt}};
    second.table.row_totals = {35};
    second.table.column_totals = {30, std::nullopt};
    second.table.total = 35;
    return {first, second};
}

struct Cell {
    std::string type;  // "s": shared string; empty: number
    std::string value;
    bool formula = false;
};

std::string plain_text(const std::string& xml) {
    std::string text = std::regex_replace(xml, std::regex("<[^>]*>"), "");
    for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}}) {
        for (std::size_t at; (at = text.find(entity)) != std::string::npos;) text.replace(at, entity.size(), character);
    }
    return text;
}

std::vector<std::string> shared_strings(const std::string& xml) {
    std::vector<std::string> strings;
    const std::regex item("<si>(.*?)</si>");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), item); it != std::sregex_iterator(); ++it)
        strings.push_back(plain_text((*it)[1]));
    return strings;
}

std::map<std::string, Cell> cells(const std::string& xml) {
    std::map<std::string, Cell> found;
    const std::regex cell("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>(.*?)</c>)");
    const std::regex type(" t=\"([a-z]+)\"");
    const std::regex value("<v>(.*?)</v>");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell); it != std::sregex_iterator(); ++it) {
        Cell parsed;
        const std::string attributes = (*it)[2];
        const std::string inner = (*it)[4];
        std::smatch match;
        if (std::regex_search(attributes, match, type)) parsed.type = match[1];
        if (std::regex_search(inner, match, value)) parsed.value = match[1];
        parsed.formula = inner.find("<f") != std::string::npos;
        found[(*it)[1]] = parsed;
    }
    return found;
}

class TableXlsx : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("meldpunt-xlsx-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string read(const fs::path& file) {
        std::ifstream stream(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << stream.rdbuf();
        return bytes.str();
    }

    fs::path m_dir;
};

TEST_F(TableXlsx, WritesTitleNoteHeaderCountsAndTotalsWithDotsAsText) {
    const fs::path file = m_dir / "figures.xlsx";
    const auto written = write_tables_xlsx(tables(), ". = minder dan 10", file);
    ASSERT_TRUE(written.ok()) << written.error().message;
    const std::string archive = read(file);
    ASSERT_EQ(archive.substr(0, 2), "PK");
    EXPECT_FALSE(fs::exists(file.string() + ".part"));

    const auto strings_xml = testing::zip_entry(archive, "xl/sharedStrings.xml");
    const auto sheet_xml = testing::zip_entry(archive, "xl/worksheets/sheet1.xml");
    ASSERT_TRUE(strings_xml && sheet_xml);
    const std::vector<std::string> strings = shared_strings(*strings_xml);
    const std::map<std::string, Cell> sheet = cells(*sheet_xml);
    const auto text = [&](const std::string& reference) -> std::string {
        const Cell& cell = sheet.at(reference);
        EXPECT_EQ(cell.type, "s") << reference << " should be a text cell";
        return cell.type == "s" ? strings.at(std::stoul(cell.value)) : "";
    };
    const auto number = [&](const std::string& reference) -> std::string {
        const Cell& cell = sheet.at(reference);
        EXPECT_EQ(cell.type, "") << reference << " should be a number";
        return cell.value;
    };

    EXPECT_EQ(text("A1"), "Signalen per gemeente en vorm van uitbuiting");
    EXPECT_EQ(text("A2"), ". = minder dan 10");
    EXPECT_EQ(text("A4"), "Gemeente");
    EXPECT_EQ(text("B4"), "Seksuele uitbuiting");
    EXPECT_EQ(text("D4"), "Totaal");
    EXPECT_EQ(text("A5"), "=cmd");
    EXPECT_EQ(text("B5"), ".");
    EXPECT_EQ(number("C5"), "20");
    EXPECT_EQ(text("D5"), ".");
    EXPECT_EQ(text("A6"), "Almere");
    EXPECT_EQ(number("C6"), "12");
    EXPECT_EQ(text("A7"), "Totaal");
    EXPECT_EQ(number("B7"), "13");
    EXPECT_EQ(number("D7"), "45");
    EXPECT_EQ(sheet.count("A8"), 0u);
    for (const auto& [reference, cell] : sheet) EXPECT_FALSE(cell.formula) << reference;
    EXPECT_EQ(sheet_xml->find("<f"), std::string::npos) << "no formulas at all";
    EXPECT_NE(sheet_xml->find("ySplit=\"4\""), std::string::npos) << "the header row is frozen";
}

TEST_F(TableXlsx, OneSheetPerTableWithUniqueExcelNames) {
    const fs::path file = m_dir / "figures.xlsx";
    ASSERT_TRUE(write_tables_xlsx(tables(), "", file).ok());
    const std::string archive = read(file);
    const auto workbook = testing::zip_entry(archive, "xl/workbook.xml");
    ASSERT_TRUE(workbook);
    EXPECT_NE(workbook->find("name=\"municipality_by_form_of_exploit\""), std::string::npos) << *workbook;
    EXPECT_NE(workbook->find("name=\"municipality_by_form_of_explo_2\""), std::string::npos) << *workbook;

    const auto second = testing::zip_entry(archive, "xl/worksheets/sheet2.xml");
    const auto strings_xml = testing::zip_entry(archive, "xl/sharedStrings.xml");
    ASSERT_TRUE(second && strings_xml);
    const std::map<std::string, Cell> sheet = cells(*second);
    EXPECT_EQ(shared_strings(*strings_xml).at(std::stoul(sheet.at("A5").value)), "Lelystad");
    EXPECT_EQ(sheet.at("B5").value, "30");
    EXPECT_EQ(sheet.at("C5").type, "s");
    EXPECT_EQ(sheet.at("D5").value, "35");
}

TEST(TableXlsxNames, ForbiddenCharactersReservedNamesAndCaseAreHandled) {
    std::vector<LabelledTable> tables(4);
    tables[0].id = "a/b:c";
    tables[1].id = "A_B_C";
    tables[2].id = "History";
    tables[3].id = "'quoted'";
    EXPECT_EQ(sheet_names(tables), (std::vector<std::string>{"a_b_c", "A_B_C_2", "History_2", "_quoted_"}));
}

TEST_F(TableXlsx, AFileThatCannotBeWrittenIsAnErrorAndLeavesNothing) {
    const fs::path file = m_dir / "no-such-folder" / "figures.xlsx";
    const auto written = write_tables_xlsx(tables(), "", file);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::internal);
    EXPECT_NE(written.error().message.find("cannot write"), std::string::npos) << written.error().message;
    EXPECT_FALSE(fs::exists(file));
}

TEST_F(TableXlsx, AMalformedTableOrNoTableIsRefused) {
    auto broken = tables();
    broken[0].table.cells.pop_back();
    const auto written = write_tables_xlsx(broken, "", m_dir / "x.xlsx");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::invalid_input);
    EXPECT_FALSE(write_tables_xlsx({}, "", m_dir / "x.xlsx").ok());
    EXPECT_FALSE(fs::exists(m_dir / "x.xlsx"));
}

}  // namespace
}  // namespace meldpunt::exports
