// Walks every route of the server with every role (and with nobody signed in)
// through the real access check, and compares with the table below. A new
// route fails this test until someone writes down who may use it.
#include <map>
#include <set>

#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;

// Who may pass the access check of each route. "public": everyone, signed in
// or not; "staff": every signed-in member of staff; otherwise the roles.
// Dutch and English pages share a line (the /en prefix is dropped).
const std::map<std::string, std::string>& expected_table() {
    static const std::map<std::string, std::string> table = {
        // The public site and API.
        {"GET /healthz", "public"},
        {"GET /static/site.css", "public"},
        {"GET /static/staff.css", "public"},
        {"GET /static/site.js", "public"},
        {"POST /api/v1/signals", "public"},
        {"POST /api/v1/mailbox/login", "public"},
        {"GET /api/v1/mailbox", "public"},
        {"POST /api/v1/mailbox/messages", "public"},
        {"GET /api/v1/chat/status", "public"},
        {"GET /static/chat.js", "public"},
        {"GET /static/staff_chat.js", "public"},
        {"GET /chat", "public"},
        {"POST /chat", "public"},
        {"POST /chat/gesprek", "public"},
        {"GET /chat/gesprek/{page}", "public"},
        {"POST /chat/stoppen", "public"},
        {"GET /chat/stoppen/{page}", "public"},
        {"GET /api/v1/chat/overview", "coordinator"},
        // Staff API.
        {"POST /api/v1/staff/login", "public"},
        {"POST /api/v1/staff/password", "public"},
        {"POST /api/v1/staff/logout", "staff"},
        {"POST /api/v1/staff/registrations", "intake coordinator"},
        {"GET /api/v1/signals", "intake caseworker coordinator"},
        {"GET /api/v1/signals/{id}", "intake caseworker coordinator"},
        {"PATCH /api/v1/signals/{id}", "intake caseworker coordinator"},
        {"POST /api/v1/signals/{id}/transitions", "intake caseworker coordinator"},
        {"POST /api/v1/signals/{id}/assignment", "coordinator"},
        {"POST /api/v1/signals/{id}/messages", "intake caseworker coordinator"},
        {"POST /api/v1/signals/{id}/log", "intake caseworker coordinator"},
        {"POST /api/v1/signals/{id}/referrals", "intake caseworker coordinator"},
        {"PATCH /api/v1/signals/{id}/referrals/{referral}", "intake caseworker coordinator"},
        {"POST /api/v1/signals/{id}/persons", "intake caseworker coordinator"},
        {"POST /api/v1/persons/{person}/link", "intake caseworker coordinator"},
        {"GET /api/v1/audit", "auditor"},
        {"GET /api/v1/staff/users", "admin"},
        {"POST /api/v1/staff/users/{id}/case-access", "coordinator"},
        {"GET /api/v1/stats/published", "coordinator analyst"},
        // Staff pages (Dutch; English under /en/staff shares the line).
        {"GET /staff/login", "public"},
        {"POST /staff/login", "public"},
        {"GET /staff/enrol", "public"},
        {"POST /staff/enrol", "public"},
        {"GET /staff/password", "staff"},
        {"POST /staff/password", "staff"},
        {"POST /staff/logout", "staff"},
        {"POST /staff/logout-everywhere", "staff"},
        {"GET /staff", "intake caseworker coordinator"},
        {"GET /staff/phone", "intake coordinator"},
        {"POST /staff/phone", "intake coordinator"},
        {"GET /staff/audit", "auditor"},
        {"GET /staff/users", "admin"},
        {"GET /staff/case-access", "coordinator"},
        {"POST /staff/case-access/{id}", "coordinator"},
        {"GET /staff/signals/{id}", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/edit", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/transition", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/messages", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/log", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/referrals", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/referrals/{referral}", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/persons", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/persons/{person}/link", "intake caseworker coordinator"},
        {"POST /staff/signals/{id}/assign", "coordinator"},
        {"GET /staff/chat", "intake coordinator"},
        {"POST /staff/chat/{number}/register", "intake coordinator"},
        {"GET /staff/chat/overview", "coordinator"},
        {"GET /staff/chat/hours", "admin"},
        {"POST /staff/chat/hours", "admin"},
        {"POST /staff/chat/hours/closures", "admin"},
        {"POST /staff/chat/hours/closures/{date}/remove", "admin"},
        {"GET /staff/chat/answers", "coordinator"},
        {"POST /staff/chat/answers", "coordinator"},
        {"POST /staff/chat/answers/{id}", "coordinator"},
        {"POST /staff/chat/answers/{id}/remove", "coordinator"},
        // Figures: the dashboard (every count) for coordinators; published tables also for analysts.
        {"GET /staff/figures", "coordinator"},
        {"GET /staff/figures/published", "coordinator analyst"},
        {"GET /staff/figures/published.csv", "coordinator analyst"},
        {"GET /staff/figures/published.xlsx", "coordinator analyst"},
        {"GET /staff/figures/report.pdf", "coordinator analyst"},
    };
    return table;
}

// Public pages of the site (info pages, forms, mailbox) are many; they are
// all public. Everything that is not under /staff or /api is one of them.
bool is_public_site_page(const std::string& method, const std::string& pattern) {
    (void)method;
    const std::string path = pattern.starts_with("/en/") ? pattern.substr(3) : pattern;
    return !path.starts_with("/staff") && !path.starts_with("/api/") && path != "/static/staff.css";
}

