#include "web/templates.hpp"

#include "web/embedded_files.hpp"

namespace meldpunt::web {

namespace {
constexpr std::string_view kPrefix = "templates/";
constexpr Language kLanguages[] = {Language::nl, Language::en};

std::string cache_key(Language language, std::string_view name) {
    return std::string(code_of(language)) + "/" + std::string(name);
}
}  // namespace


std::vector<std::string> Templates::markers(std::string_view text) {
    std::vector<std::string> found;
    std::size_t position = 0;
    while ((position = text.find("[[", position)) != std::string_view::npos) {
        const auto end = text.find("]]", position);
        if (end == std::string_view::npos) break;
        found.emplace_back(text.substr(position + 2, end - position - 2));
        position = end + 2;
    }
    return found;
}

Result<std::string> Templates::translate(std::string_view text, Language language, const Translations& translations) {
    std::string out;
    std::size_t position = 0;
    while (true) {
        const auto start = text.find("[[", position);
        if (start == std::string_view::npos) break;
        const auto end = text.find("]]", start);
        if (end == std::string_view::npos) return Error::make(ErrorCode::internal, "unclosed [[ in a template");
        out.append(text.substr(position, start - position));
        const std::string translated = escape_html(translations.get(language, text.substr(start + 2, end - start - 2)));
        if (translated.find("{{") != std::string::npos) {
            return Error::make(ErrorCode::internal, "a translation may not contain {{");
        }
        out += translated;
        position = end + 2;
    }
    out.append(text.substr(position));
    return out;
}

Result<Templates> Templates::load(const Translations& translations) {
    for (const auto& file : embedded_files()) {
        if (!file.path.starts_with(kPrefix)) continue;
        const std::string_view name = file.path.substr(kPrefix.size());
        if (!file.data.starts_with(kAutoescapePragma)) {
            return Error::make(ErrorCode::internal, "template " + std::string(name) + " lacks the AUTOESCAPE pragma");
        }
        for (Language language : kLanguages) {
            auto text = translate(file.data, language, translations);
            if (!text) return text.error();
            const std::string key = cache_key(language, name);
            if (!ctemplate::StringToTemplateCache(key, *text, ctemplate::STRIP_WHITESPACE)) {
                return Error::make(ErrorCode::internal, "template " + key + " does not parse");
            }
        }
    }
    return Templates();
}

std::string Templates::render(Language language, std::string_view name,
                              const ctemplate::TemplateDictionary& values) const {
    std::string out;
    ctemplate::ExpandTemplate(cache_key(language, name), ctemplate::STRIP_WHITESPACE, &values, &out);
    return out;
}

}  // namespace meldpunt::web
