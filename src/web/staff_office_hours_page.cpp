// The chat's opening hours for administrators (chat_hours_manage): the weekly
// windows (up to three a day), the Liberation Day and Good Friday settings, and
// extra closures, with a line saying what visitors see now. Changes go through
// ChatSettingsDesk, so they are checked and audited and show on the public
// pages at once. A form with problems comes back (400) with what was typed.
#include "base/text.hpp"
#include "domain/chat_settings.hpp"
#include "web/chat_availability.hpp"
#include "web/json_api.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_office_hours_form.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

struct ClosureForm {
    std::string date;
    std::string label;
};

std::string_view saved_message(std::string_view what) {
    if (what == "hours") return "The opening hours are saved.";
    if (what == "closure") return "The closure is added.";
    if (what == "removed") return "The closure is removed.";
    return {};
}

void add_week(const Site& site, Language language, ctemplate::TemplateDictionary& values, const WeekForm& week,
              const std::vector<Error>& errors) {
    for (std::size_t d = 0; d < kWeekForm.size(); ++d) {
        auto* day = values.AddSectionDictionary("DAY");
        const std::string name = capitalised(site.tr(language, weekday_msgid(kWeekForm[d].day)));
        day->SetValue("DAY_NAME", name);
        for (std::size_t n = 0; n < kMaxWindowsPerDay; ++n) {
            auto* window = day->AddSectionDictionary("WINDOW");
            const std::string field = window_field(d, n);
            window->SetValue("DAY_NAME", name);
            window->SetValue("N", std::to_string(n + 1));
            window->SetValue("ID", element_id(field));
            window->SetValue("FROM_NAME", form_name(d, n, "from"));
            window->SetValue("TO_NAME", form_name(d, n, "to"));
            window->SetValue("FROM", week.cells[d][n].from);
            window->SetValue("TO", week.cells[d][n].to);
            for (const Error& error : errors) {
                if (error.field != field) continue;
                window->AddSectionDictionary("CELL_ERROR")
                    ->SetValue("MESSAGE", std::string(site.tr(language, error.message)));
                break;
            }
        }
    }
    for (const auto& [setting, label] :
         {std::pair{LiberationDay::every_year, "Closed every year"},
          std::pair{LiberationDay::lustrum_years, "Closed only in lustrum years (2025, 2030, 2035 and so on)"},
          std::pair{LiberationDay::never, "Open as on other days"}}) {
        add_choice(values, "LIBERATION", code_of(setting), site.tr(language, label),
                   week.liberation_day == code_of(setting));
    }
    if (week.good_friday) values.ShowSection("GOOD_FRIDAY");
}

void add_closures(const Site& site, Language language, ctemplate::TemplateDictionary& values,
                  const OfficeHoursSettings& settings, TimePoint now) {
    // Past closures change nothing any more; only today and later are shown.
    const Date today = local_date(now);
    ctemplate::TemplateDictionary* table = nullptr;
    for (const Closure& closure : settings.closures) {
        if (std::chrono::sys_days{closure.date} < std::chrono::sys_days{today}) continue;
        if (table == nullptr) table = values.AddSectionDictionary("CLOSURES");
        auto* row = table->AddSectionDictionary("CLOSURE");
        const TimePoint noon = to_time_point(closure.date, std::chrono::hours{12});
        row->SetValue(
            "DATE", local_day_name(site, language, noon) + " " + std::to_string(static_cast<int>(closure.date.year())));
        row->SetValue("LABEL", closure.label);
        row->SetValue("REMOVE_URL",
                      staff_path(language, "/chat/hours/closures/" + format_date(closure.date) + "/remove"));
    }
    if (table == nullptr) values.ShowSection("NO_CLOSURES");
}

