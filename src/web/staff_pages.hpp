// What every staff page shares: the language from the path (/staff is Dutch,
// /en/staff English), addresses, the staff layout with a menu by role and the
// CSRF token every form must carry, and redirects after a POST. Thread-safe.
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <string_view>

#include "web/site.hpp"

namespace meldpunt::web {

Language staff_language(const Request& request);
// "/staff" + suffix, or "/en/staff" + suffix.
std::string staff_path(Language language, std::string_view suffix = "");

// Which menu item is the current page.
enum class StaffSection { none, queue, phone, audit, users, case_access, account, office_hours, canned_answers, chat, chat_overview,
                          figures, published_figures };

// The whole page: staff layout around `template_name` rendered with `values`.
// Adds CSRF (as {{CSRF}} in `values` too), the user and the menu when signed in.
Response staff_page(const Site& site, const Request& request, int status, StaffSection section,
                    std::string_view title, std::string_view template_name, ctemplate::TemplateDictionary& values);

// 303 See Other: after a POST, so Reload does not send it again.
Response see_other(std::string location);
// Only our own staff pages are followed after signing in (no open redirect).
std::string safe_next(const Request& request, Language language);

}  // namespace meldpunt::web
