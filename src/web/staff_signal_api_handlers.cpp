// The staff JSON API for signals: the queue, one signal, changes with version
// checks (409 says what changed), route steps, replies to the reporter,
// referrals, persons, notes and assignment, and registering a call. Every
// handler acts as the signed-in member of staff (request.staff, set by the
// access check); CaseDesk decides per signal and writes the audit trail.
#include <charconv>

#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"
#include "web/staff_json.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

namespace {

Response bad_id() {
    return json_error(404, "not_found", "There is no signal with this number.");
}

Response list_signals(StaffSite& staff, const Clock& clock, const Request& request) {
    const TimePoint now = clock.now();
    auto query = query_from(request, request.staff->identity, now);
    if (!query) return json_error(query.error());
    const std::size_t limit = query->limit;
    auto page = staff.desk.queue(request.staff->identity, *query);
    if (!page) return json_error(page.error());
    json::array signals;
    for (const auto& summary : *page) signals.push_back(summary_json(summary, now));
    json::value next = nullptr;
    if (page->size() == limit && !page->empty()) next = cursor_after(page->back());
    return json_response(200, json::object{{"signals", std::move(signals)}, {"next", std::move(next)}});
}

Response get_signal(StaffSite& staff, const Clock& clock, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto view = staff.desk.open(request.staff->identity, request.staff->service_key, *id);
    if (!view) return json_error(view.error());
    return json_response(200, signal_json(*view, clock.now()));
}

Response conflict(StaffSite& staff, SignalId id, int version, const Error& error) {
    auto changed = staff.desk.changed_since(id, version);
    json::array fields;
    if (changed)
        for (const auto& field : *changed) fields.emplace_back(field);
    return json_response(409, json::object{{"error", json::object{{"code", "conflict"}, {"message", error.message}}},
                                           {"changed", std::move(fields)}});
}

Response answer_version(StaffSite& staff, SignalId id, std::optional<int> based_on, const Result<int>& saved) {
    if (!saved) {
        if (saved.error().code == ErrorCode::conflict && based_on) return conflict(staff, id, *based_on, saved.error());
        return json_error(saved.error());
    }
    return json_response(200, json::object{{"id", id}, {"version", *saved}});
}

Response patch_signal(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    auto patch = read_signal_patch(*body);
    if (!patch) return json_error(patch.error());
    auto saved = staff.desk.update(request.staff->identity, request.staff->service_key, *id, patch->version,
                                   patch->update);
    return answer_version(staff, *id, patch->version, saved);
}

Result<std::optional<int>> optional_version(const json::object& body) {
    auto version = get_integer(body, "version", 1, 1'000'000'000);
    if (!version) return version.error();
    if (!*version) return std::optional<int>{};
    return std::optional<int>{static_cast<int>(**version)};
}

Response post_transition(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"to", "version"}, ""); !known) return json_error(known.error());
    auto to_text = get_string(*body, "to", "to");
    if (!to_text) return json_error(to_text.error());
    const auto to = *to_text ? parse_status(**to_text) : std::nullopt;
    if (!to) return json_error(400, "invalid_input", "Name the step to move to, for example \"safety_assessment\".", "to");
    auto version = optional_version(*body);
    if (!version) return json_error(version.error());
    return answer_version(staff, *id, *version, staff.desk.transition(request.staff->identity, *id, *to, *version));
}

Response post_assignment(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"assigned_to", "version"}, ""); !known) return json_error(known.error());
    std::optional<UserId> assignee;
    if (const auto* value = body->if_contains("assigned_to"); value && !value->is_null()) {
        auto number = get_integer(*body, "assigned_to", 1, INT64_MAX);
        if (!number) return json_error(number.error());
        assignee = **number;
    }
    auto version = optional_version(*body);
    if (!version) return json_error(version.error());
    return answer_version(staff, *id, *version, staff.desk.assign(request.staff->identity, *id, assignee, *version));
}


Response created(const Result<std::int64_t>& id) {
    if (!id) return json_error(id.error());
    return json_response(201, json::object{{"id", *id}});
}

Response post_message(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_string_fields(request, {"body"});
    if (!body) return json_error(body.error());
    return created(
        staff.desk.reply_to_reporter(request.staff->identity, request.staff->service_key, *id, (*body)["body"]));
}

Response post_log_entry(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_string_fields(request, {"kind", "body"});
    if (!body) return json_error(body.error());
    const auto kind = parse_case_entry_kind((*body)["kind"].empty() ? "note" : (*body)["kind"]);
    if (!kind) return json_error(400, "invalid_input", "kind is note, call, chat, email, visit or feedback.", "kind");
    return created(
        staff.desk.add_entry(request.staff->identity, request.staff->service_key, *id, *kind, (*body)["body"]));
}

