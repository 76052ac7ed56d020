// The staff JSON API outside a single signal: sign in (a bearer token for
// other systems), change the password, sign out; register a call; the audit
// trail; the accounts overview and case access.
#include <charconv>

#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"
#include "web/staff_access.hpp"
#include "web/staff_json.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

namespace {


Response too_many_attempts() {
    return json_error(429, "rate_limited", "Too many sign-in attempts from your connection. Wait a few minutes.");
}

Response open_session(Site& site, security::SignIn signed_in) {
    security::StaffSession session{std::move(signed_in.identity), std::move(signed_in.service_key), {}, false,
                                   std::move(signed_in.credential_stamp)};
    auto token = site.staff->sessions.open(std::move(session), site.clock.now());
    if (!token) return json_error(503, "unavailable", "Too many people are signed in. Try again later.");
    return json_response(200, json::object{{"token", *token},
                                           {"expires_after_idle_minutes", site.staff->sessions.idle_timeout().count()}});
}

Response login(Site& site, const Request& request) {
    if (!site.staff_login_limiter.allow(request.client_address, site.clock.now())) return too_many_attempts();
    auto fields = read_string_fields(request, {"username", "password", "totp"});
    if (!fields) return json_error(fields.error());
    auto signed_in = site.staff->accounts.sign_in((*fields)["username"], (*fields)["password"], (*fields)["totp"]);
    if (!signed_in) return json_error(signed_in.error());
    if (signed_in->password_change_required)
        return json_error(403, "password_change_required",
                          "Choose a new password first: POST /api/v1/staff/password.");
    return open_session(site, std::move(*signed_in));
}

Response change_password(Site& site, const Request& request) {
    if (!site.staff_login_limiter.allow(request.client_address, site.clock.now())) return too_many_attempts();
    auto fields = read_string_fields(request, {"username", "password", "new_password", "totp"});
    if (!fields) return json_error(fields.error());
    auto signed_in = site.staff->accounts.change_password((*fields)["username"], (*fields)["password"],
                                                          (*fields)["new_password"], (*fields)["totp"]);
    if (!signed_in) return json_error(signed_in.error());
    // Every other session of this person ends: a changed password is often a
    // response to a suspicion that someone else knows the old one.
    site.staff->sessions.close_all_of(signed_in->identity.id);
    return open_session(site, std::move(*signed_in));
}

Response logout(Site& site, const Request& request) {
    auto body = read_json_object(request);
    bool everywhere = false;
    if (body) {
        if (auto known = check_known_keys(*body, {"everywhere"}, ""); !known) return json_error(known.error());
        auto flag = get_bool(*body, "everywhere", "everywhere");
        if (!flag) return json_error(flag.error());
        everywhere = flag->value_or(false);
    }
    const UserId user = request.staff->identity.id;
    if (everywhere) {
        site.staff->sessions.close_all_of(user);
        (void)site.staff->audit_log.record(AuditAction::logout_everywhere, user);
    } else {
        const std::string bearer = bearer_token(request);
        site.staff->sessions.close(bearer.empty() ? staff_cookie_token(request) : bearer);
        (void)site.staff->audit_log.record(AuditAction::logout, user);
    }
    Response response = Response::json(204, "");
    response.content_type.clear();
    return response;
}

Response register_signal(Site& site, const Request& request) {
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    auto channel_text = get_string(*body, "channel", "channel");
    if (!channel_text) return json_error(channel_text.error());
    const auto channel = parse_channel(channel_text->value_or("phone"));
    if (!channel) return json_error(400, "invalid_input", "channel is phone, email, in_person or chat.", "channel");
    body->erase("channel");
    auto input = signal_input_from_json(*body);
    if (!input) return json_error(input.error());
    auto registered = site.staff->desk.register_signal(request.staff->identity, *input, *channel);
    if (!registered) return json_error(registered.error());
    return json_response(201, json::object{{"id", registered->id}, {"receipt", registered->receipt.grouped()}});
}

std::optional<std::int64_t> parse_number(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

Response list_audit(Site& site, const Request& request) {
    AuditQuery query;
    const auto number = [&](const char* key, auto& target) -> bool {
        const auto it = request.query.find(key);
        if (it == request.query.end() || it->second.empty()) return true;
        const auto value = parse_number(it->second);
        if (!value) return false;
        target = *value;
        return true;
    };
    std::int64_t limit = 100;
    if (!number("actor", query.actor) || !number("signal", query.signal) || !number("before", query.before_sequence) ||
        !number("limit", limit) || limit > 1000)
        return json_error(400, "invalid_input", "actor, signal, before and limit (at most 1000) are numbers.");
    query.limit = static_cast<std::size_t>(limit);
    if (const auto it = request.query.find("action"); it != request.query.end() && !it->second.empty()) {
        query.action = parse_audit_action(it->second);
        if (!query.action) return json_error(400, "invalid_input", "Unknown action.", "action");
    }
    if (auto logged = site.staff->audit_log.record(AuditAction::audit_viewed, request.staff->identity.id); !logged)
        return json_error(logged.error());
    auto records = site.staff->audit_store.list(query);
    if (!records) return json_error(records.error());
    json::array entries;
    for (const auto& record : *records) entries.push_back(audit_json(record));
    return json_response(200, json::object{{"entries", std::move(entries)}});
}

Response list_users(Site& site, const Request& request) {
    if (auto logged = site.staff->audit_log.record(AuditAction::users_listed, request.staff->identity.id); !logged)
        return json_error(logged.error());
    auto accounts = site.staff->accounts.list();
    if (!accounts) return json_error(accounts.error());
    json::array users;
    for (const auto& account : *accounts) {
        json::array roles;
        for (Role role : account.roles.roles()) roles.emplace_back(code_of(role));
        users.push_back(json::object{{"id", account.id},
                                     {"username", account.username},
                                     {"roles", std::move(roles)},
                                     {"disabled", account.disabled},
                                     {"case_access", account.case_access},
                                     {"password_change_required", account.password_change_required}});
    }
    return json_response(200, json::object{{"users", std::move(users)}});
}

Response grant_case_access(Site& site, const Request& request) {
    const auto target = parse_number(request.path_parameters.at("id"));
    if (!target) return json_error(404, "not_found", "There is no account with this number.");
    auto granted =
        site.staff->accounts.grant_case_access(request.staff->identity, request.staff->service_key, *target);
    if (!granted) return json_error(granted.error());
    return json_response(200, json::object{{"id", *target}, {"case_access", true}});
}

}  // namespace

void add_staff_account_api_routes(Site& site, std::vector<Route>& routes) {
    const auto route = [&](Method method, std::string pattern, Permission permission,
                           Response (*handler)(Site&, const Request&)) {
        routes.push_back({method, std::move(pattern), permission,
                          [&site, handler](const Request& request) { return handler(site, request); }});
    };
    route(Method::post, "/api/v1/staff/login", Permission::public_access, login);
    route(Method::post, "/api/v1/staff/password", Permission::public_access, change_password);
    route(Method::post, "/api/v1/staff/logout", Permission::staff_self, logout);
    route(Method::post, "/api/v1/staff/registrations", Permission::signals_register, register_signal);
    route(Method::get, "/api/v1/audit", Permission::audit_read, list_audit);
    route(Method::get, "/api/v1/staff/users", Permission::users_manage, list_users);
    route(Method::post, "/api/v1/staff/users/{id}/case-access", Permission::case_keys_grant, grant_case_access);
}

}  // namespace meldpunt::web
