// The routes of a signal's staff page: the page itself and every form on it
// (change the registration, move along the route, assign, reply, log, refer,
// persons). Each form does what the staff JSON API does, through the same
// CaseDesk calls; success answers 303 back to the page (at the section, with a
// short confirmation), failure shows the page again with the message next to
// the form and what was typed. A save based on an old version never
// overwrites: the page says what the other person changed.
#include "base/text.hpp"
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_signal_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

std::string staff_text(const Site& site, const Request& request, std::string_view english) {
    return std::string(site.tr(staff_language(request), english));
}

std::string signal_url(const Request& request, SignalId id, std::string_view suffix) {
    return staff_path(staff_language(request), "/signals/" + std::to_string(id)) + std::string(suffix);
}

std::string typed(const SignalPageState& state, SignalForm form, std::string_view field, std::string fallback,
                  std::int64_t item) {
    if (state.form != form || state.item != item || state.posted == nullptr) return fallback;
    return form_value(*state.posted, field);
}

void show_form_error(const Site& site, const Request& request, const SignalPageState& state, SignalForm form,
                     ctemplate::TemplateDictionary& values, const char* section) {
    if (state.form != form || !state.error) return;
    values.AddSectionDictionary(section)->SetValue("MESSAGE", staff_text(site, request, state.error->message));
}

void add_error_summary(const Site& site, const Request& request, const Error& error,
                       ctemplate::TemplateDictionary& values, std::string_view element_id) {
    auto* item = values.AddSectionDictionary("ERRORS")->AddSectionDictionary("ERROR");
    item->SetValue("FIELD_ID", std::string(element_id));
    item->SetValue("MESSAGE", staff_text(site, request, error.message));
}

void show_done(const Request& request, ctemplate::TemplateDictionary& values) {
    const auto it = request.query.find("done");
    if (it == request.query.end()) return;
    for (std::string_view what : {"edit", "route", "assign", "message", "log", "person", "referral"})
        if (it->second == what) values.ShowSection("DONE_" + to_upper_ascii(what));
}

Response signal_unavailable(const Site& site, const Request& request, const Error& error) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    ctemplate::TemplateDictionary values("staff_signal_unavailable");
    std::string heading = tr("This signal cannot be shown now");
    std::string text = tr("Something went wrong on our side. Please try again later.");
    if (error.code == ErrorCode::not_found) {
        heading = tr("Signal not found");
        text = tr(error.message);
    } else if (error.code == ErrorCode::forbidden) {
        heading = tr("You cannot open this signal");
        text = tr(error.message);
    }
    values.SetValue("HEADING", heading);
    values.SetValue("TEXT", text);
    values.SetValue("QUEUE_URL", staff_path(staff_language(request)));
    return staff_page(site, request, status_of(error.code), StaffSection::none, heading,
                      "staff_signal_unavailable.tpl", values);
}

