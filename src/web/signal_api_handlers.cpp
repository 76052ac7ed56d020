// POST /api/v1/signals: the public JSON way to report or ask advice. Answers 201
// with the receipt only after the signal is durable.
#include "domain/signal.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

namespace {

// Copies an optional JSON string into `target`; the first type error wins.
struct Reader {
    const json::object& object;
    std::optional<Error> error;

    void string(std::string_view key, std::string_view field, std::string& target) {
        if (error) return;
        auto value = get_string(object, key, field);
        if (!value)
            error = value.error();
        else if (*value)
            target = **value;
    }
    void strings(std::string_view key, std::string_view field, std::vector<std::string>& target, std::size_t max) {
        if (error) return;
        auto value = get_string_array(object, key, field, max);
        if (!value)
            error = value.error();
        else if (*value)
            target = **value;
    }
};

Response create_signal(Site& site, const Request& request) {
    if (!site.submit_limiter.allow(request.client_address, site.clock.now())) {
        return json_error(429, "rate_limited", "Too many signals were sent from your connection. Wait a few minutes.");
    }
    auto body = read_json_object(request);
    if (!body) return json_error(body.error());
    auto input = signal_input_from_json(*body);
    if (!input) return json_error(input.error());
    auto draft = validate_signal(*input);
    if (!draft) return json_error(draft.error());
    auto submission = site.desk.submit(*draft);
    if (!submission) return json_error(submission.error());
    return json_response(201,
                         json::object{{"receipt", submission->receipt.grouped()}, {"kind", code_of(submission->kind)}});
}

}  // namespace

Result<SignalInput> signal_input_from_json(const json::object& body) {
    if (auto known = check_known_keys(body,
                                      {"kind", "description", "forms", "reporter", "postcode", "municipality",
                                       "minors_involved", "acute", "signals"},
                                      "");
        !known) {
        return known.error();
    }
    SignalInput input;
    Reader reader{body, std::nullopt};
    reader.string("kind", "kind", input.kind);
    reader.string("description", "description", input.description);
    reader.strings("forms", "forms", input.forms, 10);
    reader.string("postcode", "postcode", input.postcode);
    reader.string("municipality", "municipality", input.municipality);
    reader.string("minors_involved", "minors_involved", input.minors_involved);
    reader.strings("signals", "signals", input.signals, 100);
    if (reader.error) return *reader.error;
    if (auto acute = get_bool(body, "acute", "acute"); !acute)
        return acute.error();
    else
        input.acute = acute->value_or(false);

    const auto* reporter = body.if_contains("reporter");
    if (!reporter || !reporter->is_object()) {
        return Error::invalid("reporter", "reporter must be an object with at least role and anonymity.");
    }
    const json::object& who = reporter->as_object();
    if (auto known = check_known_keys(who, {"role", "anonymity", "name", "phone", "email", "organisation", "sector"},
                                      "reporter.");
        !known) {
        return known.error();
    }
    Reader person{who, std::nullopt};
    person.string("role", "reporter.role", input.reporter_role);
    person.string("anonymity", "reporter.anonymity", input.anonymity);
    person.string("name", "reporter.name", input.contact.name);
    person.string("phone", "reporter.phone", input.contact.phone);
    person.string("email", "reporter.email", input.contact.email);
    person.string("organisation", "reporter.organisation", input.contact.organisation);
    person.string("sector", "reporter.sector", input.sector);
    if (person.error) return *person.error;
    return input;
}

void add_signal_api_routes(Site& site, std::vector<Route>& routes) {
    routes.push_back({Method::post, "/api/v1/signals", Permission::public_access,
                      [&site](const Request& request) { return create_signal(site, request); }});
}

}  // namespace meldpunt::web
