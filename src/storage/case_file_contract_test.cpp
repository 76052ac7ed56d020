// The case-file half of the CaseRepository contract (persons, referrals, notes
// and contacts), run against the in-memory and the SQLite store.
#include <gtest/gtest.h>

#include "storage/contract_stores.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;

class CaseFileContract : public StoreContract {
  protected:
    void SetUp() override {
        StoreContract::SetUp();
        if (HasFatalFailure()) return;
        m_first = m_stores.signals->add_signal(sample(1)).value();
        m_second = m_stores.signals->add_signal(sample(2)).value();
    }
    PersonId add_person(SignalId signal, PersonRole role = PersonRole::victim) {
        Person person;
        person.signal_id = signal;
        person.role = role;
        person.age = 16;
        person.age_estimated = true;
        person.minor_at_start = MinorsInvolved::yes;
        person.gender = Gender::female;
        person.nationality = "NL";
        return m_stores.cases->add_person(person).value();
    }
    PersonId identity(PersonId person) { return m_stores.cases->find_person(person).value()->identity; }

    SignalId m_first = 0;
    SignalId m_second = 0;
};

TEST_P(CaseFileContract, PersonsAreKeptPerSignalWithTheirOwnIdentity) {
    const PersonId victim = add_person(m_first);
    const PersonId suspect = add_person(m_first, PersonRole::suspect);
    (void)add_person(m_second);
    const auto persons = m_stores.cases->list_persons(m_first).value();
    ASSERT_EQ(persons.size(), 2u);
    EXPECT_EQ(persons[0].id, victim);
    EXPECT_EQ(persons[0].signal_id, m_first);
    EXPECT_EQ(persons[0].age, 16);
    EXPECT_TRUE(persons[0].age_estimated);
    EXPECT_EQ(persons[0].minor_at_start, MinorsInvolved::yes);
    EXPECT_EQ(persons[0].gender, Gender::female);
    EXPECT_EQ(persons[0].nationality, "NL");
    EXPECT_EQ(persons[0].identity, victim);
    EXPECT_EQ(persons[1].role, PersonRole::suspect);
    EXPECT_EQ(persons[1].identity, suspect);
    EXPECT_FALSE(m_stores.cases->find_person(999).value().has_value());

    Person unknown_age;
    unknown_age.signal_id = m_second;
    const PersonId id = m_stores.cases->add_person(unknown_age).value();
    EXPECT_FALSE(m_stores.cases->find_person(id).value()->age.has_value());

    unknown_age.signal_id = 999;
    EXPECT_EQ(m_stores.cases->add_person(unknown_age).error().code, ErrorCode::not_found);
}

TEST_P(CaseFileContract, LinkingMergesIdentityGroups) {
    const PersonId a = add_person(m_first);
    const PersonId b = add_person(m_second);
    const PersonId c = add_person(m_second);
    const PersonId d = add_person(m_first);
    ASSERT_TRUE(m_stores.cases->link_person(b, a).ok());
    EXPECT_EQ(identity(b), a);
    ASSERT_TRUE(m_stores.cases->link_person(d, c).ok());
    // a's group (a, b) joins c's group (c, d).
    ASSERT_TRUE(m_stores.cases->link_person(a, d).ok());
    for (PersonId person : {a, b, c, d}) EXPECT_EQ(identity(person), c);
    EXPECT_EQ(m_stores.cases->link_person(a, 999).error().code, ErrorCode::not_found);
    EXPECT_EQ(m_stores.cases->link_person(999, a).error().code, ErrorCode::not_found);
}

TEST_P(CaseFileContract, ReferralsKeepTheirOutcomeAndBelongToOneSignal) {
    Referral referral;
    referral.signal_id = m_first;
    referral.partner = Partner::police;
    referral.referred_at = from_unix_millis(5000);
    referral.by = 3;
    const auto id = m_stores.cases->add_referral(referral).value();
    referral.partner = Partner::comensha;
    (void)m_stores.cases->add_referral(referral).value();

    ASSERT_TRUE(m_stores.cases->set_referral_outcome(m_first, id, ReferralOutcome::accepted).ok());
    const auto wrong = m_stores.cases->set_referral_outcome(m_second, id, ReferralOutcome::declined);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::not_found);
    EXPECT_EQ(m_stores.cases->set_referral_outcome(m_first, 999, ReferralOutcome::declined).error().code,
              ErrorCode::not_found);

    const auto referrals = m_stores.cases->list_referrals(m_first).value();
    ASSERT_EQ(referrals.size(), 2u);
    EXPECT_EQ(referrals[0].id, id);
    EXPECT_EQ(referrals[0].signal_id, m_first);
    EXPECT_EQ(referrals[0].partner, Partner::police);
    EXPECT_EQ(referrals[0].referred_at, from_unix_millis(5000));
    EXPECT_EQ(referrals[0].outcome, ReferralOutcome::accepted);
    EXPECT_EQ(referrals[0].by, 3);
    EXPECT_EQ(referrals[1].partner, Partner::comensha);
    EXPECT_EQ(referrals[1].outcome, ReferralOutcome::pending);
    EXPECT_TRUE(m_stores.cases->list_referrals(m_second).value().empty());

    referral.signal_id = 999;
    EXPECT_EQ(m_stores.cases->add_referral(referral).error().code, ErrorCode::not_found);
}

TEST_P(CaseFileContract, CaseEntriesFormOneTimelinePerSignal) {
    for (std::uint8_t i = 0; i < 3; ++i) {
        CaseEntry entry;
        entry.signal_id = i == 1 ? m_second : m_first;
        entry.kind = i == 2 ? CaseEntryKind::call : CaseEntryKind::note;
        entry.author = 2;
        entry.at = from_unix_millis(1000 + i);
        entry.sealed_body = Bytes{i, 42};
        ASSERT_TRUE(m_stores.cases->add_case_entry(entry).ok());
    }
    const auto entries = m_stores.cases->list_case_entries(m_first).value();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].kind, CaseEntryKind::note);
    EXPECT_EQ(entries[0].author, 2);
    EXPECT_EQ(entries[0].at, from_unix_millis(1000));
    EXPECT_EQ(entries[0].sealed_body, (Bytes{0, 42}));
    EXPECT_EQ(entries[1].kind, CaseEntryKind::call);
    EXPECT_LT(entries[0].id, entries[1].id);
    EXPECT_EQ(m_stores.cases->list_case_entries(m_second).value().size(), 1u);

    CaseEntry orphan;
    orphan.signal_id = 999;
    EXPECT_EQ(m_stores.cases->add_case_entry(orphan).error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(AllStores, CaseFileContract, ::testing::ValuesIn(all_store_factories()),
                         [](const auto& info) { return info.param.name; });

}  // namespace meldpunt::storage