Response post_referral(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_string_fields(request, {"partner", "referred_on", "outcome"});
    if (!body) return json_error(body.error());
    const ReferralInput input{(*body)["partner"], (*body)["referred_on"], (*body)["outcome"]};
    return created(staff.desk.add_referral(request.staff->identity, *id, input));
}

Response patch_referral(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    const auto referral = parse_id(request.path_parameters.at("referral"));
    if (!id || !referral) return json_error(404, "not_found", "There is no such referral.");
    auto body = read_string_fields(request, {"outcome"});
    if (!body) return json_error(body.error());
    auto set = staff.desk.set_referral_outcome(request.staff->identity, *id, *referral, (*body)["outcome"]);
    if (!set) return json_error(set.error());
    return json_response(200, json::object{{"id", *referral}, {"outcome", (*body)["outcome"]}});
}

Response post_person(StaffSite& staff, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return bad_id();
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"role", "age", "age_estimated", "minor_at_start", "gender", "nationality"}, "");
        !known)
        return json_error(known.error());
    PersonInput input;
    for (auto [key, target] : {std::pair{"role", &input.role}, std::pair{"minor_at_start", &input.minor_at_start},
                               std::pair{"gender", &input.gender}, std::pair{"nationality", &input.nationality}}) {
        auto text = get_string(*body, key, key);
        if (!text) return json_error(text.error());
        if (*text) *target = std::move(**text);
    }
    if (const auto* age = body->if_contains("age"); age && !age->is_null()) {
        auto number = get_integer(*body, "age", 0, 120);
        if (!number) return json_error(number.error());
        input.age = std::to_string(**number);
    }
    auto estimated = get_bool(*body, "age_estimated", "age_estimated");
    if (!estimated) return json_error(estimated.error());
    input.age_estimated = estimated->value_or(false);
    return created(staff.desk.add_person(request.staff->identity, *id, input));
}

Response post_person_link(StaffSite& staff, const Request& request) {
    const auto person = parse_id(request.path_parameters.at("person"));
    if (!person) return json_error(404, "not_found", "There is no person with this number.");
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"same_as"}, ""); !known) return json_error(known.error());
    auto same_as = get_integer(*body, "same_as", 1, INT64_MAX);
    if (!same_as) return json_error(same_as.error());
    if (!*same_as) return json_error(400, "invalid_input", "Give the number of the same person (same_as).", "same_as");
    auto linked = staff.desk.link_person(request.staff->identity, *person, **same_as);
    if (!linked) return json_error(linked.error());
    return json_response(200, json::object{{"id", *person}, {"same_as", **same_as}});
}

}  // namespace

void add_staff_signal_api_routes(Site& site, std::vector<Route>& routes) {
    StaffSite& staff = *site.staff;
    const Clock& clock = site.clock;
    const auto route = [&](Method method, std::string pattern, Permission permission,
                           Response (*handler)(StaffSite&, const Request&)) {
        routes.push_back({method, std::move(pattern), permission,
                          [&staff, handler](const Request& request) { return handler(staff, request); }});
    };
    routes.push_back({Method::get, "/api/v1/signals", Permission::signals_read,
                      [&staff, &clock](const Request& request) { return list_signals(staff, clock, request); }});
    routes.push_back({Method::get, "/api/v1/signals/{id}", Permission::signals_read,
                      [&staff, &clock](const Request& request) { return get_signal(staff, clock, request); }});
    route(Method::patch, "/api/v1/signals/{id}", Permission::signals_work, patch_signal);
    route(Method::post, "/api/v1/signals/{id}/transitions", Permission::signals_work, post_transition);
    route(Method::post, "/api/v1/signals/{id}/assignment", Permission::signals_assign, post_assignment);
    route(Method::post, "/api/v1/signals/{id}/messages", Permission::signals_work, post_message);
    route(Method::post, "/api/v1/signals/{id}/log", Permission::signals_work, post_log_entry);
    route(Method::post, "/api/v1/signals/{id}/referrals", Permission::signals_work, post_referral);
    route(Method::patch, "/api/v1/signals/{id}/referrals/{referral}", Permission::signals_work, patch_referral);
    route(Method::post, "/api/v1/signals/{id}/persons", Permission::signals_work, post_person);
    route(Method::post, "/api/v1/persons/{person}/link", Permission::signals_work, post_person_link);
}

}  // namespace meldpunt::web
