// Responses for what no handler answers: unknown address, wrong method, a body
// the HTTP layer refused (too large, wrong type, malformed), or our own failure.
// Thread-safe.
#pragma once

#include "base/result.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

Response not_found_response(const Site& site, const Request& request);
Response method_not_allowed_response(const Site& site, const Request& request, std::string_view allowed);
Response request_error_response(const Site& site, const Request& request, const Error& error);
Response internal_error_response(const Site& site, const Request& request);
Response cross_site_response(const Site& site, const Request& request);

}  // namespace meldpunt::web