namespace {

std::optional<SignalId> signal_id(const Request& request) {
    return parse_id(request.path_parameters.at("id"));
}

Response no_such_signal(const Site& site, const Request& request) {
    return signal_unavailable(site, request, Error::make(ErrorCode::not_found, "There is no signal with this number."));
}

// The version a form was based on; absent when the form did not send a number.
std::optional<int> version_of(const Request& request) {
    const auto version = parse_id(form_value(request.form, "version"));
    if (!version || *version > 1'000'000'000) return std::nullopt;
    return static_cast<int>(*version);
}

Response failed(Site& site, const Request& request, SignalId id, SignalForm form, Error error, std::int64_t item = 0) {
    // What a store or our own failure says is not written for people: say it plainly.
    if (error.code == ErrorCode::conflict) error.message = "Someone else changed this signal after you opened it.";
    if (error.code == ErrorCode::internal || error.code == ErrorCode::unavailable)
        error.message = "Something went wrong on our side. Please try again later.";
    if (error.code == ErrorCode::not_found && form == SignalForm::referral_outcome)
        error.message = "There is no such referral.";
    const SignalPageState state{form, item, &request.form, std::move(error), std::nullopt};
    return signal_page(site, request, id, status_of(error.code), state);
}

// 303 to the section of the page, where a short confirmation shows.
Response done(const Request& request, SignalId id, std::string_view what, std::string_view section) {
    return see_other(signal_url(request, id, "?done=" + std::string(what) + "#" + std::string(section)));
}

const StaffIdentity& who(const Request& request) {
    return request.staff->identity;
}

Response get_page(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    return signal_page(site, request, *id, 200, {});
}

Response post_edit(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const auto version = version_of(request);
    if (!version)
        return failed(site, request, *id, SignalForm::edit,
                      Error::invalid("version", "This form is incomplete. Reload the page and try again."));
    CaseDesk& desk = site.staff->desk;
    auto saved = desk.update(who(request), request.staff->service_key, *id, *version, update_from_form(request.form));
    if (saved) return done(request, *id, "edit", "edit");
    if (saved.error().code != ErrorCode::conflict) return failed(site, request, *id, SignalForm::edit, saved.error());
    auto changed = desk.changed_since(*id, *version);
    const SignalPageState state{SignalForm::edit, 0, &request.form, saved.error(),
                                changed ? std::move(*changed) : std::vector<std::string>{}};
    return signal_page(site, request, *id, status_of(ErrorCode::conflict), state);
}

Response post_transition(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const auto to = parse_status(form_value(request.form, "to"));
    if (!to)
        return failed(site, request, *id, SignalForm::transition,
                      Error::invalid("to", "Choose one of the steps shown."));
    auto moved = site.staff->desk.transition(who(request), *id, *to, version_of(request));
    if (!moved) return failed(site, request, *id, SignalForm::transition, moved.error());
    return done(request, *id, "route", "route");
}

Response post_assignment(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    std::optional<UserId> assignee;
    if (const std::string text = form_value(request.form, "assigned_to"); !text.empty()) {
        assignee = parse_id(text);
        if (!assignee)
            return failed(site, request, *id, SignalForm::assign,
                          Error::invalid("assigned_to", "Choose an active caseworker or coordinator."));
    }
    auto assigned = site.staff->desk.assign(who(request), *id, assignee, version_of(request));
    if (!assigned) return failed(site, request, *id, SignalForm::assign, assigned.error());
    return done(request, *id, "assign", "assignment");
}

Response post_message(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    auto sent = site.staff->desk.reply_to_reporter(who(request), request.staff->service_key, *id,
                                                   form_value(request.form, "body"));
    if (!sent) return failed(site, request, *id, SignalForm::message, sent.error());
    return done(request, *id, "message", "mailbox");
}

Response post_log_entry(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const std::string kind_code = form_value(request.form, "kind");
    const auto kind = parse_case_entry_kind(kind_code.empty() ? "note" : kind_code);
    if (!kind)
        return failed(site, request, *id, SignalForm::log,
                      Error::invalid("kind", "Choose the kind of entry from the list."));
    auto added = site.staff->desk.add_entry(who(request), request.staff->service_key, *id, *kind,
                                            form_value(request.form, "body"));
    if (!added) return failed(site, request, *id, SignalForm::log, added.error());
    return done(request, *id, "log", "log");
}

Response post_referral(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const ReferralInput input{form_value(request.form, "partner"),
                              std::string(trim(form_value(request.form, "referred_on"))),
                              form_value(request.form, "outcome")};
    auto added = site.staff->desk.add_referral(who(request), *id, input);
    if (!added) return failed(site, request, *id, SignalForm::referral, added.error());
    return done(request, *id, "referral", "referrals");
}

Response post_referral_outcome(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const auto referral = parse_id(request.path_parameters.at("referral"));
    if (!referral)
        return failed(site, request, *id, SignalForm::referral_outcome,
                      Error::make(ErrorCode::not_found, "There is no such referral."));
    auto set = site.staff->desk.set_referral_outcome(who(request), *id, *referral, form_value(request.form, "outcome"));
    if (!set) return failed(site, request, *id, SignalForm::referral_outcome, set.error(), *referral);
    return done(request, *id, "referral", "referrals");
}

Response post_person(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    PersonInput input;
    input.role = form_value(request.form, "role");
    input.age = std::string(trim(form_value(request.form, "age")));
    input.age_estimated = form_value(request.form, "age_estimated") == "yes";
    input.minor_at_start = form_value(request.form, "minor_at_start");
    input.gender = form_value(request.form, "gender");
    input.nationality = to_upper_ascii(trim(form_value(request.form, "nationality")));
    auto added = site.staff->desk.add_person(who(request), *id, input);
    if (!added) return failed(site, request, *id, SignalForm::person, added.error());
    return done(request, *id, "person", "persons");
}

Response post_person_link(Site& site, const Request& request) {
    const auto id = signal_id(request);
    if (!id) return no_such_signal(site, request);
    const auto person = parse_id(request.path_parameters.at("person"));
    if (!person)
        return failed(site, request, *id, SignalForm::person_link,
                      Error::make(ErrorCode::not_found, "There is no person with this number."));
    const auto same_as = parse_id(trim(form_value(request.form, "same_as")));
    if (!same_as)
        return failed(site, request, *id, SignalForm::person_link,
                      Error::invalid("same_as", "Give the number of the same person (digits only)."), *person);
    auto linked = site.staff->desk.link_person(who(request), *person, *same_as);
    if (!linked) return failed(site, request, *id, SignalForm::person_link, linked.error(), *person);
    return done(request, *id, "person", "persons");
}

}  // namespace

void add_staff_signal_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        const std::string base = staff_path(language, "/signals/{id}");
        const auto add = [&](Method method, std::string_view suffix, Permission permission,
                             Response (*handler)(Site&, const Request&)) {
            routes.push_back({method, base + std::string(suffix), permission,
                              [&site, handler](const Request& request) { return handler(site, request); }});
        };
        add(Method::get, "", Permission::signals_read, get_page);
        add(Method::post, "/edit", Permission::signals_work, post_edit);
        add(Method::post, "/transition", Permission::signals_work, post_transition);
        add(Method::post, "/assign", Permission::signals_assign, post_assignment);
        add(Method::post, "/messages", Permission::signals_work, post_message);
        add(Method::post, "/log", Permission::signals_work, post_log_entry);
        add(Method::post, "/referrals", Permission::signals_work, post_referral);
        add(Method::post, "/referrals/{referral}", Permission::signals_work, post_referral_outcome);
        add(Method::post, "/persons", Permission::signals_work, post_person);
        add(Method::post, "/persons/{person}/link", Permission::signals_work, post_person_link);
    }
}

}  // namespace meldpunt::web
