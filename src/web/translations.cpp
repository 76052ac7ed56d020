#include "web/translations.hpp"

#include <cstdint>
#include <cstring>

#include "web/embedded_files.hpp"

namespace meldpunt::web {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;

std::uint32_t read_u32(std::string_view bytes, std::size_t offset) {
    std::uint32_t value = 0;
    std::memcpy(&value, bytes.data() + offset, 4);  // .mo files from msgfmt are little-endian here
    return value;
}

}  // namespace

Result<Catalog> Catalog::from_mo(std::string_view bytes) {
    const auto damaged = Error::make(ErrorCode::internal, "translation catalog is damaged");
    if (bytes.size() < 28 || read_u32(bytes, 0) != kMagic) return damaged;
    const std::uint32_t count = read_u32(bytes, 8);
    const std::uint32_t originals = read_u32(bytes, 12);
    const std::uint32_t translations = read_u32(bytes, 16);
    if (originals + 8ull * count > bytes.size() || translations + 8ull * count > bytes.size()) return damaged;

    Catalog catalog;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto id_length = read_u32(bytes, originals + 8 * i);
        const auto id_offset = read_u32(bytes, originals + 8 * i + 4);
        const auto text_length = read_u32(bytes, translations + 8 * i);
        const auto text_offset = read_u32(bytes, translations + 8 * i + 4);
        if (std::uint64_t{id_offset} + id_length > bytes.size() ||
            std::uint64_t{text_offset} + text_length > bytes.size()) {
            return damaged;
        }
        std::string id(bytes.substr(id_offset, id_length));
        if (id.empty()) continue;  // the header entry
        catalog.m_entries.emplace(std::move(id), std::string(bytes.substr(text_offset, text_length)));
    }
    return catalog;
}

const std::string* Catalog::find(std::string_view msgid) const {
    const auto it = m_entries.find(std::string(msgid));
    return it == m_entries.end() || it->second.empty() ? nullptr : &it->second;
}

Result<Translations> Translations::load_embedded() {
    const auto dutch = find_embedded_file("po/nl.mo");
    if (!dutch) return Error::make(ErrorCode::internal, "the Dutch catalog is missing from the build");
    auto catalog = Catalog::from_mo(*dutch);
    if (!catalog) return catalog.error();
    Translations translations;
    translations.m_dutch = std::move(*catalog);
    return translations;
}

std::string_view Translations::get(Language language, std::string_view english) const {
    if (language == Language::en) return english;
    const std::string* found = m_dutch.find(english);
    return found ? std::string_view(*found) : english;
}

bool Translations::has(Language language, std::string_view english) const {
    return language == Language::en || m_dutch.find(english) != nullptr;
}

std::string Translations::fill(Language language, std::string_view english,
                               std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    std::string text(get(language, english));
    for (const auto& [name, value] : values) {
        const std::string marker = "{" + std::string(name) + "}";
        if (const auto at = text.find(marker); at != std::string::npos) text.replace(at, marker.size(), value);
    }
    return text;
}

}  // namespace meldpunt::web
