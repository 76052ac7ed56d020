// The office-hours page through the real access check and handlers: the week
// as stored, saving it (and every problem at once, with what was typed),
// closures added and removed, and the public side following at once.
#include "web/staff_office_hours_form.hpp"
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;
using namespace std::chrono;
using test_support::header;

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

class OfficeHoursPage : public test_support::StaffSiteTest {
  protected:
    void SetUp() override {
        StaffSiteTest::SetUp();
        m_admin = session_for("beheer", RoleSet{Role::admin});
        set_time("2026-04-28T10:00:00+02:00");  // a Tuesday, open
    }

    void set_time(std::string_view text) {
        TimePoint at;
        ASSERT_TRUE(parse_iso8601(text, at)) << text;
        m_clock.set(at);
    }

    Response call(Method method, const std::string& target, FormFields form = {}) {
        return dispatch(request_for(method, target, m_admin, std::move(form)));
    }

    Response public_get(const std::string& path) {
        Request request;
        request.path = path;
        return dispatch(request);
    }

    // The week as the page posts it when nothing is changed but `changes`.
    FormFields week_form(const FormFields& changes) {
        FormFields form = {{"liberation_day", "lustrum_years"}};
        for (std::size_t d = 0; d < 5; ++d) {
            form.emplace_back(form_name(d, 0, "from"), "09:00");
            form.emplace_back(form_name(d, 0, "to"), "17:00");
        }
        for (const auto& [name, value] : changes) {
            std::erase_if(form, [&](const auto& field) { return field.first == name; });
            form.emplace_back(name, value);
        }
        return form;
    }

    std::string m_admin;
};

TEST(OfficeHoursForm, ClockTimesAsPeopleWriteThem) {
    EXPECT_EQ(parse_clock_time("09:00"), minutes{540});
    EXPECT_EQ(parse_clock_time("9:30"), minutes{570});
    EXPECT_EQ(parse_clock_time(" 17.15 "), minutes{1035});
    EXPECT_EQ(parse_clock_time("24:00"), minutes{1440});
    for (const char* bad : {"", "9", "900", "24:01", "25:00", "12:60", "ab:cd", "-1:00", "12:5", "123:00"})
        EXPECT_FALSE(parse_clock_time(bad).has_value()) << bad;
    EXPECT_EQ(format_clock_time(minutes{540}), "09:00");
    EXPECT_EQ(format_clock_time(minutes{1440}), "24:00");
    EXPECT_EQ(capitalised("maandag"), "Maandag");
}

TEST_F(OfficeHoursPage, ShowsTheStoredWeekAndWhatVisitorsSeeNow) {
    const Response dutch = call(Method::get, "/staff/chat/hours");
    ASSERT_EQ(dutch.status, 200) << dutch.body;
    EXPECT_TRUE(contains(dutch.body, "<th scope=\"row\">Maandag</th>"));
    EXPECT_TRUE(contains(dutch.body, "id=\"hours-monday-1\" name=\"monday_1_from\" value=\"09:00\""));
    EXPECT_TRUE(contains(dutch.body, "id=\"hours-friday-1-to\" name=\"friday_1_to\" value=\"17:00\""));
    EXPECT_TRUE(contains(dutch.body, "id=\"hours-saturday-1\" name=\"saturday_1_from\" value=\"\""));
    EXPECT_TRUE(contains(dutch.body, "value=\"lustrum_years\" checked"));
    EXPECT_TRUE(contains(dutch.body, "De chat is nu open, tot 17:00."));
    EXPECT_TRUE(contains(dutch.body, "name=\"csrf\""));
    EXPECT_TRUE(contains(dutch.body, "href=\"/staff/chat/hours\" aria-current=\"page\""));

    const Response english = call(Method::get, "/en/staff/chat/hours");
    ASSERT_EQ(english.status, 200);
    EXPECT_TRUE(contains(english.body, "<th scope=\"row\">Monday</th>"));
    EXPECT_TRUE(contains(english.body, "The chat is open now, until 17:00."));
}

