// The staff page of one signal: what came in, the deadline, the reporter, the
// registration, the route, the assignment, the mailbox and the log; the case
// file and the edit form come from their own files. Everything is read through
// CaseDesk::open(), which checks access and puts the look on the audit trail.
#include <map>

#include "base/text.hpp"
#include "base/working_days.hpp"
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_signal_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

using Names = std::map<UserId, std::string>;

std::string name_of(const Site& site, const Request& request, const Names& names, UserId id) {
    const auto it = names.find(id);
    if (it != names.end()) return it->second;
    return staff_text(site, request, "Account number") + " " + std::to_string(id);
}

std::string replace_count(std::string text, std::int64_t count) {
    const auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, std::to_string(count));
    return text;
}

// In words as well as in colour, and in working days like the deadline itself
// (and like the queue): "3 working days left", "Overdue by 2 working days".
std::string time_left(const Site& site, const Request& request, TimePoint now, TimePoint deadline) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    if (deadline >= now) {
        const int days = working_days_between(local_date(now), local_date(deadline));
        if (days >= 2) return replace_count(tr("{n} working days left"), days);
        if (days == 1) return tr("1 working day left");
        const auto hours = std::chrono::ceil<std::chrono::hours>(deadline - now).count();
        if (hours >= 2) return replace_count(tr("{n} hours left"), hours);
        return tr("Less than an hour left");
    }
    const int days = working_days_between(local_date(deadline), local_date(now));
    if (days == 0) return tr("Overdue by less than a day");
    if (days == 1) return tr("Overdue by 1 working day");
    return replace_count(tr("Overdue by {n} working days"), days);
}

void add_summary(const Site& site, const Request& request, const SignalView& view, const Names& names,
                 ctemplate::TemplateDictionary& values) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const StoredSignal& signal = view.signal;
    const TimePoint now = site.clock.now();
    values.SetValue("QUEUE_URL", staff_path(staff_language(request)));
    values.SetValue("SIGNAL_ID", std::to_string(signal.id));
    values.SetValue("VERSION", std::to_string(signal.version));
    values.SetValue("KIND", field_text(site, request, view, "kind"));
    values.SetValue("CHANNEL", tr(label_of(signal.channel)));
    values.SetValue("STATUS", field_text(site, request, view, "status"));
    values.SetValue("RECEIVED", format_local_date_time(signal.received_at));
    if (signal.deadline) {
        auto* deadline = values.AddSectionDictionary("DEADLINE");
        deadline->SetValue("DATE", format_local_date_time(*signal.deadline));
        deadline->SetValue("TIME_LEFT", time_left(site, request, now, *signal.deadline));
        if (*signal.deadline < now) deadline->ShowSection("OVERDUE");
    } else {
        values.ShowSection("NO_DEADLINE");
    }
    values.ShowSection(signal.acute ? "ACUTE" : "NOT_ACUTE");
    values.SetValue("ASSIGNED", signal.assigned_to ? name_of(site, request, names, *signal.assigned_to) : tr("Nobody"));
    values.SetValue("DESCRIPTION", view.description);
}

void add_reporter(const Site& site, const Request& request, const SignalView& view,
                  ctemplate::TemplateDictionary& values) {
    for (const auto& [name, field] : {std::pair{"REPORTER_ROLE", "reporter_role"}, std::pair{"SECTOR", "sector"},
                                      std::pair{"ANONYMITY", "anonymity"}})
        values.SetValue(name, field_text(site, request, view, field));
    if (view.contact_hidden) {
        values.ShowSection("CONTACT_HIDDEN");
    } else if (view.contact.empty()) {
        values.ShowSection("NO_CONTACT");
    } else {
        auto* contact = values.AddSectionDictionary("CONTACT");
        for (const auto& [label, value] :
             {std::pair{"Name", &view.contact.name}, std::pair{"Phone number", &view.contact.phone},
              std::pair{"E-mail address", &view.contact.email},
              std::pair{"Organisation", &view.contact.organisation}}) {
            if (value->empty()) continue;
            auto* item = contact->AddSectionDictionary("ITEM");
            item->SetValue("LABEL", staff_text(site, request, label));
            item->SetValue("VALUE", *value);
        }
    }
}

void add_registration(const Site& site, const Request& request, const SignalView& view,
                      ctemplate::TemplateDictionary& values) {
    for (const char* field :
         {"municipality", "postcode", "forms", "sub_forms", "scope", "minors_involved", "safety_outcome"})
        values.SetValue(to_upper_ascii(field), field_text(site, request, view, field));
    ctemplate::TemplateDictionary* list = nullptr;
    for (const auto& code : view.signal.signal_codes) {
        const auto* definition = find_signal_definition(code);
        if (definition == nullptr) continue;
        if (list == nullptr) list = values.AddSectionDictionary("SIGNAL_LIST");
        list->AddSectionDictionary("SIGNAL")->SetValue("LABEL", staff_text(site, request, definition->label));
    }
    if (list == nullptr) values.ShowSection("NO_SIGNALS");
}

void add_route(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
               ctemplate::TemplateDictionary& values) {
    if (view.next_states.empty()) values.ShowSection("NO_STEPS");
    if (view.signal.kind == SignalKind::advice && view.signal.status != Status::closed) values.ShowSection("IS_ADVICE");
    ctemplate::TemplateDictionary* steps = nullptr;
    for (Status to : view.next_states) {
        if (steps == nullptr) steps = values.AddSectionDictionary("STEPS");
        auto* step = steps->AddSectionDictionary("STEP");
        step->SetValue("ACTION_URL", signal_url(request, view.signal.id, "/transition"));
        step->SetValue("TO", std::string(code_of(to)));
        step->SetValue("LABEL", staff_text(site, request, staff_label_of(to)));
    }
    show_form_error(site, request, state, SignalForm::transition, values, "ROUTE_ERROR");
    if (state.form == SignalForm::transition && state.error)
        add_error_summary(site, request, *state.error, values, "route-error");
}

