// The staff pages through the real access check and handlers, on in-memory
// stores: signing in (and the one message for every wrong answer), first use,
// registering a call, the queue, the audit log and giving case access.
#include "web/staff_pages.hpp"

#include "security/totp.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;

constexpr const char* kPassword = "seven purple elephants dance";

std::string form_token_of(const std::string& body) {
    const std::string marker = "name=\"form_token\" value=\"";
    const auto start = body.find(marker) + marker.size();
    return body.substr(start, body.find('"', start) - start);
}

using test_support::header;

class StaffPages : public test_support::StaffSiteTest {
  protected:
    // An account with its own password and a code app that proved itself.
    security::NewAccount make_account(const std::string& name, RoleSet roles, bool case_access = true) {
        auto created = m_accounts->create(name, roles, std::string(kPassword), case_access ? &m_service_key : nullptr);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
        return *created;
    }

    std::string code_for(const security::NewAccount& account) {
        m_clock.advance(std::chrono::seconds(30));  // each code works once
        return security::totp_code(*security::base32_decode(account.totp_secret_base32),
                                   security::totp_time_step(m_clock.now()));
    }

    Response call(Method method, const std::string& target, FormFields form = {}, const std::string& token = "") {
        return dispatch(request_for(method, target, token, std::move(form)));
    }

    std::string sign_in(const security::NewAccount& account, const std::string& name) {
        const Response answer = call(Method::post, "/staff/login",
                                     {{"username", name}, {"password", kPassword}, {"totp", code_for(account)}});
        EXPECT_EQ(answer.status, 303) << answer.body;
        const std::string cookie = header(answer, "Set-Cookie");
        const auto start = cookie.find('=') + 1;
        return cookie.substr(start, cookie.find(';') - start);
    }
};

TEST(StaffPageHelpers, SafeNextFollowsOnlyOurOwnStaffPages) {
    const auto next = [](std::string value) {
        Request request;
        request.path = "/staff/login";
        request.query["next"] = std::move(value);
        return safe_next(request, Language::nl);
    };
    EXPECT_EQ(next("/staff/signals/5"), "/staff/signals/5");
    EXPECT_EQ(next("/en/staff"), "/en/staff");
    EXPECT_EQ(next("//evil.example"), "/staff");
    EXPECT_EQ(next("https://evil.example/staff"), "/staff");
    EXPECT_EQ(next("/staff//evil.example"), "/staff");
    EXPECT_EQ(next("/staff/\\evil.example"), "/staff");
    EXPECT_EQ(next("/staffevil"), "/staff");
    EXPECT_EQ(next(""), "/staff");
    EXPECT_EQ(next("/staff/x\r\nSet-Cookie: meldpunt_staff=planted"), "/staff");
    EXPECT_EQ(next("/staff/x\nLocation: //evil.example"), "/staff");
}

