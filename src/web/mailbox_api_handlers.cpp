// The mailbox over JSON: log in with the receipt for a bearer token, read the
// thread, add a message. Tokens live only in memory (MailboxSessions).
#include "web/json_api.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

namespace {

const Error kUnauthorized =
    Error::make(ErrorCode::unauthorized, "Log in with your receipt first: POST /api/v1/mailbox/login.");

Response log_in(Site& site, const Request& request) {
    const TimePoint now = site.clock.now();
    if (site.mailbox_limiter.exhausted(request.client_address, now) ||
        !site.login_limiter.allow(request.client_address, now)) {
        return json_error(429, "rate_limited", "Too many wrong receipts from your connection. Wait a few minutes.");
    }
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"receipt"}, ""); !known) return json_error(known.error());
    auto receipt = get_string(*body, "receipt", "receipt");
    if (!receipt) return json_error(receipt.error());
    if (!*receipt) return json_error(Error::invalid("receipt", "receipt is required."));
    auto key = site.desk.open_mailbox(**receipt);
    if (!key) {
        if (key.error().code != ErrorCode::not_found) return json_error(key.error());
        (void)site.mailbox_limiter.allow(request.client_address, now);  // only failures are charged
        return json_error(401, "unauthorized", "This receipt is not known.");
    }
    const auto token = site.mailbox_sessions.open(std::move(*key), now);
    if (!token)
        return json_error(503, "unavailable", "Too many mailboxes are open just now. Try again in a few minutes.");
    return json_response(200, json::object{{"token", *token}});
}

Response read(Site& site, const Request& request) {
    const auto key = site.mailbox_sessions.find(bearer_token(request), site.clock.now());
    if (!key) return json_error(kUnauthorized);
    auto view = site.desk.read_mailbox(*key);
    if (!view) return json_error(view.error());
    json::array messages;
    for (const auto& message : view->messages) {
        messages.push_back(json::object{
            {"from", code_of(message.author)}, {"body", message.body}, {"at", format_iso8601_utc(message.sent_at)}});
    }
    return json_response(200, json::object{{"kind", code_of(view->kind)},
                                           {"status", code_of(view->status)},
                                           {"received_at", format_iso8601_utc(view->received_at)},
                                           {"description", view->description},
                                           {"messages", std::move(messages)}});
}

Response add_message(Site& site, const Request& request) {
    const auto key = site.mailbox_sessions.find(bearer_token(request), site.clock.now());
    if (!key) return json_error(kUnauthorized);
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    if (auto known = check_known_keys(*body, {"body"}, ""); !known) return json_error(known.error());
    auto text = get_string(*body, "body", "body");
    if (!text) return json_error(text.error());
    auto added = site.desk.add_reporter_message(*key, text->value_or(""));
    if (!added) return json_error(added.error());
    return json_response(201, json::object{{"status", "sent"}});
}

}  // namespace

void add_mailbox_api_routes(Site& site, std::vector<Route>& routes) {
    routes.push_back({Method::post, "/api/v1/mailbox/login", Permission::public_access,
                      [&site](const Request& request) { return log_in(site, request); }});
    routes.push_back({Method::get, "/api/v1/mailbox", Permission::public_access,
                      [&site](const Request& request) { return read(site, request); }});
    routes.push_back({Method::post, "/api/v1/mailbox/messages", Permission::public_access,
                      [&site](const Request& request) { return add_message(site, request); }});
}

}  // namespace meldpunt::web
