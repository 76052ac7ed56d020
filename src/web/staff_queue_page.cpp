// The queue page (/staff): the signals this member of staff may see, soonest
// deadline first, with filters in the address (a GET form, so a filtered view
// can be bookmarked) and a cursor for the next page. Overdue rows say so in
// words as well as colour. CaseDesk writes the audit entry for every listing.
#include <algorithm>
#include <map>

#include "base/working_days.hpp"
#include "security/staff_sessions.hpp"
#include "web/labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

constexpr Status kStatuses[] = {Status::new_signal,    Status::safety_assessment, Status::decided,
                                Status::referred,      Status::handed_over,       Status::conditions_follow_up,
                                Status::investigation, Status::monitoring,        Status::closed};
constexpr Channel kChannels[] = {Channel::phone, Channel::web, Channel::chat, Channel::email, Channel::in_person};
// The filters the form sends; the page link keeps them.
constexpr const char* kFilterKeys[] = {"status",  "kind",  "channel", "municipality", "form", "assigned_to",
                                       "overdue", "acute", "id"};

std::string municipality_label(const Site& site, Language language, Municipality municipality) {
    if (municipality == Municipality::unknown) return std::string(site.tr(language, "Unknown"));
    return std::string(site.tr(language, label_of(municipality)));
}

std::string form_label(const Site& site, Language language, ExploitationForm form) {
    if (form == ExploitationForm::unknown) return std::string(site.tr(language, "Unknown"));
    return std::string(site.tr(language, label_of(form)));
}

// The message for a filter the query could not read, in plain words.
Error filter_error(const Error& error) {
    const std::string field = "filter_" + error.field;
    if (error.field == "id") return Error::invalid(field, "Search by the signal's number (digits only).");
    if (error.field == "after" || error.field == "limit")
        return Error::invalid("", "This page link no longer works. Start again at the first page.");
    return Error::invalid(field, "Choose a value from the list.");
}

void add_filters(const Site& site, Language language, const Request& request, ctemplate::TemplateDictionary& values) {
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    const auto chosen = [&](const char* key, std::string_view value) { return query_value(request, key) == value; };
    for (Status status : kStatuses)
        add_choice(values, "STATUS", code_of(status), tr(staff_label_of(status)), chosen("status", code_of(status)));
    for (SignalKind kind : {SignalKind::report, SignalKind::advice})
        add_choice(values, "KIND", code_of(kind), tr(label_of(kind)), chosen("kind", code_of(kind)));
    for (Channel channel : kChannels)
        add_choice(values, "CHANNEL", code_of(channel), tr(label_of(channel)), chosen("channel", code_of(channel)));
    for (const auto& info : flevoland_municipalities()) {
        add_choice(values, "MUNICIPALITY", code_of(info.municipality), info.name,
                   chosen("municipality", code_of(info.municipality)));
    }
    for (Municipality other : {Municipality::outside, Municipality::unknown}) {
        add_choice(values, "MUNICIPALITY", code_of(other), municipality_label(site, language, other),
                   chosen("municipality", code_of(other)));
    }
    for (ExploitationForm form : all_exploitation_forms())
        add_choice(values, "FORM", code_of(form), form_label(site, language, form), chosen("form", code_of(form)));
    add_choice(values, "ASSIGNED", "", tr("Anyone"), query_value(request, "assigned_to").empty());
    add_choice(values, "ASSIGNED", "me", tr("Me"), chosen("assigned_to", "me"));
    add_choice(values, "ASSIGNED", "none", tr("Nobody yet"), chosen("assigned_to", "none"));
    if (chosen("overdue", "true")) values.ShowSection("OVERDUE_CHECKED");
    if (chosen("acute", "true")) values.ShowSection("ACUTE_CHECKED");
    values.SetValue("SEARCH_ID", query_value(request, "id"));
}

// How long is left, in the unit that matters: working days, or hours on the last day.
void add_time_left(const SignalSummary& summary, TimePoint now, ctemplate::TemplateDictionary& row) {
    if (!summary.deadline) {
        row.ShowSection("NO_DEADLINE");
        return;
    }
    row.SetValue("DEADLINE", format_local_date_time(*summary.deadline));
    if (*summary.deadline < now) {
        row.ShowSection("OVERDUE");
        return;
    }
    const int days = working_days_between(local_date(now), local_date(*summary.deadline));
    if (days >= 2) {
        row.SetValue("DAYS_LEFT", std::to_string(days));
        row.ShowSection("DAYS");
    } else if (days == 1) {
        row.ShowSection("ONE_DAY");
    } else {
        const auto hours = std::chrono::ceil<std::chrono::hours>(*summary.deadline - now).count();
        if (hours >= 2) {
            row.SetValue("HOURS_LEFT", std::to_string(hours));
            row.ShowSection("HOURS");
        } else {
            row.ShowSection("LAST_HOUR");
        }
    }
}

