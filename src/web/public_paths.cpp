#include "web/public_paths.hpp"

#include <array>

namespace meldpunt::web {

namespace {

constexpr std::array kPages = {
    PageAddress{Page::home, "/", "/en/", "", "Home"},
    PageAddress{Page::what_is, "/mensenhandel", "/en/human-trafficking", "what-is", "What is human trafficking?"},
    PageAddress{Page::forms, "/vormen", "/en/forms", "forms", "Forms of exploitation"},
    PageAddress{Page::domestic_cross_border, "/binnenland-buitenland", "/en/domestic-cross-border",
                "domestic-cross-border", "Domestic or cross-border"},
    PageAddress{Page::signals, "/signalen", "/en/signals", "signals", "Signals"},
    PageAddress{Page::what_you_can_do, "/wat-kun-je-doen", "/en/what-you-can-do", "what-you-can-do", "What you can do"},
    PageAddress{Page::professionals, "/professionals", "/en/professionals", "professionals", "For professionals"},
    PageAddress{Page::privacy, "/privacy", "/en/privacy", "privacy", "Privacy"},
    PageAddress{Page::report, "/melden", "/en/report", "", "Report"},
    PageAddress{Page::advice, "/advies", "/en/advice", "", "Ask advice"},
    PageAddress{Page::mailbox, "/brievenbus", "/en/mailbox", "", "Mailbox"},
    PageAddress{Page::mailbox_message, "/brievenbus/bericht", "/en/mailbox/message", "", ""},
    PageAddress{Page::mailbox_refresh, "/brievenbus/bekijken", "/en/mailbox/refresh", "", ""},
    PageAddress{Page::mailbox_close, "/brievenbus/sluiten", "/en/mailbox/close", "", ""},
    PageAddress{Page::chat, "/chat", "/en/chat", "", ""},
};

constexpr std::array kEnglishAliases = {
    std::pair<std::string_view, Page>{"/en/melden", Page::report},
    std::pair<std::string_view, Page>{"/en/advies", Page::advice},
    std::pair<std::string_view, Page>{"/en/brievenbus", Page::mailbox},
    std::pair<std::string_view, Page>{"/en", Page::home},
};

}  // namespace

std::span<const PageAddress> page_addresses() {
    return kPages;
}

const PageAddress& address_of(Page page) {
    for (const auto& address : kPages) {
        if (address.page == page) return address;
    }
    return kPages.front();
}

std::string_view path_of(Page page, Language language) {
    const auto& address = address_of(page);
    return language == Language::nl ? address.dutch : address.english;
}

std::span<const std::pair<std::string_view, Page>> english_aliases() {
    return kEnglishAliases;
}

}  // namespace meldpunt::web
