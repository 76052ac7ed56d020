// The files compiled into the binary (templates, Markdown pages, translation
// catalogs, CSS and JavaScript), by their path below src/web. Generated at build
// time by cmake/embed.cmake. Constant data; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace meldpunt::web {

struct EmbeddedFile {
    std::string_view path;  // e.g. "templates/layout.tpl"
    std::string_view data;
};

std::span<const EmbeddedFile> embedded_files();

inline std::optional<std::string_view> find_embedded_file(std::string_view path) {
    for (const auto& file : embedded_files()) {
        if (file.path == path) return file.data;
    }
    return std::nullopt;
}

}  // namespace meldpunt::web
