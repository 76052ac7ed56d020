// Templates: the embedded ctemplate files, one copy per language. Before a file
// is handed to ctemplate, each [[English text]] marker is replaced by its
// translation (HTML-escaped), so templates are written once and every string in
// them goes through the catalog. Every template must start with the AUTOESCAPE
// pragma; load() refuses one that does not. Immutable after load; thread-safe
// (ctemplate's cache locks internally).
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "base/text.hpp"
#include "web/translations.hpp"

namespace meldpunt::web {

inline constexpr std::string_view kAutoescapePragma = "{{%AUTOESCAPE context=\"HTML\"}}";

class Templates {
  public:
    static Result<Templates> load(const Translations& translations);
    std::string render(Language language, std::string_view name, const ctemplate::TemplateDictionary& values) const;

    // For tests: every [[...]] marker in a template text.
    static std::vector<std::string> markers(std::string_view text);
    // Replaces the markers with HTML-escaped translations.
    static Result<std::string> translate(std::string_view text, Language language, const Translations& translations);
};

using meldpunt::escape_html;  // base/text.hpp

}  // namespace meldpunt::web