TEST(StaffPageHelpers, QueueCursorsGoBothWays) {
    SignalSummary last;
    last.id = 42;
    last.deadline = from_unix_millis(1'767'225'599'999);
    EXPECT_EQ(cursor_after(last), "1767225599999.42");
    const auto cursor = parse_cursor(cursor_after(last));
    ASSERT_TRUE(cursor);
    EXPECT_EQ(cursor->deadline_key, 1'767'225'599'999);
    EXPECT_EQ(cursor->id, 42);
    last.deadline.reset();
    EXPECT_EQ(parse_cursor(cursor_after(last))->deadline_key, INT64_MAX);
    EXPECT_FALSE(parse_cursor("12x.5"));
    EXPECT_FALSE(parse_cursor("12.0"));
    EXPECT_FALSE(parse_cursor("nonsense"));
    EXPECT_EQ(url_encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    EXPECT_EQ(element_id("reporter.new_password"), "reporter-new-password");
}

TEST_F(StaffPages, SigningInKeepsTheUsernameNeverThePasswordAndSaysOneThing) {
    const auto account = make_account("coord", RoleSet{Role::coordinator});
    const Response form = call(Method::get, "/staff/login?next=/staff/phone");
    EXPECT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("name=\"totp\""), std::string::npos);
    EXPECT_NE(form.body.find("value=\"/staff/phone\""), std::string::npos);

    const Response wrong = call(Method::post, "/staff/login",
                                {{"username", "coord"}, {"password", "not the password at all"}, {"totp", "123456"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_NE(wrong.body.find("value=\"coord\""), std::string::npos);
    EXPECT_EQ(wrong.body.find("not the password at all"), std::string::npos);
    const Response nobody =
        call(Method::post, "/staff/login", {{"username", "nobody"}, {"password", kPassword}, {"totp", "123456"}});
    EXPECT_EQ(nobody.status, 400);
    const auto message = [](const std::string& body) { return body.substr(body.find("error-summary")); };
    EXPECT_EQ(message(wrong.body).substr(0, 300), message(nobody.body).substr(0, 300));

    const Response right =
        call(Method::post, "/staff/login",
             {{"username", "coord"}, {"password", kPassword}, {"totp", code_for(account)}, {"next", "//evil.example"}});
    EXPECT_EQ(right.status, 303);
    EXPECT_EQ(header(right, "Location"), "/staff");
    EXPECT_TRUE(header(right, "Set-Cookie").starts_with("meldpunt_staff="));
}

TEST_F(StaffPages, AResetPasswordOpensOnlyThePasswordPage) {
    const auto account = make_account("worker", RoleSet{Role::caseworker});
    const auto reset = m_accounts->reset_password("worker", nullptr).value();
    const Response answer =
        call(Method::post, "/en/staff/login",
             {{"username", "worker"}, {"password", reset.one_time_password}, {"totp", code_for(account)}});
    ASSERT_EQ(answer.status, 303);
    EXPECT_EQ(header(answer, "Location"), "/en/staff/password");
    const std::string cookie = header(answer, "Set-Cookie");
    const std::string token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    EXPECT_EQ(call(Method::get, "/en/staff", {}, token).status, 403);
    EXPECT_EQ(call(Method::get, "/en/staff/password", {}, token).status, 200);

    const Response mismatch = call(Method::post, "/en/staff/password",
                                   {{"password", reset.one_time_password},
                                    {"new_password", "a brand new passphrase"},
                                    {"new_password_repeat", "another one"},
                                    {"totp", code_for(account)}},
                                   token);
    EXPECT_EQ(mismatch.status, 400);
    EXPECT_NE(mismatch.body.find("href=\"#new-password-repeat\""), std::string::npos);
    const Response changed = call(Method::post, "/en/staff/password",
                                  {{"password", reset.one_time_password},
                                   {"new_password", "a brand new passphrase"},
                                   {"new_password_repeat", "a brand new passphrase"},
                                   {"totp", code_for(account)}},
                                  token);
    ASSERT_EQ(changed.status, 303) << changed.body;
    EXPECT_EQ(m_sessions.find(token, m_clock.now()), nullptr);  // the old session is closed
    EXPECT_FALSE(header(changed, "Set-Cookie").empty());
}

TEST_F(StaffPages, FirstUseShowsTheQrCodeThenSetsThePassword) {
    auto created = m_accounts->create("newbie", RoleSet{Role::intake}, std::nullopt, &m_service_key).value();
    const Response step_one =
        call(Method::post, "/staff/enrol",
             {{"step", "start"}, {"username", "newbie"}, {"password", created.one_time_password}});
    ASSERT_EQ(step_one.status, 200) << step_one.body;
    EXPECT_NE(step_one.body.find("<svg"), std::string::npos);
    EXPECT_NE(step_one.body.find("name=\"new_password_repeat\""), std::string::npos);

    FormFields finish = {{"step", "finish"},
                         {"username", "newbie"},
                         {"password", created.one_time_password},
                         {"new_password", "my very own passphrase"},
                         {"new_password_repeat", "my very own passphrase"},
                         {"totp", code_for(created)}};
    const Response done = call(Method::post, "/staff/enrol", finish);
    ASSERT_EQ(done.status, 303) << done.body;
    EXPECT_EQ(header(done, "Location"), "/staff");
    // The one-time password is spent: the same form again is refused.
    EXPECT_EQ(call(Method::post, "/staff/enrol", finish).status, 400);
}

TEST_F(StaffPages, ACallIsRegisteredOnceAndShowsUpInTheQueue) {
    const auto account = make_account("intake1", RoleSet{Role::intake});
    const std::string token = sign_in(account, "intake1");
    const Response form = call(Method::get, "/staff/phone", {}, token);
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("autofocus"), std::string::npos);
    const std::string form_token = form_token_of(form.body);

    const Response wrong = call(
        Method::post, "/staff/phone",
        {{"form_token", form_token}, {"channel", "phone"}, {"anonymity", "anonymous"}, {"postcode", "1315"}}, token);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_NE(wrong.body.find("href=\"#description\""), std::string::npos);
    EXPECT_NE(wrong.body.find("value=\"1315\""), std::string::npos);

    const std::string fresh = form_token_of(wrong.body);
    const FormFields good = {{"form_token", fresh},
                             {"kind", "report"},
                             {"description", "Caller saw workers sleeping in a barn."},
                             {"forms", "labour"},
                             {"role", "resident"},
                             {"anonymity", "anonymous"},
                             {"minors_involved", "unknown"},
                             {"postcode", "1315"},
                             {"channel", "phone"},
                             {"acute", "yes"}};
    const Response done = call(Method::post, "/staff/phone", good, token);
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_NE(done.body.find("id=\"receipt\""), std::string::npos);
    EXPECT_NE(done.body.find("/staff/signals/1"), std::string::npos);
    EXPECT_EQ(call(Method::post, "/staff/phone", good, token).status, 409);  // sent twice

    const Response queue = call(Method::get, "/staff", {}, token);
    ASSERT_EQ(queue.status, 200);
    EXPECT_NE(queue.body.find("href=\"/staff/signals/1\""), std::string::npos);
    EXPECT_NE(queue.body.find("badge-acute"), std::string::npos);
    EXPECT_NE(queue.body.find("<caption"), std::string::npos);
    EXPECT_EQ(call(Method::get, "/staff?status=bogus", {}, token).status, 400);
}

TEST_F(StaffPages, LookingAtTheAuditLogIsLoggedToo) {
    const auto account = make_account("auditor1", RoleSet{Role::auditor});
    const std::string token = sign_in(account, "auditor1");
    const Response page = call(Method::get, "/staff/audit?actor=auditor1", {}, token);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(audit_actions().back(), AuditAction::audit_viewed);
    EXPECT_NE(page.body.find("<th scope=\"row\">"), std::string::npos);
    EXPECT_EQ(call(Method::get, "/staff/audit?actor=ghost", {}, token).status, 400);
}

TEST_F(StaffPages, ACoordinatorGivesCaseAccess) {
    const auto coordinator = make_account("coord", RoleSet{Role::coordinator});
    make_account("newworker", RoleSet{Role::caseworker}, false);
    const std::string token = sign_in(coordinator, "coord");
    const Response page = call(Method::get, "/staff/case-access", {}, token);
    ASSERT_EQ(page.status, 200);
    const UserId id = m_users.find_account_by_name("newworker").value()->id;
    const std::string action = "/staff/case-access/" + std::to_string(id);
    EXPECT_NE(page.body.find(action), std::string::npos);
    const Response granted = call(Method::post, action, {}, token);
    ASSERT_EQ(granted.status, 303) << granted.body;
    EXPECT_TRUE(m_users.find_account(id).value()->service_key_grant.size() > 0);
    const Response after = call(Method::get, header(granted, "Location"), {}, token);
    EXPECT_NE(after.body.find("newworker"), std::string::npos);

    const Response logout = call(Method::post, "/staff/logout", {}, token);
    EXPECT_EQ(logout.status, 303);
    EXPECT_NE(header(logout, "Set-Cookie").find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(m_sessions.find(token, m_clock.now()), nullptr);
}

}  // namespace
}  // namespace meldpunt::web
