// The checks on the chat's settings (windows, closures, canned answers) and
// ChatSettingsDesk: each change is checked, stored and audited (codes only).
#include "domain/chat_settings.hpp"

#include <gtest/gtest.h>

#include "base/secure_random.hpp"
#include "domain/chat_settings_desk.hpp"
#include "security/chained_audit_log.hpp"
#include "storage/memory/memory_audit_store.hpp"
#include "storage/memory/memory_chat_settings_repository.hpp"

namespace meldpunt::domain {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

// "windows.2: message" per problem, so a failure shows them all.
std::vector<std::string> described(const std::vector<Error>& errors) {
    std::vector<std::string> out;
    for (const Error& error : errors) out.push_back(error.field + ": " + error.message);
    return out;
}

using Lines = std::vector<std::string>;

TEST(ChatSettingsChecks, WindowsLieInsideTheDayAndDoNotOverlap) {
    WeeklyHours week;
    week.windows = {{Monday, hours{9}, hours{12}}, {Monday, hours{12}, hours{17}}, {Tuesday, hours{0}, hours{24}}};
    EXPECT_TRUE(check_weekly_hours(week).empty()) << "touching windows and a whole day are fine";

    week.windows = {
        {Monday, hours{9}, hours{12}},      // 0 fine
        {Monday, hours{11}, hours{13}},     // 1 overlaps 0
        {Tuesday, hours{17}, hours{9}},     // 2 reversed
        {Tuesday, hours{9}, hours{9}},      // 3 empty
        {Wednesday, hours{20}, hours{25}},  // 4 past midnight
        {Thursday, minutes{-5}, hours{9}},  // 5 before midnight
        {Friday, hours{8}, hours{9}},      {Friday, hours{10}, hours{11}},
        {Friday, hours{12}, hours{13}},    {Friday, hours{14}, hours{15}},  // 9 a fourth window
        {weekday{9}, hours{8}, hours{9}},                                   // 10 no such day
    };
    const std::string reversed = "A window must start before it ends, between 00:00 and 24:00.";
    EXPECT_EQ(described(check_weekly_hours(week)),
              (Lines{"windows.1: This window overlaps another window on the same day.", "windows.2: " + reversed,
                     "windows.3: " + reversed, "windows.4: " + reversed, "windows.5: " + reversed,
                     "windows.9: A day has at most three windows.", "windows.10: Choose a day of the week."}));
}

TEST(ChatSettingsChecks, AClosureNeedsAFreeDateAndAShortReason) {
    const std::vector<Closure> existing = {{ymd(2026, 6, 1), "Studiedag"}};
    EXPECT_TRUE(check_closure({ymd(2026, 6, 2), "Teamdag"}, existing).empty());
    EXPECT_TRUE(check_closure({ymd(2026, 6, 2), std::string(100, 'x')}, existing).empty());
    EXPECT_EQ(described(check_closure({ymd(2026, 6, 1), ""}, existing)),
              (Lines{"date: There is already a closure on this date.", "label: Please write something here."}));
    EXPECT_EQ(described(check_closure({ymd(2026, 2, 30), std::string(101, 'x')}, {})),
              (Lines{"date: Give a date that exists, for example 2026-12-24.",
                     "label: Keep the reason to 100 characters or fewer."}));
    // 100 characters, not bytes.
    std::string dutch;
    for (int i = 0; i < 100; ++i) dutch += "é";
    EXPECT_TRUE(check_closure({ymd(2026, 6, 2), dutch}, {}).empty());
}

TEST(ChatSettingsChecks, ACannedAnswerHasALanguageATitleAndABody) {
    CannedAnswer answer;
    answer.title = std::string(80, 't');
    answer.body = std::string(2000, 'b');
    EXPECT_TRUE(check_canned_answer(answer).empty());
    answer.language = "de";
    answer.title += "t";
    answer.body += "b";
    answer.position = 1000;
    EXPECT_EQ(described(check_canned_answer(answer)),
              (Lines{"language: Choose Dutch or English.", "title: Keep the title to 80 characters or fewer.",
                     "body: Keep the answer to 2,000 characters or fewer.",
                     "position: Give a place in the list from 1 to 999, or leave it empty."}));
    answer = {};
    answer.title = "  ";
    EXPECT_EQ(described(check_canned_answer(answer)),
              (Lines{"title: Please write something here.", "body: Please write something here."}));
}

TEST(ChatSettingsChecks, LiberationDayCodesGoBothWays) {
    for (auto setting : {LiberationDay::every_year, LiberationDay::lustrum_years, LiberationDay::never})
        EXPECT_EQ(parse_liberation_day(code_of(setting)), setting);
    EXPECT_FALSE(parse_liberation_day("sometimes"));
}

class ChatSettingsDeskTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        m_audit = std::make_unique<security::ChainedAuditLog>(m_audit_store, SecretBytes(random_bytes(32)), m_clock);
        m_calendar = StoredOfficeHours::open(m_repository, m_clock).value();
        m_desk = std::make_unique<ChatSettingsDesk>(m_repository, *m_calendar, *m_audit);
    }

    std::vector<AuditAction> audited() {
        std::vector<AuditAction> actions;
        (void)m_audit_store.for_each([&](const AuditRecord& record) {
            EXPECT_EQ(record.entry.actor_user_id, m_admin.id);
            EXPECT_FALSE(record.entry.signal_id.has_value());
            actions.push_back(record.entry.action);
            return true;
        });
        return actions;
    }

    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    storage::memory::MemoryChatSettingsRepository m_repository;
    storage::memory::MemoryAuditStore m_audit_store;
    std::unique_ptr<security::ChainedAuditLog> m_audit;
    std::unique_ptr<StoredOfficeHours> m_calendar;
    std::unique_ptr<ChatSettingsDesk> m_desk;
    StaffIdentity m_admin{7, "beheer", RoleSet{Role::admin, Role::coordinator}};
};

