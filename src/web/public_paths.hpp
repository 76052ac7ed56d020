// The public pages and their addresses in each language. Dutch lives at the
// root, English under /en/. One table, so links, routes and the language switch
// cannot drift apart. Constant; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "web/http_types.hpp"

namespace meldpunt::web {

enum class Page {
    home,
    what_is,
    forms,
    domestic_cross_border,
    signals,
    what_you_can_do,
    professionals,
    privacy,
    report,
    advice,
    mailbox,
    mailbox_message,
    mailbox_refresh,
    mailbox_close,
    chat,  // the live chat (and its form for visitors without JavaScript)
};

struct PageAddress {
    Page page;
    std::string_view dutch;
    std::string_view english;
    std::string_view content_id;  // Markdown file under content/<lang>/, or empty
    std::string_view nav_label;   // English msgid; empty: not in the menu
};

std::span<const PageAddress> page_addresses();
std::string_view path_of(Page page, Language language);
const PageAddress& address_of(Page page);
// Extra English addresses that mirror the Dutch words (/en/melden ...).
std::span<const std::pair<std::string_view, Page>> english_aliases();

}  // namespace meldpunt::web
