// Translations: GNU gettext catalogs (.po compiled to .mo by msgfmt at build
// time, embedded in the binary). The msgid is the English text, so English needs
// no catalog. The language is chosen per request and passed explicitly: no
// process-global locale is ever switched. Immutable after load; thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.hpp"
#include "web/http_types.hpp"

namespace meldpunt::web {

class Catalog {
  public:
    static Result<Catalog> from_mo(std::string_view mo_bytes);
    // The translation, or nullptr when the catalog has none.
    const std::string* find(std::string_view msgid) const;
    std::size_t size() const { return m_entries.size(); }

  private:
    std::unordered_map<std::string, std::string> m_entries;
};

class Translations {
  public:
    // Loads every embedded catalog ("po/nl.mo", ...).
    static Result<Translations> load_embedded();
    // English text in, text in `language` out (the English itself when missing).
    std::string_view get(Language language, std::string_view english) const;
    bool has(Language language, std::string_view english) const;
    // The translated pattern with each {name} replaced by its value:
    // fill(language, "It opens again at {time}.", {{"time", "9:00"}}).
    std::string fill(Language language, std::string_view english,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const;

  private:
    Catalog m_dutch;
};

}  // namespace meldpunt::web
