// The access check in front of every route (deny by default): public routes
// pass; every other route needs a signed-in member of staff (session cookie or
// `Authorization: Bearer`) whose roles grant the route's permission, and, for a
// change made with the cookie, the session's CSRF token. A refusal is audited.
// Thread-safe.
#pragma once

#include <optional>

#include "web/site.hpp"

namespace meldpunt::web {

// nullopt: go ahead (request.staff is set for staff routes). Otherwise the
// answer to send instead: 401/403 as JSON for /api/, a sign-in redirect or a
// message page for the staff pages.
std::optional<Response> check_access(const Site& site, Permission permission, Request& request);

// The token from the staff cookie, or empty.
std::string staff_cookie_token(const Request& request);
// Set-Cookie values for a new session and for signing out.
std::string staff_cookie(std::string_view token, const Request& request);
std::string expired_staff_cookie(const Request& request);
bool is_api_path(std::string_view path);

}  // namespace meldpunt::web
