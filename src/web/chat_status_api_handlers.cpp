// GET /api/v1/chat/status: whether the chat is open now and when it opens next,
// with the 24/7 phone number, for the pages' script and for partners' sites.
// It computes from the clock and the calendar's snapshot in memory (which reads
// the store at most once a minute), so it answers on the I/O thread; it reads
// nothing about the visitor.
#include "domain/office_hours.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

namespace json = boost::json;

namespace {

// The phone line is open 24/7 (DOMAIN.md section 1): the answer when the chat is not.
constexpr std::string_view kPhone = "088 2220500";

Response chat_status(const Site& site) {
    const auto state = domain::opening_state(site.clock.now(), *site.settings.office_hours->current());
    json::value next_open = nullptr;
    if (state.next_open) next_open = format_iso8601_utc(*state.next_open);
    return json_response(200, json::object{{"open", state.open}, {"next_open", next_open}, {"phone", kPhone}});
}

}  // namespace

void add_chat_status_api_routes(Site& site, std::vector<Route>& routes) {
    routes.push_back({Method::get, "/api/v1/chat/status", Permission::public_access,
                      [&site](const Request&) { return chat_status(site); }, Execution::io_thread});
}

}  // namespace meldpunt::web
