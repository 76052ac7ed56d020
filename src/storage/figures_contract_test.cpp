// The figures port against both stores: the same signals, changes, people,
// links and referrals, written through the repositories as the application
// writes them, give the same counts from the memory store (a scan per call)
// and from the SQLite store (the triggers' summary tables), for every
// dimension, area and kind of period; and a few counts checked by hand.
#include <gtest/gtest.h>

#include <random>

#include "domain/case_file.hpp"
#include "domain/municipality.hpp"
#include "storage/contract_stores.hpp"

namespace meldpunt::storage {
namespace {

using namespace meldpunt::domain;
namespace fs = std::filesystem;

// 31 March 2026 23:30 in Amsterdam: still March there, April 1st in no place that counts.
constexpr std::int64_t kMarchLate = 1774992600000;

class FiguresContract : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("meldpunt-figures-contract-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        for (const auto& factory : all_store_factories()) {
            fs::create_directories(m_dir / factory.name);
            m_stores.push_back(factory.make(m_dir / factory.name));
            ASSERT_NE(m_stores.back().figures, nullptr) << factory.name;
        }
    }
    void TearDown() override {
        for (auto& stores : m_stores) stores.reset();
        fs::remove_all(m_dir);
    }

    // One change, made the same way in every store; the ids agree because both number from 1.
    template <typename Change>
    void everywhere(Change change) {
        for (auto& stores : m_stores) change(stores);
    }

    void expect_same_counts(const std::vector<std::string>& periods) {
        std::vector<std::string_view> areas = {stats::kRegion, "outside", "unknown"};
        for (const auto& info : flevoland_municipalities()) areas.push_back(info.cbs_code);
        for (const stats::Unit unit : {stats::Unit::signals, stats::Unit::persons}) {
            const auto dimensions = unit == stats::Unit::signals ? stats::signal_dimensions() : stats::person_dimensions();
            for (const auto& code : periods)
                for (const std::string_view area : areas)
                    for (const std::string_view dimension : dimensions) {
                        const auto period = stats::parse_period(code).value();
                        const auto memory = m_stores[0].figures->counts(unit, period, area, dimension);
                        const auto sqlite = m_stores[1].figures->counts(unit, period, area, dimension);
                        ASSERT_TRUE(memory && sqlite) << dimension;
                        EXPECT_EQ(*memory, *sqlite) << code << " '" << area << "' " << dimension;
                    }
            // Every area at once: SQLite's one read against the memory store's read per area.
            for (const auto& code : periods)
                for (const std::string_view dimension : dimensions) {
                    if (dimension == "municipality") continue;
                    const auto period = stats::parse_period(code).value();
                    const auto memory = m_stores[0].figures->counts_per_area(unit, period, dimension);
                    const auto sqlite = m_stores[1].figures->counts_per_area(unit, period, dimension);
                    ASSERT_TRUE(memory && sqlite) << dimension;
                    EXPECT_EQ(*memory, *sqlite) << code << " per area " << dimension;
                }
        }
    }

    fs::path m_dir;
    std::vector<Stores> m_stores;
};

StoredSignal signal_at(std::int64_t millis, Municipality municipality, std::vector<ExploitationForm> forms,
                       MinorsInvolved minors, std::uint32_t tag) {
    StoredSignal signal;
    signal.kind = tag % 3 ? SignalKind::report : SignalKind::advice;
    signal.channel = tag % 2 ? Channel::web : Channel::phone;
    signal.reporter_role = ReporterRole::professional;
    signal.anonymity = Anonymity::anonymous;
    signal.forms = std::move(forms);
    signal.municipality = municipality;
    signal.minors_involved = minors;
    signal.received_at = from_unix_millis(millis);
    signal.updated_at = signal.received_at;
    signal.receipt_lookup = Bytes(32, 0);
    for (int i = 0; i < 4; ++i) signal.receipt_lookup[i] = static_cast<std::uint8_t>(tag >> (8 * i));
    signal.sealed_content = Bytes{1};
    signal.key_for_service = Bytes(80, 7);
    signal.key_for_receipt = Bytes(72, 9);
    return signal;
}

Person victim(SignalId signal, std::optional<int> age, Gender gender) {
    Person person;
    person.signal_id = signal;
    person.age = age;
    person.gender = gender;
    person.nationality = "PL";
    return person;
}