TEST_F(ChatSettingsDeskTest, HoursAndClosuresAreCheckedStoredShownAndAudited) {
    WeeklyHours week;
    week.windows = {{Monday, hours{10}, hours{11}}, {Monday, hours{10}, hours{12}}};
    const auto refused = m_desk->save_weekly_hours(m_admin, week);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "windows.1");
    EXPECT_EQ(m_desk->office_hours()->windows.size(), 5u) << "nothing stored";

    week.windows.pop_back();
    ASSERT_TRUE(m_desk->save_weekly_hours(m_admin, week).ok());
    EXPECT_EQ(m_desk->office_hours()->windows.size(), 1u) << "shown at once";

    ASSERT_TRUE(m_desk->add_closure(m_admin, {ymd(2026, 6, 1), "  Studiedag  "}).ok());
    ASSERT_EQ(m_desk->office_hours()->closures.size(), 1u);
    EXPECT_EQ(m_desk->office_hours()->closures[0].label, "Studiedag");
    EXPECT_EQ(m_desk->add_closure(m_admin, {ymd(2026, 6, 1), "Nog een"}).error().field, "date");
    EXPECT_EQ(m_desk->remove_closure(m_admin, ymd(2026, 6, 2)).error().code, ErrorCode::not_found);
    ASSERT_TRUE(m_desk->remove_closure(m_admin, ymd(2026, 6, 1)).ok());
    EXPECT_TRUE(m_desk->office_hours()->closures.empty());

    EXPECT_EQ(audited(), (std::vector<AuditAction>{AuditAction::chat_hours_changed, AuditAction::chat_closure_added,
                                                   AuditAction::chat_closure_removed}));
}

TEST_F(ChatSettingsDeskTest, CannedAnswersGoLastUnlessPlacedAndKeepTheirPlace) {
    CannedAnswer answer;
    answer.title = " Welkom ";
    answer.body = "Hallo, fijn dat je er bent.\n";
    const auto first = m_desk->add_canned_answer(m_admin, answer).value();
    answer.title = "Tot ziens";
    const auto second = m_desk->add_canned_answer(m_admin, answer).value();
    answer.language = "en";
    answer.title = "Welcome";
    (void)m_desk->add_canned_answer(m_admin, answer).value();
    answer.title = "";
    EXPECT_EQ(m_desk->add_canned_answer(m_admin, answer).error().field, "title");

    auto dutch = m_desk->canned_answers("nl").value();
    ASSERT_EQ(dutch.size(), 2u);
    EXPECT_EQ(dutch[0].title, "Welkom");
    EXPECT_EQ(dutch[0].body, "Hallo, fijn dat je er bent.");
    EXPECT_EQ(dutch[0].position, 1);
    EXPECT_EQ(dutch[1].position, 2);
    EXPECT_EQ(m_desk->canned_answers("en")->size(), 1u);
    EXPECT_EQ(m_desk->canned_answers()->size(), 3u);

    CannedAnswer edit = dutch[0];
    edit.title = "Welkom!";
    edit.position = 0;  // keep the place
    ASSERT_TRUE(m_desk->update_canned_answer(m_admin, edit).ok());
    EXPECT_EQ(m_desk->canned_answers("nl")->front().title, "Welkom!");
    edit.position = 5;
    ASSERT_TRUE(m_desk->update_canned_answer(m_admin, edit).ok());
    EXPECT_EQ(m_desk->canned_answers("nl")->front().id, second);
    edit.id = 999;
    EXPECT_EQ(m_desk->update_canned_answer(m_admin, edit).error().code, ErrorCode::not_found);

    ASSERT_TRUE(m_desk->remove_canned_answer(m_admin, first).ok());
    EXPECT_EQ(m_desk->remove_canned_answer(m_admin, first).error().code, ErrorCode::not_found);
    EXPECT_EQ(audited(),
              (std::vector<AuditAction>{AuditAction::canned_answer_added, AuditAction::canned_answer_added,
                                        AuditAction::canned_answer_added, AuditAction::canned_answer_changed,
                                        AuditAction::canned_answer_changed, AuditAction::canned_answer_removed}));
}

}  // namespace
}  // namespace meldpunt::domain
