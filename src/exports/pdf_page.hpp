// The page machinery of the PDF report (internal to exports): A4 geometry, the
// text styles (DejaVu Sans), text laid out and wrapped by pango, and PageFlow,
// which moves down the page and starts the next one, with the footer, when
// something does not fit. Drawing of charts and tables is in pdf_figures.hpp.
// Not thread-safe: one PageFlow per document being drawn, on one thread (pango's
// default font map is per thread, so separate documents on separate threads
// are fine).
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <string_view>

namespace meldpunt::exports::pdf {

// A4 in PDF points (1/72 inch); cairo's user unit on a PDF surface is one point.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;  // 2 cm left, right and top
constexpr double kContentBottom = kPageHeight - 64;

enum class Style { title, subtitle, heading, figure_title, body, note, cell, cell_bold, small, footer };
enum class Align { left, right };

struct Colour {
    double red = 0;
    double green = 0;
    double blue = 0;
};
// Every colour that carries meaning is at least 4.5:1 against white, and what a
// colour shows is also shown by shape or text.
constexpr Colour kInk{0.10, 0.10, 0.10};
constexpr Colour kMuted{0.30, 0.30, 0.30};
constexpr Colour kBar{0.122, 0.306, 0.475};       // dark blue
constexpr Colour kPreviousBar{0.42, 0.42, 0.42};  // grey, and thinner
constexpr Colour kGridLine{0.62, 0.62, 0.62};
constexpr Colour kHeaderFill{0.90, 0.90, 0.90};
constexpr Colour kTotalFill{0.95, 0.95, 0.95};

void set_colour(cairo_t* cairo, Colour colour);

// A piece of text laid out by pango; wrapped at `width` points (0: one line,
// never wrapped). Text is set as plain text, never as markup.
class TextBlock {
  public:
    TextBlock(cairo_t* cairo, std::string_view text, Style style, double width = 0, Align align = Align::left);

    double width() const;  // of the widest line
    double height() const;
    PangoLayout* layout() const { return m_layout.get(); }
    void draw(cairo_t* cairo, double x, double y, Colour colour = kInk) const;

  private:
    struct Unref {
        void operator()(PangoLayout* layout) const { g_object_unref(layout); }
    };
    std::unique_ptr<PangoLayout, Unref> m_layout;
};

// Where the next thing goes. The first page is open from the start; every page
// gets the footer (the document's footer text, and "n / N" when the number of
// pages is known, else "n") when it is finished.
class PageFlow {
  public:
    PageFlow(cairo_t* cairo, std::string footer, int total_pages);

    cairo_t* cairo() const { return m_cairo; }
    double left() const { return kMargin; }
    double width() const { return kPageWidth - 2 * kMargin; }
    double y() const { return m_y; }
    double room() const { return kContentBottom - m_y; }
    bool at_top() const { return m_y <= kMargin; }
    int page() const { return m_page; }

    void move(double height) { m_y += height; }
    void gap(double height);  // none at the top of a page
    // A new page unless `height` still fits here or this page is still empty.
    void keep_room(double height);
    void new_page();
    // Wrapped text over the full width; a long text goes on over the next page
    // line by line.
    void text(std::string_view text, Style style, double gap_after, Colour colour = kInk);
    // Finishes the last page; returns the number of pages.
    int finish();

  private:
    void draw_footer();

    cairo_t* m_cairo;
    std::string m_footer;
    int m_total_pages;
    int m_page = 1;
    double m_y = kMargin;
};

}  // namespace meldpunt::exports::pdf