void add_assignment(const Site& site, const Request& request, const SignalView& view,
                    const std::vector<StaffAccount>& accounts, const SignalPageState& state,
                    ctemplate::TemplateDictionary& values) {
    if (!roles_grant(request.staff->identity.roles, Permission::signals_assign)) return;
    auto* assign = values.AddSectionDictionary("ASSIGN");
    assign->SetValue("ACTION_URL", signal_url(request, view.signal.id, "/assign"));
    const std::string current = view.signal.assigned_to ? std::to_string(*view.signal.assigned_to) : "";
    const std::string chosen = typed(state, SignalForm::assign, "assigned_to", current);
    for (const auto& account : accounts) {
        if (account.disabled || !(account.roles.has(Role::caseworker) || account.roles.has(Role::coordinator)))
            continue;
        const std::string value = std::to_string(account.id);
        add_choice(*assign, "OPTION", value, account.username, value == chosen);
    }
    show_form_error(site, request, state, SignalForm::assign, *assign, "ASSIGN_ERROR");
    if (state.form == SignalForm::assign && state.error)
        add_error_summary(site, request, *state.error, values, "assigned-to");
}

void add_mailbox(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
                 ctemplate::TemplateDictionary& values) {
    if (view.messages.empty()) values.ShowSection("NO_MESSAGES");
    ctemplate::TemplateDictionary* thread = nullptr;
    for (const auto& message : view.messages) {
        if (thread == nullptr) thread = values.AddSectionDictionary("THREAD");
        auto* item = thread->AddSectionDictionary("THREAD_ITEM");
        const bool reporter = message.author == MessageAuthor::reporter;
        item->SetValue("AUTHOR", staff_text(site, request, reporter ? "Reporter" : "Staff"));
        item->SetValue("AUTHOR_CODE", std::string(code_of(message.author)));
        item->SetValue("ISO", format_iso8601_utc(message.sent_at));
        item->SetValue("AT", format_local_date_time(message.sent_at));
        item->SetValue("BODY", message.body);
    }
    values.SetValue("MESSAGE_URL", signal_url(request, view.signal.id, "/messages"));
    values.SetValue("REPLY_BODY", typed(state, SignalForm::message, "body"));
    show_form_error(site, request, state, SignalForm::message, values, "MESSAGE_ERROR");
    if (state.form == SignalForm::message && state.error)
        add_error_summary(site, request, *state.error, values, "reply-body");
}

void add_log(const Site& site, const Request& request, const SignalView& view, const Names& names,
             const SignalPageState& state, ctemplate::TemplateDictionary& values) {
    if (view.entries.empty()) values.ShowSection("NO_ENTRIES");
    ctemplate::TemplateDictionary* entries = nullptr;
    for (const auto& [entry, body] : view.entries) {
        if (entries == nullptr) entries = values.AddSectionDictionary("ENTRIES");
        auto* item = entries->AddSectionDictionary("ENTRY");
        item->SetValue("KIND", staff_text(site, request, label_of(entry.kind)));
        item->SetValue("AUTHOR", name_of(site, request, names, entry.author));
        item->SetValue("ISO", format_iso8601_utc(entry.at));
        item->SetValue("AT", format_local_date_time(entry.at));
        item->SetValue("BODY", body);
    }
    const std::string kind = typed(state, SignalForm::log, "kind", "note");
    for (auto option : all_case_entry_kinds()) {
        if (option == CaseEntryKind::kind_changed) continue;  // written by converting the signal
        add_choice(values, "LOG_KIND", code_of(option), staff_text(site, request, label_of(option)),
                   code_of(option) == kind);
    }
    values.SetValue("LOG_URL", signal_url(request, view.signal.id, "/log"));
    values.SetValue("LOG_BODY", typed(state, SignalForm::log, "body"));
    show_form_error(site, request, state, SignalForm::log, values, "LOG_ERROR");
    if (state.form == SignalForm::log && state.error)
        add_error_summary(site, request, *state.error, values, state.error->field == "kind" ? "log-kind" : "log-body");
}

}  // namespace

Response signal_page(Site& site, const Request& request, SignalId id, int status, const SignalPageState& state) {
    StaffSite& staff = *site.staff;
    auto view = staff.desk.open(request.staff->identity, request.staff->service_key, id);
    if (!view) return signal_unavailable(site, request, view.error());
    // Names for the log and the assignment; without them the page still works.
    auto accounts = staff.users.list_accounts();
    std::vector<StaffAccount> listed = accounts ? std::move(*accounts) : std::vector<StaffAccount>{};
    const Names names = usernames_of(listed);

    ctemplate::TemplateDictionary values("staff_signal");
    add_summary(site, request, *view, names, values);
    add_reporter(site, request, *view, values);
    add_registration(site, request, *view, values);
    add_route(site, request, *view, state, values);
    add_assignment(site, request, *view, listed, state, values);
    add_mailbox(site, request, *view, state, values);
    add_log(site, request, *view, names, state, values);
    add_case_file(site, request, *view, state, values);
    add_edit_form(site, request, *view, state, values);
    if (state.form == SignalForm::none) show_done(request, values);
    const std::string title = staff_text(site, request, "Signal") + " " + std::to_string(id);
    return staff_page(site, request, status, StaffSection::none, title, "staff_signal.tpl", values);
}

}  // namespace meldpunt::web
