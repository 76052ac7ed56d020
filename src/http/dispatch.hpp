// dispatch(): from a parsed Request to a Response. Finds the route, enforces the
// route's permission (deny by default), runs the handler, turns a stray
// exception into a 500 without details, and adds the security headers every
// response carries. Beast-free; thread-safe.
#pragma once

#include "http/router.hpp"

namespace meldpunt::http {

// `match` is router.match() for this request, made once by the caller.
web::Response dispatch(const RouteMatch& match, const web::Site& site, web::Request& request);
void add_security_headers(web::Response& response);

}  // namespace meldpunt::http
