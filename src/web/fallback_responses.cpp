// Answers for requests that reach no handler or that the HTTP layer refused:
// JSON under /api/, a page everywhere else, always with a message that says
// what to do.
#include "web/fallback_responses.hpp"

#include "web/json_api.hpp"

namespace meldpunt::web {

namespace {
bool is_api(const Request& request) {
    return request.path.starts_with("/api/");
}
}  // namespace

Response not_found_response(const Site& site, const Request& request) {
    if (is_api(request)) return json_error(404, "not_found", "There is no API resource at this address.");
    return not_found_page(site, language_of_path(request.path));
}

Response method_not_allowed_response(const Site& site, const Request& request, std::string_view allowed) {
    Response response =
        is_api(request) ? json_error(405, "method_not_allowed",
                                     "This address does not accept this method. Allowed: " + std::string(allowed) + ".")
                        : message_page(site, 405, language_of_path(request.path),
                                       site.tr(language_of_path(request.path), "This action is not possible here"),
                                       site.tr(language_of_path(request.path),
                                               "Go back to the previous page, or to the home page."));
    response.headers.emplace_back("Allow", std::string(allowed));
    return response;
}

Response request_error_response(const Site& site, const Request& request, const Error& error) {
    if (is_api(request) || request.path.empty()) return json_error(error);
    const Language language = language_of_path(request.path);
    const std::string_view heading = error.code == ErrorCode::too_large
                                         ? site.tr(language, "What you sent is too large")
                                         : site.tr(language, "What you sent could not be read");
    return message_page(site, status_of(error.code), language, heading, site.tr(language, error.message));
}

Response internal_error_response(const Site& site, const Request& request) {
    if (is_api(request)) return json_error(Error::make(ErrorCode::internal, ""));
    const Language language = language_of_path(request.path);
    return message_page(site, 500, language, site.tr(language, "Something went wrong on our side"),
                        site.tr(language, "Please try again later, or call 088 2220500."));
}

Response cross_site_response(const Site& site, const Request& request) {
    if (is_api(request)) return json_error(403, "forbidden", "Requests from other websites are not accepted.");
    const Language language = language_of_path(request.path);
    return message_page(
        site, 403, language, site.tr(language, "This form was sent from another website"),
        site.tr(
            language,
            "For your safety we only accept forms sent from our own pages. Open the form on this site and try again."));
}

}  // namespace meldpunt::web
