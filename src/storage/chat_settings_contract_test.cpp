// The ChatSettingsRepository contract (office hours, closures, canned
// answers), run against the in-memory and the SQLite store.
#include <gtest/gtest.h>

#include <algorithm>

#include "storage/contract_stores.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

// "Mon 09:00-12:00" lines, sorted: windows compare without regard to order.
std::vector<std::string> lines(const std::vector<WeeklyWindow>& windows) {
    std::vector<std::string> out;
    for (const WeeklyWindow& window : windows)
        out.push_back(std::to_string(window.day.c_encoding()) + " " + std::to_string(window.from.count()) + "-" +
                      std::to_string(window.to.count()));
    std::sort(out.begin(), out.end());
    return out;
}

CannedAnswer answer(std::string language, std::string title, int position) {
    CannedAnswer made;
    made.language = std::move(language);
    made.title = std::move(title);
    made.body = "Fijn dat je contact opneemt. Wat is er gebeurd? 😊";
    made.position = position;
    return made;
}

}  // namespace

class ChatSettingsContract : public StoreContract {
  protected:
    ChatSettingsRepository& settings() { return *m_stores.chat_settings; }
};

TEST_P(ChatSettingsContract, TheDefaultsStandUntilHoursAreSaved) {
    const OfficeHoursSettings loaded = settings().load_office_hours().value();
    const OfficeHoursSettings defaults;
    EXPECT_EQ(lines(loaded.windows), lines(defaults.windows));
    EXPECT_EQ(loaded.liberation_day, LiberationDay::lustrum_years);
    EXPECT_FALSE(loaded.closed_on_good_friday);
    EXPECT_TRUE(loaded.closures.empty());
}

TEST_P(ChatSettingsContract, SavedHoursComeBackWholeAndLeaveTheClosures) {
    ASSERT_TRUE(settings().add_closure({ymd(2026, 12, 24), "Kerstavond"}).ok());
    WeeklyHours week;
    week.windows = {{Monday, hours{9}, hours{12}}, {Monday, hours{13}, hours{17}}, {Saturday, hours{10}, hours{24}}};
    week.liberation_day = LiberationDay::every_year;
    week.closed_on_good_friday = true;
    ASSERT_TRUE(settings().save_weekly_hours(week).ok());
    OfficeHoursSettings loaded = settings().load_office_hours().value();
    EXPECT_EQ(lines(loaded.windows), lines(week.windows));
    EXPECT_EQ(loaded.liberation_day, LiberationDay::every_year);
    EXPECT_TRUE(loaded.closed_on_good_friday);
    ASSERT_EQ(loaded.closures.size(), 1u);

    // Saved again without windows: the chat is never open, and that is kept.
    week.windows.clear();
    week.liberation_day = LiberationDay::never;
    week.closed_on_good_friday = false;
    ASSERT_TRUE(settings().save_weekly_hours(week).ok());
    loaded = settings().load_office_hours().value();
    EXPECT_TRUE(loaded.windows.empty());
    EXPECT_EQ(loaded.liberation_day, LiberationDay::never);
    EXPECT_FALSE(loaded.closed_on_good_friday);
    EXPECT_EQ(loaded.closures.size(), 1u);
}

TEST_P(ChatSettingsContract, OneClosurePerDateSortedByDate) {
    ASSERT_TRUE(settings().add_closure({ymd(2026, 12, 31), "Oudejaarsdag"}).ok());
    ASSERT_TRUE(settings().add_closure({ymd(2026, 6, 1), "Studiedag — team"}).ok());
    const auto taken = settings().add_closure({ymd(2026, 6, 1), "Other"});
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::conflict);

    auto closures = settings().load_office_hours().value().closures;
    ASSERT_EQ(closures.size(), 2u);
    EXPECT_EQ(closures[0].date, ymd(2026, 6, 1));
    EXPECT_EQ(closures[0].label, "Studiedag — team");
    EXPECT_EQ(closures[1].date, ymd(2026, 12, 31));

    ASSERT_TRUE(settings().remove_closure(ymd(2026, 6, 1)).ok());
    EXPECT_EQ(settings().remove_closure(ymd(2026, 6, 1)).error().code, ErrorCode::not_found);
    closures = settings().load_office_hours().value().closures;
    ASSERT_EQ(closures.size(), 1u);
    EXPECT_EQ(closures[0].label, "Oudejaarsdag");
}

TEST_P(ChatSettingsContract, CannedAnswersByLanguageThenPosition) {
    const auto second = settings().add_canned_answer(answer("nl", "Tweede", 2)).value();
    const auto first = settings().add_canned_answer(answer("nl", "Eerste", 1)).value();
    const auto english = settings().add_canned_answer(answer("en", "Welcome", 5)).value();
    const auto tie = settings().add_canned_answer(answer("nl", "Ook tweede", 2)).value();
    EXPECT_NE(first, second);

    auto titles = [&] {
        std::vector<std::string> out;
        const auto listed = settings().list_canned_answers().value();
        for (const auto& each : listed) out.push_back(each.title);
        return out;
    };
    EXPECT_EQ(titles(), (std::vector<std::string>{"Welcome", "Eerste", "Tweede", "Ook tweede"}));
    const auto listed = settings().list_canned_answers().value();
    EXPECT_EQ(listed[0].id, english);
    EXPECT_EQ(listed[0].language, "en");
    EXPECT_EQ(listed[1].body, "Fijn dat je contact opneemt. Wat is er gebeurd? 😊");
    EXPECT_EQ(listed[3].id, tie);

    CannedAnswer changed = listed[1];
    changed.title = "Eerste, nu laatste";
    changed.position = 9;
    ASSERT_TRUE(settings().update_canned_answer(changed).ok());
    EXPECT_EQ(titles(), (std::vector<std::string>{"Welcome", "Tweede", "Ook tweede", "Eerste, nu laatste"}));
    changed.id = 999;
    EXPECT_EQ(settings().update_canned_answer(changed).error().code, ErrorCode::not_found);

    ASSERT_TRUE(settings().remove_canned_answer(second).ok());
    EXPECT_EQ(settings().remove_canned_answer(second).error().code, ErrorCode::not_found);
    EXPECT_EQ(titles(), (std::vector<std::string>{"Welcome", "Ook tweede", "Eerste, nu laatste"}));
}

INSTANTIATE_TEST_SUITE_P(AllStores, ChatSettingsContract, ::testing::ValuesIn(all_store_factories()),
                         [](const auto& info) { return info.param.name; });

}  // namespace meldpunt::storage
