#include "web/staff_forms.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "web/staff_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

std::string element_id(std::string_view field) {
    std::string id(field);
    std::replace(id.begin(), id.end(), '.', '-');
    std::replace(id.begin(), id.end(), '_', '-');
    return id;
}

void add_errors(const Site& site, Language language, ctemplate::TemplateDictionary& values,
                const std::vector<Error>& errors) {
    if (errors.empty()) return;
    auto* summary = values.AddSectionDictionary("ERRORS");
    std::vector<std::string> marked;
    for (const auto& error : errors) {
        const std::string message(site.tr(language, error.message));
        auto* item = summary->AddSectionDictionary("ERROR");
        item->SetValue("FIELD_ID", error.field.empty() ? "error-summary" : element_id(error.field));
        item->SetValue("MESSAGE", message);
        if (error.field.empty() || std::find(marked.begin(), marked.end(), error.field) != marked.end()) continue;
        marked.push_back(error.field);
        std::string section = "ERR_" + to_upper_ascii(element_id(error.field));
        std::replace(section.begin(), section.end(), '-', '_');
        values.AddSectionDictionary(section)->SetValue("MESSAGE", message);
    }
}

ctemplate::TemplateDictionary* add_choice(ctemplate::TemplateDictionary& values, const char* section,
                                          std::string_view value, std::string_view label, bool checked) {
    auto* choice = values.AddSectionDictionary(section);
    choice->SetValue("VALUE", std::string(value));
    choice->SetValue("LABEL", std::string(label));
    if (checked) choice->ShowSection("CHECKED");
    return choice;
}

std::string url_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool letter_or_digit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (letter_or_digit || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

std::string staff_home(const RoleSet& roles, Language language) {
    if (roles_grant(roles, Permission::signals_read)) return staff_path(language);
    if (roles_grant(roles, Permission::users_manage)) return staff_path(language, "/users");
    if (roles_grant(roles, Permission::audit_read)) return staff_path(language, "/audit");
    if (roles_grant(roles, Permission::figures_read)) return staff_path(language, "/figures/published");
    return staff_path(language, "/password");
}

std::map<domain::UserId, std::string> usernames_of(const std::vector<domain::StaffAccount>& accounts) {
    std::map<domain::UserId, std::string> names;
    for (const auto& account : accounts) names.emplace(account.id, account.username);
    return names;
}

std::map<domain::UserId, std::string> usernames(domain::UserRepository& users) {
    auto accounts = users.list_accounts();
    return accounts ? usernames_of(*accounts) : std::map<domain::UserId, std::string>{};
}

}  // namespace meldpunt::web