TEST_F(FiguresContract, BothStoresCountTheSameAndPeopleOnce) {
    everywhere([](Stores& stores) {
        const auto first = stores.signals->add_signal(signal_at(kMarchLate, Municipality::almere,
                                                                {ExploitationForm::sexual}, MinorsInvolved::yes, 1));
        const auto second = stores.signals->add_signal(signal_at(kMarchLate + 3'600'000, Municipality::urk,
                                                                 {ExploitationForm::labour}, MinorsInvolved::no, 2));
        ASSERT_TRUE(first && second);
        const PersonId girl = stores.cases->add_person(victim(*first, 16, Gender::female)).value();
        const PersonId again = stores.cases->add_person(victim(*second, 17, Gender::female)).value();
        ASSERT_TRUE(stores.cases->link_person(again, girl));
        Person suspect = victim(*first, 40, Gender::male);
        suspect.role = PersonRole::suspect;
        ASSERT_TRUE(stores.cases->add_person(suspect));
        const auto referral = stores.cases->add_referral({0, *first, Partner::police, from_unix_millis(kMarchLate), ReferralOutcome::pending, 1});
        ASSERT_TRUE(referral);
        ASSERT_TRUE(stores.cases->set_referral_outcome(*first, *referral, ReferralOutcome::accepted));
    });
    for (auto& stores : m_stores) {
        const auto count = [&](stats::Unit unit, std::string_view period, std::string_view area, std::string_view dimension) {
            return stores.figures->counts(unit, stats::parse_period(period).value(), area, dimension).value();
        };
        using Counts = std::vector<stats::FigureCount>;
        EXPECT_EQ(count(stats::Unit::signals, "2026-03", "", "all"), (Counts{{"", 1}}));
        EXPECT_EQ(count(stats::Unit::signals, "2026Q2", "", "municipality"), (Counts{{"GM0184", 1}}));
        // The girl is in both signals, in two months and two municipalities: once in the region's year.
        EXPECT_EQ(count(stats::Unit::persons, "2026", "", "all"), (Counts{{"", 1}}));
        EXPECT_EQ(count(stats::Unit::persons, "2026", "", "municipality"), (Counts{{"GM0034", 1}, {"GM0184", 1}}));
        EXPECT_EQ(count(stats::Unit::persons, "2026", "", "age_band"), (Counts{{"16-17", 1}}));
        EXPECT_EQ(count(stats::Unit::signals, "2026", "", "referral_outcome"), (Counts{{"accepted", 1}}));
    }
    expect_same_counts({"2026", "2026Q1", "2026Q2", "2026-03", "2026-04"});
}

TEST_F(FiguresContract, RandomWorkThroughTheRepositoriesGivesTheSameCounts) {
    std::mt19937 engine(11);
    const auto random = [&] { return static_cast<std::uint32_t>(engine()); };
    const std::array municipalities = {Municipality::almere, Municipality::lelystad, Municipality::dronten,
                                       Municipality::outside, Municipality::unknown};
    const auto forms = all_exploitation_forms();
    const auto minors = all_minors_answers();
    // The same random choices for both stores: draw them first.
    struct Step {
        int kind;
        std::uint32_t a, b, c;
    };
    std::vector<Step> steps;
    for (int i = 0; i < 250; ++i) steps.push_back({static_cast<int>(random() % 5), random(), random(), random()});
    everywhere([&](Stores& stores) {
        int signals = 0;
        std::vector<PersonId> people;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Step& step = steps[i];
            if (step.kind == 0 || signals == 0) {
                const std::int64_t at = kMarchLate + static_cast<std::int64_t>(step.a % (200ULL * 24 * 3600 * 1000));
                ASSERT_TRUE(stores.signals->add_signal(signal_at(at, municipalities[step.b % municipalities.size()],
                                                                 {forms[step.c % forms.size()]},
                                                                 minors[step.c % minors.size()], static_cast<std::uint32_t>(i))));
                ++signals;
                continue;
            }
            const SignalId id = 1 + static_cast<SignalId>(step.a % signals);
            switch (step.kind) {
                case 1: {  // staff change the file: place, minors, scope, forms, the route
                    auto signal = stores.signals->find_signal(id).value().value();
                    signal.municipality = municipalities[step.b % municipalities.size()];
                    signal.minors_involved = minors[step.b % minors.size()];
                    signal.scope = all_scopes()[step.c % all_scopes().size()];
                    signal.forms = {forms[step.c % forms.size()], forms[(step.c / 7) % forms.size()]};
                    if (signal.forms[0] == signal.forms[1]) signal.forms.pop_back();
                    signal.sub_forms = step.b % 2 ? std::vector<std::string>{"sexual_online"} : std::vector<std::string>{};
                    signal.status = step.c % 2 ? Status::closed : Status::new_signal;
                    ASSERT_TRUE(stores.cases->update_signal(signal, SignalChange{0, 0, 1, signal.received_at, {"municipality"}}));
                    break;
                }
                case 2: {
                    const auto gender = all_genders()[step.b % all_genders().size()];
                    people.push_back(stores.cases->add_person(victim(id, 10 + static_cast<int>(step.c % 50), gender)).value());
                    break;
                }
                case 3:
                    if (people.size() > 1) {
                        ASSERT_TRUE(stores.cases->link_person(people[step.b % people.size()], people[step.c % people.size()]));
                    }
                    break;
                default: {
                    const auto referral = stores.cases->add_referral(
                        {0, id, all_partners()[step.b % all_partners().size()], from_unix_millis(kMarchLate), ReferralOutcome::pending, 1});
                    ASSERT_TRUE(referral);
                    if (step.c % 2) {
                        ASSERT_TRUE(stores.cases->set_referral_outcome(id, *referral, ReferralOutcome::declined));
                    }
                }
            }
        }
    });
    expect_same_counts({"2026", "2026Q2", "2026Q3", "2026-03", "2026-06"});
}

}  // namespace
}  // namespace meldpunt::storage
