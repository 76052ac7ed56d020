// Signing in and out of the back-office, the first use of an account (set up
// the code app, choose a password) and changing the password, in both
// languages. Every failed sign-in answers with one plain message, whatever was
// wrong, so the page never tells which usernames exist.
#include "security/qr_svg.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "web/staff_access.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kNotRight = "The username, password or code is not right.";
constexpr std::string_view kLocked =
    "Too many failed attempts. Wait a few minutes and try again, or ask a coordinator.";
constexpr std::string_view kTooManyFromHere = "Too many sign-in attempts from your connection. Wait a few minutes.";
constexpr std::string_view kNotNow = "Signing in is not possible just now. Try again in a minute.";
constexpr std::string_view kFull = "Too many people are signed in. Try again later.";
constexpr std::string_view kNotTheSame = "The two new passwords are not the same. Type them again.";

// What a form shows when the accounts service says no: the status and one message.
struct Problem {
    int status = 400;
    Error error;
};

// Turns what the accounts service said into a message for the form. Wrong
// credentials all read the same; `field` is where the summary links to.
Problem problem_of(const Error& error, std::string_view field) {
    switch (error.code) {
        case ErrorCode::invalid_input:
            // Only the new password is checked for content (too short, ...).
            if (error.field == "new_password") return {400, error};
            return {400, Error::invalid(std::string(field), std::string(kNotRight))};
        case ErrorCode::unauthorized:
        case ErrorCode::not_found:
            return {400, Error::invalid(std::string(field), std::string(kNotRight))};
        case ErrorCode::rate_limited:
            return {429, Error::invalid(std::string(field), std::string(kLocked))};
        case ErrorCode::conflict:
        case ErrorCode::forbidden:
            return {409, Error::invalid(std::string(field), error.message)};
        default:
            return {503, Error::invalid("", std::string(kNotNow))};
    }
}

Response with_cookie(Response response, std::string cookie) {
    response.headers.emplace_back("Set-Cookie", std::move(cookie));
    return response;
}

// Opens a session for a successful sign-in and sends the browser on.
std::optional<Response> open_session(Site& site, const Request& request, security::SignIn signed_in,
                                     const std::string& location) {
    security::StaffSession session{std::move(signed_in.identity), std::move(signed_in.service_key), {},
                                   signed_in.password_change_required, std::move(signed_in.credential_stamp)};
    auto token = site.staff->sessions.open(std::move(session), site.clock.now());
    if (!token) return std::nullopt;
    return with_cookie(see_other(location), staff_cookie(*token, request));
}

// --- sign in -----------------------------------------------------------------

Response login_form(Site& site, const Request& request, int status, const std::vector<Error>& errors) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_login");
    values.SetValue("ACTION_URL", staff_path(language, "/login"));
    values.SetValue("ENROL_URL", staff_path(language, "/enrol"));
    values.SetValue("NEXT", safe_next(request, language));
    values.SetValue("USERNAME", form_value(request.form, "username"));
    if (errors.empty()) values.ShowSection("NO_ERRORS");
    add_errors(site, language, values, errors);
    return staff_page(site, request, status, StaffSection::none, site.tr(language, "Sign in"), "staff_login.tpl",
                      values);
}

Response login(Site& site, const Request& request) {
    const Language language = staff_language(request);
    if (!site.staff_login_limiter.allow(request.client_address, site.clock.now()))
        return login_form(site, request, 429, {Error::invalid("username", std::string(kTooManyFromHere))});
    auto signed_in = site.staff->accounts.sign_in(
        form_value(request.form, "username"), form_value(request.form, "password"), form_value(request.form, "totp"));
    if (!signed_in) {
        const Problem problem = problem_of(signed_in.error(), "username");
        return login_form(site, request, problem.status, {problem.error});
    }
    // A one-time password (after a reset) opens only the password page.
    std::string location =
        signed_in->password_change_required ? staff_path(language, "/password") : safe_next(request, language);
    if (location == staff_path(language)) location = staff_home(signed_in->identity.roles, language);
    auto answer = open_session(site, request, std::move(*signed_in), location);
    if (!answer) return login_form(site, request, 503, {Error::invalid("", std::string(kFull))});
    return std::move(*answer);
}

// --- first use ---------------------------------------------------------------

// Step 1 asks the username and the one-time password; step 2 shows the code
// app's secret and asks a code and a new password. The one-time password goes
// along in a hidden field for that one round: it is worthless once changed.
Response enrol_form(Site& site, const Request& request, int status, const std::vector<Error>& errors,
                    const security::EnrolmentStart* started) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_enrol");
    values.SetValue("ACTION_URL", staff_path(language, "/enrol"));
    values.SetValue("LOGIN_URL", staff_path(language, "/login"));
    values.SetValue("USERNAME", form_value(request.form, "username"));
    if (errors.empty()) values.ShowSection("NO_ERRORS");
    add_errors(site, language, values, errors);
    if (started == nullptr) {
        values.ShowSection("STEP_ONE");
    } else {
        values.ShowSection("STEP_TWO");
        values.SetValue("PASSWORD", form_value(request.form, "password"));
        // Groups of four are easier to type over from the screen.
        std::string grouped;
        for (std::size_t i = 0; i < started->totp_secret_base32.size(); ++i) {
            if (i > 0 && i % 4 == 0) grouped += ' ';
            grouped += started->totp_secret_base32[i];
        }
        values.SetValue("SECRET", grouped);
        auto qr = security::qr_svg(started->otpauth_uri, site.tr(language, "QR code for your code app"));
        if (qr) values.SetValue("QR_SVG", *qr);  // our own SVG, made from the URI: shown unescaped
    }
    return staff_page(site, request, status, StaffSection::none, site.tr(language, "Set up your account"),
                      "staff_enrol.tpl", values);
}