// The same filters with another cursor, for the "Next page" link.
std::string page_url(const Request& request, Language language, const std::string& after) {
    std::string query;
    for (const char* key : kFilterKeys) {
        const std::string value = query_value(request, key);
        if (value.empty()) continue;
        query += (query.empty() ? "?" : "&") + std::string(key) + "=" + url_encode(value);
    }
    query += (query.empty() ? "?" : "&") + std::string("after=") + url_encode(after);
    return staff_path(language) + query;
}

Response queue_page(Site& site, const Request& request) {
    StaffSite& staff = *site.staff;
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    const StaffIdentity& identity = request.staff->identity;
    const TimePoint now = site.clock.now();
    ctemplate::TemplateDictionary values("staff_queue");
    values.SetValue("ACTION_URL", staff_path(language));
    values.SetValue("PHONE_URL", staff_path(language, "/phone"));
    add_filters(site, language, request, values);
    int status = 200;

    auto query = query_from(request, identity, now);
    if (!query) {
        add_errors(site, language, values, {filter_error(query.error())});
        status = 400;
    } else {
        const std::size_t limit = query->limit;
        auto page = staff.desk.queue(identity, *query);
        if (!page) {
            add_errors(site, language, values,
                       {Error::invalid("", "The signals could not be loaded just now. Try again in a minute.")});
            status = page.error().code == ErrorCode::forbidden ? 403 : 503;
        } else if (page->empty()) {
            values.ShowSection("EMPTY");
        } else {
            auto* table = values.AddSectionDictionary("TABLE");
            const auto names = usernames(staff.users);
            for (const auto& summary : *page) {
                auto* row = table->AddSectionDictionary("ROW");
                row->SetValue("ID", std::to_string(summary.id));
                row->SetValue("URL", staff_path(language, "/signals/" + std::to_string(summary.id)));
                row->SetValue("RECEIVED", format_local_date_time(summary.received_at));
                row->SetValue("KIND", tr(label_of(summary.kind)));
                row->SetValue("CHANNEL", tr(label_of(summary.channel)));
                row->SetValue("STATUS", tr(staff_label_of(summary.status)));
                if (summary.acute) row->ShowSection("ACUTE");
                add_time_left(summary, now, *row);
                row->SetValue("MUNICIPALITY", municipality_label(site, language, summary.municipality));
                std::string forms;
                for (ExploitationForm form : summary.forms) {
                    if (!forms.empty()) forms += ", ";
                    forms += form_label(site, language, form);
                }
                row->SetValue("FORMS", forms);
                if (summary.assigned_to) {
                    const auto name = names.find(*summary.assigned_to);
                    row->AddSectionDictionary("ASSIGNED")
                        ->SetValue("NAME",
                                   name != names.end() ? name->second : "#" + std::to_string(*summary.assigned_to));
                } else {
                    row->ShowSection("UNASSIGNED");
                }
            }
            if (page->size() == limit)
                values.AddSectionDictionary("NEXT_PAGE")
                    ->SetValue("URL", page_url(request, language, cursor_after(page->back())));
        }
    }

    // A coordinator watches the deadlines of everyone.
    if (identity.roles.has(Role::coordinator)) {
        constexpr std::size_t kCountUpTo = 200;
        SignalQuery overdue;
        overdue.overdue_at = now;
        if (auto late = staff.desk.count_queue(identity, overdue, kCountUpTo); late && *late > 0) {
            auto* line = values.AddSectionDictionary("OVERDUE_COUNT");
            line->SetValue("COUNT", *late >= static_cast<std::int64_t>(kCountUpTo) ? std::to_string(kCountUpTo) + "+"
                                                                                    : std::to_string(*late));
            line->SetValue("URL", staff_path(language) + "?overdue=true");
        }
    }
    return staff_page(site, request, status, StaffSection::queue, tr("Signals"), "staff_queue.tpl", values);
}

}  // namespace

void add_staff_queue_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language), Permission::signals_read,
                          [&site](const Request& request) { return queue_page(site, request); }});
    }
}

}  // namespace meldpunt::web