std::string method_text(Method method) {
    switch (method) {
        case Method::get: return "GET";
        case Method::head: return "HEAD";
        case Method::post: return "POST";
        case Method::patch: return "PATCH";
        case Method::put: return "PUT";
        case Method::del: return "DELETE";
        default: return "OTHER";
    }
}

class RoutePermissions : public test_support::StaffSiteTest {
  protected:
    void SetUp() override {
        StaffSiteTest::SetUp();
        for (Role role : all_roles()) m_tokens[role] = session_for(std::string(code_of(role)), RoleSet{role});
    }

    // Passes the access check? The CSRF token is not at issue here (bearer).
    bool allowed(const Route& route, const std::string& token) {
        Request request;
        request.method = route.method;
        request.path = route.pattern;
        if (!token.empty()) request.authorization = "Bearer " + token;
        return !check_access(*m_site, route.permission, request).has_value();
    }

    std::map<Role, std::string> m_tokens;
};

TEST_F(RoutePermissions, EveryRouteWithEveryRoleMatchesTheTable) {
    const auto routes = all_routes(*m_site);
    std::set<std::string> seen;
    int staff_routes = 0;
    for (const Route& route : routes) {
        const std::string method = method_text(route.method);
        const std::string pattern = route.pattern.starts_with("/en/") ? route.pattern.substr(3) : route.pattern;
        const std::string key = method + " " + pattern;
        std::string expected;
        if (const auto it = expected_table().find(key); it != expected_table().end()) {
            expected = it->second;
            seen.insert(key);
        } else if (is_public_site_page(method, route.pattern)) {
            expected = "public";
        } else {
            ADD_FAILURE() << key << " is not in the table: decide who may use it and add it.";
            continue;
        }
        if (expected != "public") ++staff_routes;
        EXPECT_EQ(allowed(route, ""), expected == "public") << key << " without signing in";
        for (Role role : all_roles()) {
            const bool should = expected == "public" || expected == "staff" ||
                                (" " + expected + " ").find(" " + std::string(code_of(role)) + " ") !=
                                    std::string::npos;
            EXPECT_EQ(allowed(route, m_tokens[role]), should) << key << " as " << code_of(role);
        }
    }
    for (const auto& [key, roles] : expected_table())
        EXPECT_TRUE(seen.contains(key)) << key << " is in the table but the server has no such route";
    EXPECT_GT(staff_routes, 20);
}

TEST_F(RoutePermissions, ARefusedRoleIsOnTheAuditTrail) {
    Route route{Method::get, "/api/v1/audit", Permission::audit_read, nullptr};
    EXPECT_FALSE(allowed(route, m_tokens[Role::caseworker]));
    EXPECT_EQ(audit_actions(), std::vector<AuditAction>{AuditAction::access_denied});
}

TEST_F(RoutePermissions, ACookieSessionNeedsTheCsrfTokenForChanges) {
    Request request;
    request.method = Method::post;
    request.path = "/api/v1/staff/logout";
    request.cookie = "other=1; meldpunt_staff=" + m_tokens[Role::intake];
    auto refused = check_access(*m_site, Permission::staff_self, request);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->status, 403);
    request.csrf_header = m_sessions.find(m_tokens[Role::intake], m_clock.now())->csrf_token;
    EXPECT_FALSE(check_access(*m_site, Permission::staff_self, request).has_value());
    request.method = Method::get;  // reading needs no token
    request.csrf_header.clear();
    EXPECT_FALSE(check_access(*m_site, Permission::staff_self, request).has_value());
}

TEST_F(RoutePermissions, TheSignInRedirectCannotCarryALineBreak) {
    Request request;
    request.method = Method::get;
    request.path = "/staff/signals/1\r\nSet-Cookie: meldpunt_staff=planted; Path=/staff";
    auto refused = check_access(*m_site, Permission::signals_read, request);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->status, 303);
    for (const auto& [name, value] : refused->headers) {
        EXPECT_EQ(value.find('\r'), std::string::npos) << name;
        EXPECT_EQ(value.find('\n'), std::string::npos) << name;
    }
}

TEST_F(RoutePermissions, OverHttpsTheCookieIsHostBoundAndSecure) {
    Request request;
    request.over_https = true;
    EXPECT_EQ(staff_cookie("T", request), "__Host-meldpunt_staff=T; Path=/; HttpOnly; SameSite=Strict; Secure");
    // A plain-named cookie (planted from elsewhere) is not taken over HTTPS.
    request.cookie = "meldpunt_staff=planted; __Host-meldpunt_staff=real";
    EXPECT_EQ(staff_cookie_token(request), "real");
    request.cookie = "meldpunt_staff=planted";
    EXPECT_EQ(staff_cookie_token(request), "");
    request.over_https = false;
    EXPECT_EQ(staff_cookie("T", request), "meldpunt_staff=T; Path=/; HttpOnly; SameSite=Strict");
}

TEST_F(RoutePermissions, ADisabledAccountLosesItsSessionAtTheNextRequest) {
    auto account = m_users.find_account_by_name("intake").value().value();
    account.disabled = true;
    ASSERT_TRUE(m_users.update_account(account));
    Route route{Method::get, "/api/v1/signals", Permission::signals_read, nullptr};
    EXPECT_FALSE(allowed(route, m_tokens[Role::intake]));
    EXPECT_EQ(m_sessions.find(m_tokens[Role::intake], m_clock.now()), nullptr);
}

}  // namespace
}  // namespace meldpunt::web