TEST_F(OfficeHoursPage, SavingTheWeekTakesEffectAtOnceAndIsAudited) {
    const Response saved = call(Method::post, "/staff/chat/hours",
                                week_form({{"monday_1_to", "12:00"},
                                           {"monday_2_from", "13:00"},
                                           {"monday_2_to", "17:00"},
                                           {"tuesday_1_from", ""},
                                           {"tuesday_1_to", ""},
                                           {"saturday_1_from", "10.00"},
                                           {"saturday_1_to", "24:00"},
                                           {"liberation_day", "every_year"},
                                           {"good_friday", "yes"}}));
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(header(saved, "Location"), "/staff/chat/hours?saved=hours");
    const auto settings = m_office_hours->current();
    EXPECT_EQ(settings->windows.size(), 6u);
    EXPECT_EQ(settings->liberation_day, LiberationDay::every_year);
    EXPECT_TRUE(settings->closed_on_good_friday);
    EXPECT_EQ(audit_actions().back(), AuditAction::chat_hours_changed);

    // Tuesday has no windows now: the public side says so at once.
    EXPECT_TRUE(
        contains(public_get("/").body, "De chat is nu gesloten. Hij gaat weer open op woensdag 29 april om 9:00."));
    const Response page = call(Method::get, "/staff/chat/hours?saved=hours");
    EXPECT_TRUE(contains(page.body, "De openingstijden zijn opgeslagen."));
    EXPECT_TRUE(contains(page.body, "name=\"saturday_1_to\" value=\"24:00\""));
    EXPECT_TRUE(contains(page.body, "value=\"every_year\" checked"));
    EXPECT_TRUE(contains(page.body, "name=\"good_friday\" value=\"yes\" checked"));
}

TEST_F(OfficeHoursPage, EveryProblemAtOnceWithWhatWasTyped) {
    const auto audited = audit_actions().size();
    const Response refused = call(Method::post, "/en/staff/chat/hours",
                                  week_form({{"monday_2_from", "11:00"},
                                             {"monday_2_to", "13:00"},
                                             {"tuesday_1_from", "25:00"},
                                             {"wednesday_1_to", ""},
                                             {"thursday_1_from", "18:00"},
                                             {"liberation_day", "sometimes"}}));
    ASSERT_EQ(refused.status, 400);
    for (const char* message :
         {"This window overlaps another window on the same day.", "Write a time as HH:MM, for example 09:00.",
          "Give both a start and an end time.", "A window must start before it ends, between 00:00 and 24:00.",
          "Choose a value from the list."})
        EXPECT_TRUE(contains(refused.body, message)) << message;
    EXPECT_TRUE(contains(refused.body, "href=\"#hours-monday-2\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#hours-tuesday-1\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#liberation-day\""));
    EXPECT_TRUE(contains(refused.body, "name=\"tuesday_1_from\" value=\"25:00\""));
    EXPECT_TRUE(contains(refused.body, "id=\"hours-monday-2-error\""));
    EXPECT_TRUE(contains(refused.body, "aria-describedby=\"hours-monday-2-error\""));
    // The language switch leads to the page, not to the POST-only address.
    EXPECT_TRUE(contains(refused.body, "href=\"/staff/chat/hours\" lang=\"nl\""));
    EXPECT_EQ(m_office_hours->current()->windows.size(), 5u);
    EXPECT_EQ(audit_actions().size(), audited);
}

