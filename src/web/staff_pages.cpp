#include "web/staff_pages.hpp"

#include <algorithm>

#include "security/staff_sessions.hpp"
#include "web/staff_labels.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

struct MenuItem {
    StaffSection section;
    std::string_view suffix;
    std::string_view label;
    Permission permission;
};

constexpr MenuItem kMenu[] = {
    {StaffSection::queue, "", "Signals", Permission::signals_read},
    {StaffSection::phone, "/phone", "Register a call", Permission::signals_register},
    {StaffSection::case_access, "/case-access", "Case access", Permission::case_keys_grant},
    {StaffSection::users, "/users", "Accounts", Permission::users_manage},
    {StaffSection::audit, "/audit", "Audit log", Permission::audit_read},
    {StaffSection::chat, "/chat", "Chat console", Permission::chat_answer},
    {StaffSection::chat_overview, "/chat/overview", "The chat now", Permission::chat_overview},
    {StaffSection::office_hours, "/chat/hours", "Chat opening hours", Permission::chat_hours_manage},
    {StaffSection::canned_answers, "/chat/answers", "Chat answers", Permission::chat_answers_manage},
    {StaffSection::figures, "/figures", "Figures", Permission::figures_internal},
    {StaffSection::published_figures, "/figures/published", "Published figures", Permission::figures_read},
    {StaffSection::account, "/password", "My password", Permission::staff_self},
};

// The same page in the other language: swap the /en prefix. A page that
// answers a POST (a form with an error) links to the page the form is on:
// the POST-only address would answer 405. A signal's forms are on its page;
// the others are on their list page.
std::string alternate_path(const Request& request, Language language) {
    std::string path = language == Language::en ? request.path.substr(3) : request.path;
    if (request.method != Method::get && request.method != Method::head) {
        for (const std::string_view page :
             {std::string_view("/staff/signals/"), std::string_view("/staff/case-access/"),
              std::string_view("/staff/chat/hours/"), std::string_view("/staff/chat/answers/")}) {
            if (!path.starts_with(page)) continue;
            const auto end = path.find('/', page.size());
            path = page == "/staff/signals/" ? path.substr(0, end) : std::string(page.substr(0, page.size() - 1));
        }
    }
    return language == Language::en ? path : "/en" + path;
}

}  // namespace

Language staff_language(const Request& request) {
    return request.path.starts_with("/en/") ? Language::en : Language::nl;
}

std::string staff_path(Language language, std::string_view suffix) {
    return (language == Language::en ? "/en/staff" : "/staff") + std::string(suffix);
}

Response staff_page(const Site& site, const Request& request, int status, StaffSection section,
                    std::string_view title, std::string_view template_name, ctemplate::TemplateDictionary& values) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary layout("staff_layout");
    layout.SetValue("LANG", std::string(code_of(language)));
    layout.SetValue("TITLE", std::string(title));
    layout.SetValue("HOME_URL", staff_path(language));
    const Language alternate = language == Language::nl ? Language::en : Language::nl;
    layout.SetValue("ALTERNATE_URL", alternate_path(request, language));
    layout.SetValue("ALTERNATE_LANG", std::string(code_of(alternate)));
    layout.SetValue("ALTERNATE_LABEL", alternate == Language::en ? "English" : "Nederlands");
    if (request.staff) {
        const auto& session = *request.staff;
        values.SetValue("CSRF", session.csrf_token);
        layout.SetValue("CSRF", session.csrf_token);
        layout.ShowSection("SIGNED_IN");
        layout.SetValue("USERNAME", session.identity.username);
        std::string roles;
        for (Role role : session.identity.roles.roles()) {
            if (!roles.empty()) roles += ", ";
            roles += site.tr(language, label_of(role));
        }
        layout.SetValue("ROLES", roles);
        layout.SetValue("LOGOUT_URL", staff_path(language, "/logout"));
        for (const auto& item : kMenu) {
            if (!roles_grant(session.identity.roles, item.permission)) continue;
            if (session.password_change_required && item.permission != Permission::staff_self) continue;
            auto* entry = layout.AddSectionDictionary("NAV_ITEM");
            entry->SetValue("URL", staff_path(language, item.suffix));
            entry->SetValue("LABEL", std::string(site.tr(language, item.label)));
            if (item.section == section) entry->ShowSection("CURRENT");
        }
    }
    layout.SetValue("BODY", site.templates.render(language, template_name, values));
    Response response = Response::html(status, site.templates.render(language, "staff_layout.tpl", layout));
    return response;
}

Response see_other(std::string location) {
    Response response = Response::html(303, "");
    response.headers.emplace_back("Location", std::move(location));
    return response;
}

std::string safe_next(const Request& request, Language language) {
    const auto it = request.query.find("next");
    std::string next = it != request.query.end() ? it->second : form_value(request.form, "next");
    const bool plain = std::none_of(next.begin(), next.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;  // a line break would split the Location header
    });
    const bool ours = plain &&
                      (next == "/staff" || next.starts_with("/staff/") || next == "/en/staff" ||
                       next.starts_with("/en/staff/")) &&
                      next.find("//") == std::string::npos && next.find('\\') == std::string::npos;
    return ours ? next : staff_path(language);
}

}  // namespace meldpunt::web
