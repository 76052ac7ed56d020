#include "exports/report_pdf.hpp"

#include <cairo-pdf.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include "exports/export_support.hpp"
#include "exports/pdf_figures.hpp"
#include "exports/pdf_page.hpp"

namespace meldpunt::exports {

namespace {

namespace fs = std::filesystem;
using pdf::PageFlow;
using pdf::Style;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
    void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

// Where cairo's PDF bytes go: a file, or nowhere (the counting pass).
struct Sink {
    std::FILE* file = nullptr;
    int error = 0;  // errno of the first failed write
};

cairo_status_t write_to_sink(void* closure, const unsigned char* data, unsigned int length) {
    auto* sink = static_cast<Sink*>(closure);
    if (sink->file == nullptr) return CAIRO_STATUS_SUCCESS;
    if (std::fwrite(data, 1, length, sink->file) == length) return CAIRO_STATUS_SUCCESS;
    if (sink->error == 0) sink->error = errno;
    return CAIRO_STATUS_WRITE_ERROR;
}

void add_bookmark(cairo_surface_t* surface, const std::string& name, int page, double y) {
    if (name.empty()) return;
    // Whole points: std::to_string of a double would follow a process locale
    // that writes a decimal comma, which cairo would not read.
    const std::string target = "page=" + std::to_string(page) + " pos=[" + std::to_string(std::lround(pdf::kMargin)) +
                               " " + std::to_string(std::lround(y)) + "]";
    cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, name.c_str(), target.c_str(),
                                  static_cast<cairo_pdf_outline_flags_t>(0));
}

void draw_title_page(PageFlow& flow, cairo_surface_t* surface, const ReportDocument& document) {
    flow.move(60);  // the title sits lower than body text, as on a cover
    flow.text(document.title, Style::title, 10);
    if (!document.subtitle.empty()) flow.text(document.subtitle, Style::subtitle, 0, pdf::kMuted);
    flow.move(48);
    add_bookmark(surface, document.explanation_heading, flow.page(), flow.y());
    if (!document.explanation_heading.empty()) flow.text(document.explanation_heading, Style::heading, 8);
    for (const auto& paragraph : document.explanation) flow.text(paragraph, Style::body, 7);
    if (!document.suppressed_note.empty()) {
        flow.gap(4);
        flow.text(document.suppressed_note, Style::note, 0);
    }
}

void draw_section(PageFlow& flow, cairo_surface_t* surface, const ReportSection& section,
                  const std::string& continued) {
    flow.new_page();
    add_bookmark(surface, section.heading, flow.page(), flow.y());
    flow.text(section.heading, Style::heading, 10);
    for (const auto& paragraph : section.paragraphs) flow.text(paragraph, Style::body, 7);
    for (const auto& chart : section.charts) {
        flow.gap(14);
        pdf::draw_bar_chart(flow, chart, continued);
    }
    for (const auto& table : section.tables) {
        flow.gap(16);
        pdf::draw_table(flow, table, continued);
        flow.gap(4);
    }
}

// Draws the whole document; returns its number of pages. `total_pages` is 0
// on the counting pass, which lays out exactly as the real one.
int draw_document(cairo_surface_t* surface, const ReportDocument& document, int total_pages) {
    std::unique_ptr<cairo_t, ContextDeleter> cairo(cairo_create(surface));
    PageFlow flow(cairo.get(), document.footer, total_pages);
    draw_title_page(flow, surface, document);
    for (const auto& section : document.sections) draw_section(flow, surface, section, document.continued_label);
    return flow.finish();
}

Surface pdf_surface(Sink& sink) {
    return Surface(cairo_pdf_surface_create_for_stream(write_to_sink, &sink, pdf::kPageWidth, pdf::kPageHeight));
}

// Page numbers say "n / N", and N is only known at the end: a first pass
// that writes nowhere counts the pages.
int count_pages(const ReportDocument& document) {
    Sink nowhere;
    Surface surface = pdf_surface(nowhere);
    const int pages = draw_document(surface.get(), document, 0);
    cairo_surface_finish(surface.get());
    return pages;
}

Result<void> write_pdf(const ReportDocument& document, int pages, const fs::path& partial, const fs::path& file) {
    Sink sink{std::fopen(partial.c_str(), "wb"), 0};
    if (sink.file == nullptr)
        return Error::make(ErrorCode::internal, "cannot write " + file.string() + ": " + std::strerror(errno));
    cairo_status_t status = CAIRO_STATUS_SUCCESS;
    {
        Surface surface = pdf_surface(sink);
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, document.subtitle.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Meldpunt");
        draw_document(surface.get(), document, pages);
        cairo_surface_finish(surface.get());  // writes the fonts and the trailer
        status = cairo_surface_status(surface.get());
    }
    const bool closed = std::fclose(sink.file) == 0;
    if (status == CAIRO_STATUS_SUCCESS && closed) return Ok{};
    const std::string reason = sink.error != 0                  ? std::strerror(sink.error)
                               : status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string(status)
                                                                : "could not close the file";
    return Error::make(ErrorCode::internal, "cannot write " + file.string() + ": " + reason);
}

}  // namespace

Result<void> write_report_pdf(const ReportDocument& document, const fs::path& file) {
    for (const auto& section : document.sections) {
        for (const auto& table : section.tables) {
            if (auto shape = check_table_shape(table); !shape) return shape.error();
        }
    }
    const int pages = count_pages(document);
    const fs::path partial = partial_path(file);
    if (auto written = write_pdf(document, pages, partial, file); !written) {
        discard_partial(partial);
        return written.error();
    }
    return publish_partial(partial, file);
}

}  // namespace meldpunt::exports