TEST_F(OfficeHoursPage, AClosureTodayClosesTheChatEverywhereAtOnce) {
    const Response added =
        call(Method::post, "/staff/chat/hours/closures", {{"date", "2026-04-28"}, {"label", " Studiedag "}});
    ASSERT_EQ(added.status, 303) << added.body;
    EXPECT_EQ(header(added, "Location"), "/staff/chat/hours?saved=closure");
    EXPECT_EQ(audit_actions().back(), AuditAction::chat_closure_added);

    EXPECT_TRUE(contains(public_get("/api/v1/chat/status").body, "\"open\":false"));
    EXPECT_TRUE(contains(public_get("/").body,
                         "De chat is nu gesloten (Studiedag). Hij gaat weer open op woensdag 29 april om 9:00."));
    EXPECT_TRUE(contains(public_get("/en/").body,
                         "The chat is closed now (Studiedag). It opens again on Wednesday 29 April at 9:00."));

    const Response page = call(Method::get, "/staff/chat/hours");
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">dinsdag 28 april 2026</th><td>Studiedag</td>"));
    EXPECT_TRUE(contains(page.body, "action=\"/staff/chat/hours/closures/2026-04-28/remove\""));

    const Response removed = call(Method::post, "/staff/chat/hours/closures/2026-04-28/remove");
    ASSERT_EQ(removed.status, 303);
    EXPECT_EQ(audit_actions().back(), AuditAction::chat_closure_removed);
    EXPECT_TRUE(contains(public_get("/api/v1/chat/status").body, "\"open\":true"));
    const Response again = call(Method::post, "/staff/chat/hours/closures/2026-04-28/remove");
    EXPECT_EQ(again.status, 404);
    EXPECT_TRUE(contains(again.body, "Deze sluitingsdag was al verwijderd."));
    EXPECT_EQ(call(Method::post, "/staff/chat/hours/closures/28-04-2026/remove").status, 404);
}

TEST_F(OfficeHoursPage, ABadClosureComesBackWithWhatWasTyped) {
    ASSERT_EQ(call(Method::post, "/staff/chat/hours/closures", {{"date", "2026-06-01"}, {"label", "Teamdag"}}).status,
              303);
    const Response taken =
        call(Method::post, "/staff/chat/hours/closures", {{"date", "2026-06-01"}, {"label", "Nog een dag"}});
    EXPECT_EQ(taken.status, 400);
    EXPECT_TRUE(contains(taken.body, "Op deze datum is er al een sluitingsdag."));
    EXPECT_TRUE(contains(taken.body, "href=\"#closure-date\""));
    EXPECT_TRUE(contains(taken.body, "name=\"label\" value=\"Nog een dag\""));

    const Response bad =
        call(Method::post, "/staff/chat/hours/closures", {{"date", "2026-02-30"}, {"label", std::string(101, 'x')}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(contains(bad.body, "Geef een datum die bestaat, bijvoorbeeld 2026-12-24."));
    EXPECT_TRUE(contains(bad.body, "Houd de reden op 100 tekens of minder."));
    EXPECT_TRUE(contains(bad.body, "name=\"date\" value=\"2026-02-30\""));

    const Response empty = call(Method::post, "/staff/chat/hours/closures", {{"date", ""}, {"label", ""}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Geef de datum van de sluitingsdag."));
    EXPECT_TRUE(contains(empty.body, "href=\"#closure-label\""));
    EXPECT_EQ(m_office_hours->current()->closures.size(), 1u);
}

TEST_F(OfficeHoursPage, OnlyAdministratorsSeeItInTheirMenu) {
    EXPECT_TRUE(contains(call(Method::get, "/staff/chat/hours").body, ">Openingstijden chat</a>"));
    const std::string coordinator = session_for("coord", RoleSet{Role::coordinator});
    const Response queue = dispatch(request_for(Method::get, "/staff", coordinator, {}));
    EXPECT_FALSE(contains(queue.body, "/staff/chat/hours"));
    EXPECT_TRUE(contains(queue.body, "href=\"/staff/chat/answers\""));
    EXPECT_EQ(dispatch(request_for(Method::get, "/staff/chat/hours", coordinator, {})).status, 403);
}

}  // namespace
}  // namespace meldpunt::web
