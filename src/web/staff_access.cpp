#include "web/staff_access.hpp"

#include <sodium.h>

#include "base/text.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

namespace {

bool changes_state(Method method) {
    return method != Method::get && method != Method::head;
}

bool same_token(std::string_view a, std::string_view b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Response refuse(const Site& site, const Request& request, int status, std::string_view code,
                std::string_view message) {
    if (is_api_path(request.path)) return json_error(status, code, message);
    const Language language = staff_language(request);
    if (status == 401) {
        // A page: go and sign in, then come back here.
        Response response = Response::html(303, "");
        const std::string login = staff_path(language, "/login");
        response.headers.emplace_back(
            "Location", request.method == Method::get ? login + "?next=" + url_encode(request.path) : login);
        return response;
    }
    return message_page(site, status, language, site.tr(language, "Not allowed"), site.tr(language, message));
}

}  // namespace

bool is_api_path(std::string_view path) {
    return path.starts_with("/api/");
}

namespace {
std::string_view cookie_name(const Request& request) {
    return request.over_https ? kSecureStaffCookie : kStaffCookie;
}
}  // namespace

std::string staff_cookie_token(const Request& request) {
    // Cookie: a=1; meldpunt_staff=TOKEN; b=2
    const std::string_view name = cookie_name(request);
    std::string_view rest = request.cookie;
    while (!rest.empty()) {
        const auto semicolon = rest.find(';');
        const std::string_view pair = trim(rest.substr(0, semicolon));
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name)
            return std::string(pair.substr(equals + 1));
        if (semicolon == std::string_view::npos) break;
        rest.remove_prefix(semicolon + 1);
    }
    return {};
}

std::string staff_cookie(std::string_view token, const Request& request) {
    std::string cookie =
        std::string(cookie_name(request)) + "=" + std::string(token) + "; Path=/; HttpOnly; SameSite=Strict";
    if (request.over_https) cookie += "; Secure";
    return cookie;
}

std::string expired_staff_cookie(const Request& request) {
    std::string cookie = std::string(cookie_name(request)) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    if (request.over_https) cookie += "; Secure";
    return cookie;
}

std::optional<Response> check_access(const Site& site, Permission permission, Request& request) {
    if (permission == Permission::public_access) return std::nullopt;
    if (site.staff == nullptr) return json_error(404, "not_found", "There is nothing at this address.");
    if (permission == Permission::deny) return refuse(site, request, 403, "forbidden", "You are not allowed to do this.");

    const std::string bearer = bearer_token(request);
    const bool by_cookie = bearer.empty();
    const std::string token = by_cookie ? staff_cookie_token(request) : bearer;
    auto session = site.staff->sessions.find(token, site.clock.now(), request.touches_session);
    if (!session)
        return refuse(site, request, 401, "unauthorized", "Sign in first. Sessions end after 30 minutes without use.");
    // The account may have been disabled or its roles changed since sign-in
    // (from the command line, in another process): then the session ends.
    // The same for a password or code app reset since (the credential stamp).
    auto current = site.staff->accounts.active_account(session->identity.id);
    if (!current) return refuse(site, request, 503, "unavailable", "Please try again in a moment.");
    if (!current->has_value() || (*current)->identity.roles != session->identity.roles ||
        (*current)->credential_stamp != session->credential_stamp) {
        site.staff->sessions.close(token);
        return refuse(site, request, 401, "unauthorized", "Sign in first. Sessions end after 30 minutes without use.");
    }

    if (!domain::roles_grant(session->identity.roles, permission)) {
        (void)site.staff->audit_log.record(domain::AuditAction::access_denied, session->identity.id);
        return refuse(site, request, 403, "forbidden", "Your role does not allow this.");
    }
    if (session->password_change_required && permission != Permission::staff_self)
        return refuse(site, request, 403, "password_change_required", "Choose a new password first.");
    // A cookie is sent by the browser on its own, so a change made with it must
    // also carry the token only our own pages know. A bearer token is not ambient.
    if (by_cookie && changes_state(request.method)) {
        const std::string sent =
            request.csrf_header.empty() ? form_value(request.form, "csrf") : request.csrf_header;
        if (!same_token(sent, session->csrf_token))
            return refuse(site, request, 403, "csrf",
                          "This form has expired. Go back, reload the page and try again.");
    }
    request.staff = std::move(session);
    return std::nullopt;
}

}  // namespace meldpunt::web