Response enrol(Site& site, const Request& request) {
    const Language language = staff_language(request);
    auto& accounts = site.staff->accounts;
    const std::string username = form_value(request.form, "username");
    const std::string password = form_value(request.form, "password");
    const bool finishing = form_value(request.form, "step") == "finish";
    if (!site.staff_login_limiter.allow(request.client_address, site.clock.now()))
        return enrol_form(site, request, 429, {Error::invalid("username", std::string(kTooManyFromHere))}, nullptr);

    auto started = accounts.start_enrolment(username, password);
    if (!started) {
        const Problem problem = problem_of(started.error(), "username");
        return enrol_form(site, request, problem.status, {problem.error}, nullptr);
    }
    if (!finishing) return enrol_form(site, request, 200, {}, &*started);

    const std::string new_password = form_value(request.form, "new_password");
    if (new_password != form_value(request.form, "new_password_repeat"))
        return enrol_form(site, request, 400, {Error::invalid("new_password_repeat", std::string(kNotTheSame))},
                          &*started);
    auto signed_in = accounts.change_password(username, password, new_password, form_value(request.form, "totp"));
    if (!signed_in) {
        Problem problem = problem_of(signed_in.error(), "totp");
        if (problem.status == 429 || problem.status == 503)
            return enrol_form(site, request, problem.status, {problem.error}, nullptr);
        if (signed_in.error().code == ErrorCode::unauthorized)
            problem.error.message = "The code is not right. Wait for a new code in your app and type it in.";
        return enrol_form(site, request, problem.status, {problem.error}, &*started);
    }
    const std::string home = staff_home(signed_in->identity.roles, language);
    auto answer = open_session(site, request, std::move(*signed_in), home);
    if (!answer) return enrol_form(site, request, 503, {Error::invalid("", std::string(kFull))}, nullptr);
    return std::move(*answer);
}

// --- own password and sign-out --------------------------------------------------

Response password_form(Site& site, const Request& request, int status, const std::vector<Error>& errors) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_password");
    values.SetValue("ACTION_URL", staff_path(language, "/password"));
    values.SetValue("LOGOUT_EVERYWHERE_URL", staff_path(language, "/logout-everywhere"));
    if (request.staff->password_change_required) values.ShowSection("MUST_CHANGE");
    if (errors.empty()) values.ShowSection("NO_ERRORS");
    add_errors(site, language, values, errors);
    return staff_page(site, request, status, StaffSection::account, site.tr(language, "My password"),
                      "staff_password.tpl", values);
}

Response change_password(Site& site, const Request& request) {
    const Language language = staff_language(request);
    if (!site.staff_login_limiter.allow(request.client_address, site.clock.now()))
        return password_form(site, request, 429, {Error::invalid("password", std::string(kTooManyFromHere))});
    const std::string new_password = form_value(request.form, "new_password");
    if (new_password != form_value(request.form, "new_password_repeat"))
        return password_form(site, request, 400, {Error::invalid("new_password_repeat", std::string(kNotTheSame))});
    auto signed_in =
        site.staff->accounts.change_password(request.staff->identity.username, form_value(request.form, "password"),
                                             new_password, form_value(request.form, "totp"));
    if (!signed_in) {
        Problem problem = problem_of(signed_in.error(), "password");
        if (problem.error.message == kNotRight)
            problem.error.message = "Your current password or the code is not right.";
        return password_form(site, request, problem.status, {problem.error});
    }
    // Every session of this person ends, this one too: someone who knew the
    // old password must not stay signed in. Then a fresh one for this browser.
    site.staff->sessions.close_all_of(signed_in->identity.id);
    const std::string home = staff_home(signed_in->identity.roles, language);
    auto answer = open_session(site, request, std::move(*signed_in), home);
    if (!answer) return with_cookie(see_other(staff_path(language, "/login")), expired_staff_cookie(request));
    return std::move(*answer);
}

Response logout(Site& site, const Request& request) {
    site.staff->sessions.close(staff_cookie_token(request));
    (void)site.staff->audit_log.record(AuditAction::logout, request.staff->identity.id);
    return with_cookie(see_other(staff_path(staff_language(request), "/login")), expired_staff_cookie(request));
}

Response logout_everywhere(Site& site, const Request& request) {
    site.staff->sessions.close_all_of(request.staff->identity.id);
    (void)site.staff->audit_log.record(AuditAction::logout_everywhere, request.staff->identity.id);
    return with_cookie(see_other(staff_path(staff_language(request), "/login")), expired_staff_cookie(request));
}

}  // namespace

void add_staff_auth_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        const auto add = [&](Method method, std::string_view suffix, Permission permission,
                             Response (*handler)(Site&, const Request&)) {
            routes.push_back({method, staff_path(language, suffix), permission,
                              [&site, handler](const Request& request) { return handler(site, request); }});
        };
        add(Method::get, "/login", Permission::public_access,
            [](Site& s, const Request& r) { return login_form(s, r, 200, {}); });
        add(Method::post, "/login", Permission::public_access, login);
        add(Method::get, "/enrol", Permission::public_access,
            [](Site& s, const Request& r) { return enrol_form(s, r, 200, {}, nullptr); });
        add(Method::post, "/enrol", Permission::public_access, enrol);
        add(Method::get, "/password", Permission::staff_self,
            [](Site& s, const Request& r) { return password_form(s, r, 200, {}); });
        add(Method::post, "/password", Permission::staff_self, change_password);
        add(Method::post, "/logout", Permission::staff_self, logout);
        add(Method::post, "/logout-everywhere", Permission::staff_self, logout_everywhere);
    }
}

}  // namespace meldpunt::web
