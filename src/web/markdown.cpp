#include "web/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

#include "base/text.hpp"

namespace meldpunt::web {

std::string markdown_to_html(std::string_view markdown) {
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (cmark_syntax_extension* table = cmark_find_syntax_extension("table")) {
        cmark_parser_attach_syntax_extension(parser, table);
    }
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* document = cmark_parser_finish(parser);
    char* html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    std::string out(html);
    free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return out;
}

std::string markdown_title(std::string_view markdown) {
    for (auto line : split(markdown, '\n')) {
        if (line.starts_with("# ")) return std::string(trim(line.substr(2)));
    }
    return {};
}

}  // namespace meldpunt::web
