#include "http/dispatch.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>

#include "web/fallback_responses.hpp"
#include "web/json_api.hpp"
#include "web/staff_access.hpp"

namespace meldpunt::http {

// A handler may set its own value of one of these (a page that shows our own
// frame, the frame itself); the defaults fill in the rest.
void add_security_headers(web::Response& response) {
    const auto add = [&response](std::string_view name, std::string_view value) {
        const auto same_name = [name](std::string_view other) {
            return other.size() == name.size() &&
                   std::equal(other.begin(), other.end(), name.begin(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                   });
        };
        for (const auto& header : response.headers)
            if (same_name(header.first)) return;
        response.headers.emplace_back(name, value);
    };
    // No inline script or style anywhere; nothing from other origins.
    add(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    add("Referrer-Policy", "no-referrer");
    add("X-Content-Type-Options", "nosniff");
    add("X-Frame-Options", "DENY");
    add("Cross-Origin-Opener-Policy", "same-origin");
    add("Cross-Origin-Resource-Policy", "same-origin");
    add("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    // Nothing is cached, not even the stylesheet: a shared phone keeps no trace.
    add("Cache-Control", "no-store");
}

web::Response dispatch(const RouteMatch& match, const web::Site& site, web::Request& request) {
    web::Response response;
    if (!match.route) {
        response = match.allowed_methods.empty()
                       ? web::not_found_response(site, request)
                       : web::method_not_allowed_response(site, request, match.allowed_methods);
    } else if (request.fetch_site == "cross-site" && request.method != web::Method::get &&
               request.method != web::Method::head) {
        // Another website made this visitor's browser send a form or call to us.
        response = web::cross_site_response(site, request);
    } else if (auto refused = web::check_access(site, match.route->permission, request)) {
        response = std::move(*refused);
    } else {
        request.path_parameters = match.parameters;
        try {
            response = match.route->handler(request);
        } catch (const std::exception& failure) {
            // The route pattern, never the request: it may carry personal data.
            spdlog::error("handler for {} {} failed: {}", method_name(match.route->method), match.route->pattern,
                          failure.what());
            response = web::internal_error_response(site, request);
        }
    }
    add_security_headers(response);
    return response;
}

}  // namespace meldpunt::http
