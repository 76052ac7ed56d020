// The pages for keeping watch and keeping order: the audit log (who did what,
// and looking at it is logged too), the accounts overview (no secrets, never
// case content) and giving colleagues case access. Both languages.
#include <map>

#include "base/text.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

std::string name_of(const std::map<UserId, std::string>& names, UserId id) {
    const auto found = names.find(id);
    return found != names.end() ? found->second : "#" + std::to_string(id);
}

std::string role_labels(const Site& site, Language language, const RoleSet& roles) {
    std::string text;
    for (Role role : roles.roles()) {
        if (!text.empty()) text += ", ";
        text += site.tr(language, label_of(role));
    }
    return text;
}

// --- audit log -------------------------------------------------------------------

Response audit_page(Site& site, const Request& request) {
    StaffSite& staff = *site.staff;
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("staff_audit");
    values.SetValue("ACTION_URL", staff_path(language, "/audit"));
    const std::string actor_name = query_value(request, "actor");
    const std::string signal_text = query_value(request, "signal");
    const std::string action_text = query_value(request, "action");
    const std::string before_text = query_value(request, "before");
    values.SetValue("ACTOR", actor_name);
    values.SetValue("SIGNAL", signal_text);
    for (AuditAction action : all_audit_actions())
        add_choice(values, "ACTION", code_of(action), tr(label_of(action)), action_text == code_of(action));

    AuditQuery query;
    std::vector<Error> errors;
    if (!actor_name.empty()) {
        auto found = staff.users.find_account_by_name(to_lower_ascii(actor_name));
        if (found && *found) {
            query.actor = (*found)->id;
        } else {
            errors.push_back(Error::invalid("filter_actor", "There is no account with this username."));
        }
    }
    if (!signal_text.empty()) {
        query.signal = parse_id(signal_text);
        if (!query.signal)
            errors.push_back(Error::invalid("filter_signal", "Search by the signal's number (digits only)."));
    }
    if (!action_text.empty()) {
        query.action = parse_audit_action(action_text);
        if (!query.action) errors.push_back(Error::invalid("filter_action", "Choose a value from the list."));
    }
    if (!before_text.empty()) {
        query.before_sequence = parse_id(before_text);
        if (!query.before_sequence)
            errors.push_back(Error::invalid("", "This page link no longer works. Start again at the first page."));
    }
    if (!errors.empty()) {
        add_errors(site, language, values, errors);
        return staff_page(site, request, 400, StaffSection::audit, tr("Audit log"), "staff_audit.tpl", values);
    }

    // Looking at the trail is itself in the trail, before anything is shown.
    auto records = staff.audit_log.record(AuditAction::audit_viewed, request.staff->identity.id)
                       ? staff.audit_store.list(query)
                       : Result<std::vector<AuditRecord>>(Error::make(ErrorCode::unavailable, "audit log"));
    if (!records) {
        add_errors(site, language, values,
                   {Error::invalid("", "The audit log could not be loaded just now. Try again in a minute.")});
        return staff_page(site, request, 503, StaffSection::audit, tr("Audit log"), "staff_audit.tpl", values);
    }
    if (records->empty()) {
        values.ShowSection("EMPTY");
    } else {
        const auto names = usernames(staff.users);
        auto* table = values.AddSectionDictionary("TABLE");
        for (const auto& record : *records) {
            const AuditEntry& entry = record.entry;
            auto* row = table->AddSectionDictionary("ROW");
            row->SetValue("SEQUENCE", std::to_string(entry.sequence));
            row->SetValue("TIME", format_local_date_time(entry.at));
            if (entry.actor_user_id == 0) {
                row->ShowSection("SYSTEM");
            } else {
                row->AddSectionDictionary("ACTOR")->SetValue("NAME", name_of(names, entry.actor_user_id));
            }
            row->SetValue("WHAT", tr(label_of(entry.action)));
            row->SetValue("SIGNAL", entry.signal_id ? std::to_string(*entry.signal_id) : "-");
            row->SetValue("SUBJECT", entry.subject_user_id ? name_of(names, *entry.subject_user_id) : "-");
        }
        if (records->size() == query.limit) {
            std::string url = staff_path(language, "/audit") + "?";
            for (const auto& [key, value] :
                 {std::pair{"actor", actor_name}, std::pair{"signal", signal_text}, std::pair{"action", action_text}}) {
                if (!value.empty()) url += std::string(key) + "=" + url_encode(value) + "&";
            }
            url += "before=" + std::to_string(records->back().entry.sequence);
            values.AddSectionDictionary("OLDER")->SetValue("URL", url);
        }
    }
    return staff_page(site, request, 200, StaffSection::audit, tr("Audit log"), "staff_audit.tpl", values);
}

