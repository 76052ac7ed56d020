// Markdown to HTML with cmark-gfm (tables on). Raw HTML in the source is not
// passed through: our pages are plain Markdown. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace meldpunt::web {

std::string markdown_to_html(std::string_view markdown);
// The text of the first level-1 heading ("# ..."), used as the page title.
std::string markdown_title(std::string_view markdown);

}  // namespace meldpunt::web
