// The chat sentence (web/chat_availability) at fixed moments, in both
// languages, and the home page that carries it: kept while the sentence holds,
// made again when it no longer does or the calendar changes.
#include "web/chat_availability.hpp"
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;
using namespace std::chrono;

TimePoint at(std::string_view text) {
    TimePoint result;
    EXPECT_TRUE(parse_iso8601(text, result)) << text;
    return result;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

class ChatSentence : public test_support::StaffSiteTest {
  protected:
    std::string dutch(std::string_view time) { return chat_availability(*m_site, Language::nl, at(time)).sentence; }
    std::string english(std::string_view time) { return chat_availability(*m_site, Language::en, at(time)).sentence; }
    TimePoint valid_until(std::string_view time) {
        return chat_availability(*m_site, Language::nl, at(time)).valid_until;
    }

    std::string home(const std::string& path = "/") {
        Request request;
        request.path = path;
        const Response response = dispatch(request);
        EXPECT_EQ(response.status, 200);
        return response.body;
    }
};

TEST_F(ChatSentence, OpenUntilTheEndOfTheWindow) {
    EXPECT_EQ(dutch("2026-04-28T10:00:00+02:00"), "De chat is nu open, tot 17:00.");
    EXPECT_EQ(english("2026-04-28T10:00:00+02:00"), "The chat is open now, until 17:00.");
    EXPECT_TRUE(chat_availability(*m_site, Language::nl, at("2026-04-28T10:00:00+02:00")).open);
}

TEST_F(ChatSentence, ClosedWithTheHolidayAndTheNextOpening) {
    EXPECT_EQ(dutch("2026-04-27T10:00:00+02:00"),
              "De chat is nu gesloten (Koningsdag). Hij gaat weer open op dinsdag 28 april om 9:00.");
    EXPECT_EQ(english("2026-04-27T10:00:00+02:00"),
              "The chat is closed now (King's Day). It opens again on Tuesday 28 April at 9:00.");
    // A weekend or an evening needs no reason.
    EXPECT_EQ(dutch("2026-04-25T10:00:00+02:00"),
              "De chat is nu gesloten. Hij gaat weer open op dinsdag 28 april om 9:00.");
    EXPECT_EQ(dutch("2026-12-31T18:00:00+01:00"),
              "De chat is nu gesloten. Hij gaat weer open op maandag 4 januari om 9:00.");
}

TEST_F(ChatSentence, ClosuresWindowsUntilMidnightAndNoHoursAtAll) {
    WeeklyHours week;
    week.windows = {{Tuesday, hours{20}, hours{24}}};
    ASSERT_TRUE(m_office_hours->save_weekly_hours(week).ok());
    EXPECT_EQ(dutch("2026-04-28T21:00:00+02:00"), "De chat is nu open, tot 24:00.");
    ASSERT_TRUE(m_office_hours->add_closure({Date{year{2026} / 5 / 5}, "Teamuitje"}).ok());
    EXPECT_EQ(dutch("2026-05-05T21:00:00+02:00"),
              "De chat is nu gesloten (Teamuitje). Hij gaat weer open op dinsdag 12 mei om 20:00.");
    ASSERT_TRUE(m_office_hours->save_weekly_hours({}).ok());
    EXPECT_EQ(english("2026-04-28T21:00:00+02:00"),
              "The chat is closed now. No chat hours are planned. You can always call us.");
}

TEST_F(ChatSentence, HoldsUntilTheNextChangeAndAtMostAMinute) {
    EXPECT_EQ(valid_until("2026-04-28T16:59:30+02:00"), at("2026-04-28T17:00:00+02:00"));
    EXPECT_EQ(valid_until("2026-04-28T10:00:00+02:00"), at("2026-04-28T10:01:00+02:00"));
    EXPECT_EQ(valid_until("2026-04-28T08:59:45+02:00"), at("2026-04-28T09:00:00+02:00"));
    EXPECT_EQ(valid_until("2026-04-26T23:59:30+02:00"), at("2026-04-27T00:00:00+02:00"));  // King's Day begins
}

TEST_F(ChatSentence, TheHomePageCarriesItAndFollowsTheClockAndTheCalendar) {
    m_clock.set(at("2026-04-28T16:59:30+02:00"));
    std::string page = home();
    EXPECT_TRUE(contains(page, "<p id=\"chat-availability\">De chat is nu open, tot 17:00.</p>"));
    EXPECT_TRUE(contains(page, "href=\"/chat\""));
    EXPECT_TRUE(contains(home("/en/"), "The chat is open now, until 17:00."));
    EXPECT_TRUE(contains(home("/en/"), "href=\"/en/chat\""));
    EXPECT_EQ(home("/en"), home("/en/"));

    m_clock.set(at("2026-04-28T16:59:59+02:00"));
    EXPECT_EQ(home(), page) << "kept while it holds";
    m_clock.set(at("2026-04-28T08:00:00+02:00"));  // the clock set back
    EXPECT_TRUE(contains(home(), "Hij gaat weer open op dinsdag 28 april om 9:00."));
    m_clock.set(at("2026-04-28T16:59:59+02:00"));
    EXPECT_TRUE(contains(home(), "De chat is nu open, tot 17:00."));
    m_clock.set(at("2026-04-28T17:00:00+02:00"));
    page = home();
    EXPECT_TRUE(contains(page, "De chat is nu gesloten. Hij gaat weer open op woensdag 29 april om 9:00."));

    // A change through the calendar shows at once; one made in the store by
    // someone else within a minute.
    ASSERT_TRUE(m_office_hours->add_closure({Date{year{2026} / 4 / 29}, "Studiedag"}).ok());
    EXPECT_TRUE(contains(home(), "op donderdag 30 april om 9:00."));
    ASSERT_TRUE(m_chat_settings.add_closure({Date{year{2026} / 4 / 30}, "Teamdag"}).ok());
    EXPECT_TRUE(contains(home(), "op donderdag 30 april om 9:00."));
    m_clock.advance(seconds{60});
    EXPECT_TRUE(contains(home(), "op vrijdag 1 mei om 9:00."));
}

}  // namespace
}  // namespace meldpunt::web
