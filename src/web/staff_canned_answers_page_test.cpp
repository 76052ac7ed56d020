// The canned-answers page through the real access check and handlers: listing
// per language, adding, changing and removing (each audited), and forms with
// problems that come back with what was typed.
#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;
using test_support::header;

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

class CannedAnswersPage : public test_support::StaffSiteTest {
  protected:
    void SetUp() override {
        StaffSiteTest::SetUp();
        m_coordinator = session_for("coord", RoleSet{Role::coordinator});
    }

    Response call(Method method, const std::string& target, FormFields form = {}) {
        return dispatch(request_for(method, target, m_coordinator, std::move(form)));
    }

    std::vector<CannedAnswer> stored() { return m_chat_settings.list_canned_answers().value(); }

    std::string m_coordinator;
};

TEST_F(CannedAnswersPage, AddedAnswersAreListedPerLanguageInOrder) {
    const Response empty = call(Method::get, "/staff/chat/answers");
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_TRUE(contains(empty.body, "Nog geen antwoorden."));
    EXPECT_TRUE(contains(empty.body, "id=\"new-language-nl\" name=\"language\" value=\"nl\" checked"));

    const Response added = call(Method::post, "/staff/chat/answers",
                                {{"language", "nl"},
                                 {"title", "Welkom"},
                                 {"body", "Hoi, fijn dat je er bent.\nWat is er?"},
                                 {"position", "2"}});
    ASSERT_EQ(added.status, 303) << added.body;
    EXPECT_EQ(header(added, "Location"), "/staff/chat/answers?saved=added#answer-1");
    ASSERT_EQ(call(Method::post, "/staff/chat/answers",
                   {{"language", "nl"}, {"title", "Eerst dit"}, {"body", "Ben je veilig?"}, {"position", "1"}})
                  .status,
              303);
    ASSERT_EQ(call(Method::post, "/en/staff/chat/answers",
                   {{"language", "en"}, {"title", "Welcome"}, {"body", "Hello, good that you are here."}})
                  .status,
              303);

    const Response page = call(Method::get, "/staff/chat/answers?saved=added");
    EXPECT_TRUE(contains(page.body, "Het antwoord is toegevoegd."));
    const auto first = page.body.find("Eerst dit");
    const auto second = page.body.find("<h3>Welkom</h3>");
    const auto english = page.body.find("<h3>Welcome</h3>");
    ASSERT_NE(first, std::string::npos);
    EXPECT_LT(first, second);
    EXPECT_LT(second, english) << "Dutch answers first";
    EXPECT_TRUE(contains(page.body, "Hoi, fijn dat je er bent.\nWat is er?"));
    EXPECT_TRUE(contains(call(Method::get, "/en/staff/chat/answers").body,
                         "id=\"new-language-en\" name=\"language\" value=\"en\" checked"));
    EXPECT_EQ(audit_actions(),
              (std::vector<AuditAction>{AuditAction::canned_answer_added, AuditAction::canned_answer_added,
                                        AuditAction::canned_answer_added}));
}

TEST_F(CannedAnswersPage, AFormWithProblemsComesBackAsTyped) {
    const Response refused =
        call(Method::post, "/staff/chat/answers",
             {{"language", "de"}, {"title", ""}, {"body", std::string(2001, 'a')}, {"position", "first"}});
    ASSERT_EQ(refused.status, 400);
    for (const char* message :
         {"Kies Nederlands of Engels.", "Schrijf hier iets.", "Houd het antwoord op 2.000 tekens of minder.",
          "Geef een plaats in de lijst van 1 tot en met 999, of laat het leeg."})
        EXPECT_TRUE(contains(refused.body, message)) << message;
    EXPECT_TRUE(contains(refused.body, "href=\"#new-title\""));
    EXPECT_TRUE(contains(refused.body, "id=\"new-body-error\""));
    EXPECT_TRUE(contains(refused.body, std::string(2001, 'a')));
    EXPECT_TRUE(contains(refused.body, "name=\"position\" value=\"first\""));
    EXPECT_TRUE(stored().empty());
    EXPECT_TRUE(audit_actions().empty());
}

TEST_F(CannedAnswersPage, ChangingKeepsThePlaceAndTheLanguage) {
    ASSERT_EQ(
        call(Method::post, "/staff/chat/answers", {{"language", "en"}, {"title", "Hi"}, {"body", "Hello."}}).status,
        303);
    const Response changed =
        call(Method::post, "/staff/chat/answers/1",
             {{"title", "Hello"}, {"body", "Hello, how are you?"}, {"position", ""}, {"language", "nl"}});
    ASSERT_EQ(changed.status, 303) << changed.body;
    EXPECT_EQ(header(changed, "Location"), "/staff/chat/answers?saved=changed#answer-1");
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored()[0].title, "Hello");
    EXPECT_EQ(stored()[0].language, "en");
    EXPECT_EQ(stored()[0].position, 1);

    const Response refused =
        call(Method::post, "/en/staff/chat/answers/1", {{"title", " "}, {"body", "Still here"}, {"position", "2"}});
    ASSERT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "<details open>"));
    EXPECT_TRUE(contains(refused.body, "href=\"#answer-1-title\""));
    EXPECT_TRUE(contains(refused.body, "id=\"answer-1-title-error\""));
    EXPECT_TRUE(contains(refused.body, ">Still here</textarea>"));
    EXPECT_TRUE(contains(refused.body, "href=\"/staff/chat/answers\" lang=\"nl\""));
    EXPECT_EQ(stored()[0].body, "Hello, how are you?");

    EXPECT_EQ(call(Method::post, "/staff/chat/answers/7", {{"title", "x"}, {"body", "y"}}).status, 404);
    EXPECT_EQ(audit_actions().back(), AuditAction::canned_answer_changed);
}

TEST_F(CannedAnswersPage, RemovingOnceAndThenItIsGone) {
    ASSERT_EQ(
        call(Method::post, "/staff/chat/answers", {{"language", "nl"}, {"title", "Dag"}, {"body", "Doei!"}}).status,
        303);
    const Response removed = call(Method::post, "/staff/chat/answers/1/remove");
    ASSERT_EQ(removed.status, 303);
    EXPECT_EQ(header(removed, "Location"), "/staff/chat/answers?saved=removed");
    EXPECT_TRUE(stored().empty());
    const Response again = call(Method::post, "/staff/chat/answers/1/remove");
    EXPECT_EQ(again.status, 404);
    EXPECT_TRUE(contains(again.body, "Dit antwoord was al verwijderd."));
    EXPECT_EQ(audit_actions().back(), AuditAction::canned_answer_removed);
    const std::string admin = session_for("beheer", RoleSet{Role::admin});
    EXPECT_EQ(dispatch(request_for(Method::get, "/staff/chat/answers", admin, {})).status, 403);
}

}  // namespace
}  // namespace meldpunt::web