// --- accounts ----------------------------------------------------------------------

Response users_page(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("staff_users");
    (void)site.staff->audit_log.record(AuditAction::users_listed, request.staff->identity.id);
    auto accounts = site.staff->accounts.list();
    if (!accounts) {
        add_errors(site, language, values,
                   {Error::invalid("", "The accounts could not be loaded just now. Try again in a minute.")});
        return staff_page(site, request, 503, StaffSection::users, tr("Accounts"), "staff_users.tpl", values);
    }
    const TimePoint now = site.clock.now();
    auto* table = values.AddSectionDictionary("TABLE");
    for (const auto& account : *accounts) {
        auto* row = table->AddSectionDictionary("ROW");
        row->SetValue("USERNAME", account.username);
        row->SetValue("ROLES", role_labels(site, language, account.roles));
        if (account.disabled) {
            row->ShowSection("DISABLED");
        } else if (account.locked_until && *account.locked_until > now) {
            row->AddSectionDictionary("LOCKED")->SetValue("UNTIL", format_local_date_time(*account.locked_until));
        } else {
            row->ShowSection("ACTIVE");
        }
        row->SetValue("CASE_ACCESS", tr(account.case_access ? "Yes" : "No"));
        row->SetValue("MUST_CHANGE", tr(account.password_change_required ? "Yes" : "No"));
        row->SetValue("CODE_APP", tr(account.totp_enrolled ? "Yes" : "No"));
    }
    return staff_page(site, request, 200, StaffSection::users, tr("Accounts"), "staff_users.tpl", values);
}

// --- case access -------------------------------------------------------------------

Response case_access_page(Site& site, const Request& request, int status, const std::vector<Error>& errors) {
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("staff_case_access");
    add_errors(site, language, values, errors);
    const bool can_grant = !request.staff->service_key.empty();
    if (!can_grant) values.ShowSection("NO_KEY");
    auto accounts = site.staff->accounts.list();
    if (!accounts) {
        add_errors(site, language, values,
                   {Error::invalid("", "The accounts could not be loaded just now. Try again in a minute.")});
        return staff_page(site, request, 503, StaffSection::case_access, tr("Case access"), "staff_case_access.tpl",
                          values);
    }
    const auto granted = parse_id(query_value(request, "granted"));
    std::size_t waiting = 0;
    ctemplate::TemplateDictionary* table = nullptr;
    for (const auto& account : *accounts) {
        if (granted && account.id == *granted && account.case_access)
            values.AddSectionDictionary("GRANTED")->SetValue("USERNAME", account.username);
        if (account.disabled || account.case_access || !handles_case_content(account.roles)) continue;
        if (table == nullptr) table = values.AddSectionDictionary("TABLE");
        ++waiting;
        auto* row = table->AddSectionDictionary("ROW");
        row->SetValue("USERNAME", account.username);
        row->SetValue("ROLES", role_labels(site, language, account.roles));
        if (can_grant) {
            auto* button = row->AddSectionDictionary("GRANT");
            button->SetValue("URL", staff_path(language, "/case-access/" + std::to_string(account.id)));
            button->SetValue("USERNAME", account.username);
        }
    }
    if (waiting == 0) values.ShowSection("EMPTY");
    return staff_page(site, request, status, StaffSection::case_access, tr("Case access"), "staff_case_access.tpl",
                      values);
}

Response grant(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const auto target = parse_id(request.path_parameters.at("id"));
    if (!target)
        return case_access_page(site, request, 404, {Error::invalid("", "There is no active account like this.")});
    auto granted = site.staff->accounts.grant_case_access(request.staff->identity, request.staff->service_key, *target);
    if (!granted) {
        const Error& error = granted.error();
        const int status = status_of(error.code);
        // The service's messages are plain sentences with a translation; an
        // internal one is not for the screen.
        const std::string message =
            status >= 500 ? "Case access could not be given just now. Try again in a minute." : error.message;
        return case_access_page(site, request, status, {Error::invalid("", message)});
    }
    return see_other(staff_path(language, "/case-access") + "?granted=" + std::to_string(*target));
}

}  // namespace

void add_staff_admin_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/audit"), Permission::audit_read,
                          [&site](const Request& request) { return audit_page(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/users"), Permission::users_manage,
                          [&site](const Request& request) { return users_page(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/case-access"), Permission::case_keys_grant,
                          [&site](const Request& request) { return case_access_page(site, request, 200, {}); }});
        routes.push_back({Method::post, staff_path(language, "/case-access/{id}"), Permission::case_keys_grant,
                          [&site](const Request& request) { return grant(site, request); }});
    }
}

}  // namespace meldpunt::web
