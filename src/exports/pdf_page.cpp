#include "exports/pdf_page.hpp"

namespace meldpunt::exports::pdf {

namespace {

constexpr const char* kFontFamily = "DejaVu Sans";

struct StyleSpec {
    double size;
    bool bold;
    bool italic;
};

StyleSpec spec_of(Style style) {
    switch (style) {
        case Style::title:
            return {24, true, false};
        case Style::subtitle:
            return {14, false, false};
        case Style::heading:
            return {16, true, false};
        case Style::figure_title:
            return {11.5, true, false};
        case Style::body:
            return {10.5, false, false};
        case Style::note:
            return {9.5, false, true};
        case Style::cell:
            return {9, false, false};
        case Style::cell_bold:
            return {9, true, false};
        case Style::small:
            return {7.5, false, false};
        case Style::footer:
            return {8, false, false};
    }
    return {10.5, false, false};
}

struct FontDeleter {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};

std::unique_ptr<PangoFontDescription, FontDeleter> font_of(Style style) {
    const StyleSpec spec = spec_of(style);
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_new());
    pango_font_description_set_family(font.get(), kFontFamily);
    // Absolute size: in user units, which are points on a PDF surface. A plain
    // size would be scaled by pango's 96 dpi.
    pango_font_description_set_absolute_size(font.get(), spec.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return font;
}

// The caller's texts should be UTF-8; pango warns on anything else, so invalid
// bytes become U+FFFD first.
void set_plain_text(PangoLayout* layout, std::string_view text) {
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) {
        pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
        return;
    }
    gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    pango_layout_set_text(layout, valid, -1);
    g_free(valid);
}

}  // namespace

void set_colour(cairo_t* cairo, Colour colour) {
    cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue);
}

TextBlock::TextBlock(cairo_t* cairo, std::string_view text, Style style, double width, Align align)
    : m_layout(pango_cairo_create_layout(cairo)) {
    pango_layout_set_font_description(m_layout.get(), font_of(style).get());
    if (width > 0) {
        pango_layout_set_width(m_layout.get(), pango_units_from_double(width));
        // Words first; a word longer than the line (an address, a long
        // compound) is broken rather than running off the page.
        pango_layout_set_wrap(m_layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(m_layout.get(), align == Align::right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
    set_plain_text(m_layout.get(), text);
}

double TextBlock::width() const {
    PangoRectangle logical;
    pango_layout_get_extents(m_layout.get(), nullptr, &logical);
    return pango_units_to_double(logical.width);
}

double TextBlock::height() const {
    PangoRectangle logical;
    pango_layout_get_extents(m_layout.get(), nullptr, &logical);
    return pango_units_to_double(logical.height);
}

void TextBlock::draw(cairo_t* cairo, double x, double y, Colour colour) const {
    set_colour(cairo, colour);
    cairo_move_to(cairo, x, y);
    pango_cairo_show_layout(cairo, m_layout.get());
}

PageFlow::PageFlow(cairo_t* cairo, std::string footer, int total_pages)
    : m_cairo(cairo), m_footer(std::move(footer)), m_total_pages(total_pages) {}

void PageFlow::gap(double height) {
    if (!at_top()) m_y += height;
}

void PageFlow::keep_room(double height) {
    if (!at_top() && height > room()) new_page();
}

void PageFlow::new_page() {
    draw_footer();
    cairo_show_page(m_cairo);
    ++m_page;
    m_y = kMargin;
}

void PageFlow::text(std::string_view text, Style style, double gap_after, Colour colour) {
    const TextBlock block(m_cairo, text, style, width());
    set_colour(m_cairo, colour);
    PangoLayoutIter* line = pango_layout_get_iter(block.layout());
    double layout_top = m_y;  // where the layout's top sits on this page
    do {
        PangoRectangle extents;
        pango_layout_iter_get_line_extents(line, nullptr, &extents);
        const double top = pango_units_to_double(extents.y);
        const double bottom = top + pango_units_to_double(extents.height);
        if (layout_top + bottom > kContentBottom && !at_top()) {
            new_page();
            set_colour(m_cairo, colour);
            layout_top = m_y - top;
        }
        const double baseline = pango_units_to_double(pango_layout_iter_get_baseline(line));
        cairo_move_to(m_cairo, left() + pango_units_to_double(extents.x), layout_top + baseline);
        pango_cairo_show_layout_line(m_cairo, pango_layout_iter_get_line_readonly(line));
        m_y = layout_top + bottom;
    } while (pango_layout_iter_next_line(line));
    pango_layout_iter_free(line);
    m_y += gap_after;
}

int PageFlow::finish() {
    draw_footer();
    cairo_show_page(m_cairo);
    return m_page;
}

void PageFlow::draw_footer() {
    const double rule = kPageHeight - 50;
    set_colour(m_cairo, kGridLine);
    cairo_set_line_width(m_cairo, 0.5);
    cairo_move_to(m_cairo, left(), rule);
    cairo_line_to(m_cairo, left() + width(), rule);
    cairo_stroke(m_cairo);

    std::string number = std::to_string(m_page);
    if (m_total_pages > 0) number += " / " + std::to_string(m_total_pages);
    const TextBlock page_number(m_cairo, number, Style::footer, width(), Align::right);
    const TextBlock footer(m_cairo, m_footer, Style::footer, width() - 80);
    footer.draw(m_cairo, left(), rule + 5, kMuted);
    page_number.draw(m_cairo, left(), rule + 5, kMuted);
}

}  // namespace meldpunt::exports::pdf