Response hours_page(Site& site, const Request& request, int status, const WeekForm* typed_week,
                    const ClosureForm& closure, const std::vector<Error>& errors) {
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("staff_office_hours");
    const auto settings = site.staff->chat_settings_desk.office_hours();
    const TimePoint now = site.clock.now();
    values.SetValue("NOW", chat_availability(site, language, now, *settings).sentence);
    values.SetValue("HOURS_URL", staff_path(language, "/chat/hours"));
    values.SetValue("CLOSURE_URL", staff_path(language, "/chat/hours/closures"));
    if (const auto message = saved_message(query_value(request, "saved")); !message.empty())
        values.AddSectionDictionary("SAVED")->SetValue("MESSAGE", tr(message));
    add_errors(site, language, values, errors);
    add_week(site, language, values, typed_week ? *typed_week : week_form_of(*settings), errors);
    add_closures(site, language, values, *settings, now);
    values.SetValue("CLOSURE_DATE", closure.date);
    values.SetValue("CLOSURE_LABEL", closure.label);
    return staff_page(site, request, status, StaffSection::office_hours, tr("Chat opening hours"),
                      "staff_office_hours.tpl", values);
}

// A problem with what was typed is shown at its field; any other (the store
// failed) as one sentence, with the status of its code.
std::vector<Error> shown(const Error& error) {
    if (error.code == ErrorCode::invalid_input) return {error};
    return {Error{error.code, "The change could not be saved just now. Try again in a minute.", ""}};
}

Response save_week(Site& site, const Request& request) {
    const WeekForm typed = week_form_from(request.form);
    ParsedWeek parsed = parse_week(typed);
    if (parsed.errors.empty()) {
        if (auto saved = site.staff->chat_settings_desk.save_weekly_hours(request.staff->identity, parsed.hours)) {
            return see_other(staff_path(staff_language(request), "/chat/hours") + "?saved=hours");
        } else {
            parsed.errors = shown(week_error_in_form(saved.error(), parsed));
        }
    }
    return hours_page(site, request, status_of(parsed.errors.front().code), &typed, {}, parsed.errors);
}

Response add_closure(Site& site, const Request& request) {
    const ClosureForm typed{std::string(trim(form_value(request.form, "date"))), form_value(request.form, "label")};
    const auto date = parse_date(typed.date);
    Closure closure{date.value_or(Date{}), typed.label};
    std::vector<Error> errors = check_closure(closure, site.staff->chat_settings_desk.office_hours()->closures);
    if (!date) {
        std::erase_if(errors, [](const Error& error) { return error.field == "date"; });
        errors.insert(errors.begin(),
                      Error::invalid("date", typed.date.empty() ? "Give the date of the closure."
                                                                : "Give a date that exists, for example 2026-12-24."));
    }
    if (errors.empty()) {
        if (auto added = site.staff->chat_settings_desk.add_closure(request.staff->identity, closure))
            return see_other(staff_path(staff_language(request), "/chat/hours") + "?saved=closure");
        else
            errors = shown(added.error());
    }
    for (Error& error : errors)
        if (!error.field.empty()) error.field = "closure." + error.field;
    return hours_page(site, request, status_of(errors.front().code), nullptr, typed, errors);
}

Response remove_closure(Site& site, const Request& request) {
    const auto date = parse_date(request.path_parameters.at("date"));
    auto removed = date ? site.staff->chat_settings_desk.remove_closure(request.staff->identity, *date)
                        : Result<void>(Error::make(ErrorCode::not_found, "no such closure"));
    if (removed) return see_other(staff_path(staff_language(request), "/chat/hours") + "?saved=removed");
    if (removed.error().code == ErrorCode::not_found)
        return hours_page(site, request, 404, nullptr, {}, {Error::invalid("", "This closure was removed already.")});
    return hours_page(site, request, status_of(removed.error().code), nullptr, {}, shown(removed.error()));
}

}  // namespace

void add_staff_office_hours_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/chat/hours"), Permission::chat_hours_manage,
                          [&site](const Request& request) { return hours_page(site, request, 200, nullptr, {}, {}); }});
        routes.push_back({Method::post, staff_path(language, "/chat/hours"), Permission::chat_hours_manage,
                          [&site](const Request& request) { return save_week(site, request); }});
        routes.push_back({Method::post, staff_path(language, "/chat/hours/closures"), Permission::chat_hours_manage,
                          [&site](const Request& request) { return add_closure(site, request); }});
        routes.push_back({Method::post, staff_path(language, "/chat/hours/closures/{date}/remove"),
                          Permission::chat_hours_manage,
                          [&site](const Request& request) { return remove_closure(site, request); }});
    }
}

}  // namespace meldpunt::web
