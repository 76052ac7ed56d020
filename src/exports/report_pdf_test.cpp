#include "exports/report_pdf.hpp"

#include <cairo.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

namespace meldpunt::exports {
namespace {

namespace fs = std::filesystem;

LabelledTable small_table() {
    LabelledTable table;
    table.id = "municipality_by_form";
    table.title = "Signalen per gemeente en vorm";
    table.corner_label = "Gemeente";
    table.total_label = "Totaal";
    table.table.rows = {"Almere", "Urk"};
    table.table.columns = {"Seksuele uitbuiting", "Arbeidsuitbuiting"};
    table.table.cells = {{25, 30}, {std::nullopt, 40}};
    table.table.row_totals = {55, std::nullopt};
    table.table.column_totals = {std::nullopt, 70};
    table.table.total = 103;
    return table;
}

// 70 rows: more than one page holds.
LabelledTable long_table() {
    LabelledTable table;
    table.id = "week";
    table.title = "Signalen per week";
    table.corner_label = "Periode";
    table.total_label = "Totaal";
    table.table.columns = {"Almere", "Lelystad"};
    for (int week = 1; week <= 70; ++week) {
        table.table.rows.push_back("Week " + std::to_string(week));
        table.table.cells.push_back({week + 100, week % 7 == 0 ? stats::ShownCount{} : week + 200});
        table.table.row_totals.push_back(week % 7 == 0 ? stats::ShownCount{} : 2 * week + 300);
    }
    table.table.column_totals = {9000, std::nullopt};
    table.table.total = std::nullopt;
    return table;
}

ReportDocument document() {
    ReportDocument report;
    report.language = "nl";
    report.title = "Mensenhandel in Flevoland: cijfers 2026 Q1";
    report.subtitle = "Meld- en Adviespunt Mensenhandel";
    report.explanation_heading = "Over deze cijfers";
    report.explanation = {
        "Deze cijfers komen uit de registratie van het meldpunt. Een signaal telt in de maand "
        "waarin het binnenkwam, ook als het later is aangevuld of doorgestuurd."};
    report.suppressed_note = ". = minder dan 10, of zou zo'n aantal verraden";
    report.footer = "Gemaakt op 29-11-2026";
    report.continued_label = "(vervolg)";

    ReportSection region;
    region.heading = "Regio Flevoland";
    region.paragraphs = {"In het eerste kwartaal kwamen meer signalen binnen dan in het kwartaal ervoor."};
    region.charts.push_back(BarChart{"Signalen per gemeente",
                                     "signalen",
                                     "vorig kwartaal",
                                     {{"Almere", 55, 41}, {"Lelystad", 12, -1}, {"Urk", -1, 14}}});
    region.tables.push_back(small_table());
    ReportSection weeks;
    weeks.heading = "Per week";
    weeks.tables.push_back(long_table());
    report.sections = {region, weeks};
    return report;
}

bool have(const std::string& tool) {
    return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

std::string run(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return output;
    char buffer[4096];
    for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, read);
    ::pclose(pipe);
    return output;
}

// pdftotext ends every page with a form feed.
std::vector<std::string> pages_of(const std::string& text) {
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\f', start)) != std::string::npos; start = end + 1)
        pages.push_back(text.substr(start, end - start));
    return pages;
}

// Lines wrap: compare texts with every run of white space as one space.
std::string squeezed(const std::string& text) {
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

bool has_line(const std::string& page, const std::string& pattern) {
    return std::regex_search(page, std::regex(pattern, std::regex::multiline));
}

class ReportPdf : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("meldpunt-pdf-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
        m_file = m_dir / "report.pdf";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    fs::path m_file;
};

TEST_F(ReportPdf, IsAPdfWithTheTextsTablesAndPageNumbers) {
    const auto written = write_report_pdf(document(), m_file);
    ASSERT_TRUE(written.ok()) << written.error().message;
    std::ifstream stream(m_file, std::ios::binary);
    std::string start(5, '\0');
    stream.read(start.data(), 5);
    EXPECT_EQ(start, "%PDF-");
    EXPECT_FALSE(fs::exists(m_file.string() + ".part"));
    if (!have("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";

    const std::vector<std::string> pages = pages_of(run("pdftotext -layout '" + m_file.string() + "' -"));
    ASSERT_EQ(pages.size(), 4u) << "title page, one page for the region, two for the weeks";
    EXPECT_NE(squeezed(pages[0]).find("Mensenhandel in Flevoland: cijfers 2026 Q1"), std::string::npos) << pages[0];
    EXPECT_NE(pages[0].find("Over deze cijfers"), std::string::npos);
    EXPECT_NE(squeezed(pages[0]).find("Een signaal telt in de maand waarin het binnenkwam"), std::string::npos);
    EXPECT_NE(pages[0].find(". = minder dan 10"), std::string::npos);

    EXPECT_NE(pages[1].find("Regio Flevoland"), std::string::npos) << pages[1];
    EXPECT_NE(pages[1].find("vorig kwartaal"), std::string::npos) << "the legend";
    EXPECT_TRUE(has_line(pages[1], R"(Almere\s+55\s*$)")) << pages[1];
    EXPECT_NE(pages[1].find("Signalen per gemeente en vorm"), std::string::npos);
    EXPECT_TRUE(has_line(pages[1], R"(^\s*Almere\s+25\s+30\s+55\s*$)")) << pages[1];
    EXPECT_TRUE(has_line(pages[1], R"(^\s*Urk\s+\.\s+40\s+\.\s*$)")) << pages[1];
    EXPECT_TRUE(has_line(pages[1], R"(^\s*Totaal\s+\.\s+70\s+103\s*$)")) << pages[1];

    EXPECT_TRUE(has_line(pages[2], R"(^\s*Week 1\s+101\s+201\s+302\s*$)")) << pages[2];
    EXPECT_TRUE(has_line(pages[2], R"(^\s*Week 7\s+107\s+\.\s+\.\s*$)")) << pages[2];
    // The table goes on over the next page with its title and header again.
    EXPECT_EQ(pages[2].find("Week 70"), std::string::npos);
    EXPECT_NE(pages[3].find("Signalen per week (vervolg)"), std::string::npos) << pages[3];
    EXPECT_TRUE(has_line(pages[3], R"(^\s*Periode\s+Almere\s+Lelystad\s+Totaal\s*$)")) << pages[3];
    EXPECT_TRUE(has_line(pages[3], R"(^\s*Week 70\s+170\s+\.\s+\.\s*$)")) << pages[3];
    EXPECT_TRUE(has_line(pages[3], R"(^\s*Totaal\s+9000\s+\.\s+\.\s*$)")) << pages[3];

    for (std::size_t i = 0; i < pages.size(); ++i) {
        EXPECT_NE(pages[i].find("Gemaakt op 29-11-2026"), std::string::npos) << "footer on page " << i + 1;
        EXPECT_TRUE(has_line(pages[i], "\\b" + std::to_string(i + 1) + R"(\s*/\s*4\s*$)")) << pages[i];
    }
}

TEST_F(ReportPdf, HasItsTitleInTheMetadata) {
    ASSERT_TRUE(write_report_pdf(document(), m_file).ok());
    if (!have("pdfinfo")) GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const std::string info = run("pdfinfo '" + m_file.string() + "'");
    EXPECT_TRUE(has_line(info, R"(^Title:\s+Mensenhandel in Flevoland: cijfers 2026 Q1$)")) << info;
    EXPECT_TRUE(has_line(info, R"(^Page size:\s+595\.\d* x 841\.\d* pts \(A4\))")) << info;
}

// Pixels close to the bars' dark blue (pdf_page.hpp: kBar) in a PNG.
std::size_t bar_pixels(const fs::path& png) {
    cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
    std::size_t count = 0;
    if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(image);
        const unsigned char* data = cairo_image_surface_get_data(image);
        const int stride = cairo_image_surface_get_stride(image);
        for (int y = 0; y < cairo_image_surface_get_height(image); ++y) {
            for (int x = 0; x < cairo_image_surface_get_width(image); ++x) {
                std::uint32_t pixel;
                std::memcpy(&pixel, data + y * stride + x * 4, 4);
                const int red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF;
                if (std::abs(red - 31) < 12 && std::abs(green - 78) < 12 && std::abs(blue - 121) < 12) ++count;
            }
        }
    }
    cairo_surface_destroy(image);
    return count;
}

TEST_F(ReportPdf, RendersOneImagePerPageWithTheBarsOnTheChartsPage) {
    ASSERT_TRUE(write_report_pdf(document(), m_file).ok());
    if (!have("pdftoppm")) GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    const fs::path images = m_dir / "pages";
    fs::create_directories(images);
    ASSERT_EQ(
        std::system(("pdftoppm -r 40 -png '" + m_file.string() + "' '" + (images / "page").string() + "'").c_str()), 0);
    std::vector<fs::path> pngs;
    for (const auto& entry : fs::directory_iterator(images)) pngs.push_back(entry.path());
    std::sort(pngs.begin(), pngs.end());
    ASSERT_EQ(pngs.size(), 4u);
    for (const auto& png : pngs) {
        std::ifstream stream(png, std::ios::binary);
        std::string signature(4, '\0');
        stream.read(signature.data(), 4);
        EXPECT_EQ(signature, "\x89PNG") << png.filename();
    }
    EXPECT_EQ(bar_pixels(pngs[0]), 0u) << "no chart on the title page";
    EXPECT_GT(bar_pixels(pngs[1]), 300u) << "the bars of the chart";
}

TEST_F(ReportPdf, AFileThatCannotBeWrittenIsAnErrorAndLeavesNothing) {
    const fs::path file = m_dir / "no-such-folder" / "report.pdf";
    const auto written = write_report_pdf(document(), file);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::internal);
    EXPECT_NE(written.error().message.find("cannot write"), std::string::npos) << written.error().message;
    EXPECT_FALSE(fs::exists(file));
}

TEST_F(ReportPdf, AMalformedTableIsRefused) {
    ReportDocument report = document();
    report.sections[0].tables[0].table.row_totals.pop_back();
    const auto written = write_report_pdf(report, m_file);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::invalid_input);
    EXPECT_FALSE(fs::exists(m_file));
}

}  // namespace
}  // namespace meldpunt::exports
