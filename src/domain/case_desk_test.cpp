#include "domain/case_desk.hpp"

#include <gtest/gtest.h>

#include <sodium.h>

#include "base/secure_random.hpp"
#include "security/chained_audit_log.hpp"
#include "security/sodium_vault.hpp"
#include "storage/memory/memory_audit_store.hpp"
#include "storage/memory/memory_case_repository.hpp"
#include "storage/memory/memory_signal_repository.hpp"
#include "storage/memory/memory_user_repository.hpp"

namespace meldpunt::domain {
namespace {

class CaseDeskTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        security::Keyring keyring;
        keyring.service_public_key.resize(32);
        m_service_key = SecretBytes(32);
        crypto_box_keypair(keyring.service_public_key.data(), m_service_key.data());
        keyring.receipt_lookup_secret = SecretBytes(random_bytes(32));
        keyring.receipt_wrap_secret = SecretBytes(random_bytes(32));
        m_vault = std::make_unique<security::SodiumVault>(std::move(keyring));
        m_audit = std::make_unique<security::ChainedAuditLog>(m_audit_store, SecretBytes(random_bytes(32)), m_clock);
        m_desk = std::make_unique<CaseDesk>(m_signals, m_cases, m_users, *m_audit, *m_vault, m_clock);
        m_reporters = std::make_unique<ReporterDesk>(m_signals, *m_vault, m_clock);
        m_caseworker = add_user("casper", RoleSet{Role::caseworker});
        m_other_caseworker = add_user("olga", RoleSet{Role::caseworker});
        m_coordinator = add_user("coby", RoleSet{Role::coordinator});
        m_intake = add_user("ines", RoleSet{Role::intake});
    }

    StaffIdentity add_user(std::string name, RoleSet roles) {
        StaffAccount account;
        account.username = name;
        account.roles = roles;
        const auto id = m_users.add_account(account).value();
        return StaffIdentity{id, name, roles};
    }

    SignalInput input(std::string kind = "report") {
        SignalInput value;
        value.kind = std::move(kind);
        value.description = "Buurmeisje van 15 wordt elke avond opgehaald door een oudere man.";
        value.forms = {"sexual"};
        value.reporter_role = "resident";
        value.anonymity = "shielded";
        value.contact.name = "Buurvrouw";
        value.contact.phone = "0612345678";
        value.postcode = "1315";
        return value;
    }

    SignalId web_report(std::string kind = "report") {
        auto draft = validate_signal(input(std::move(kind))).value();
        return m_reporters->submit(draft).value().id;
    }

    // A report assigned to the caseworker, safety assessed, in `decided`.
    SignalId decided_report() {
        const SignalId id = web_report();
        EXPECT_TRUE(m_desk->assign(m_coordinator, id, m_caseworker.id, std::nullopt));
        EXPECT_TRUE(m_desk->transition(m_caseworker, id, Status::safety_assessment, std::nullopt));
        SignalUpdate update;
        update.safety_outcome = "concerns";
        const int version = m_signals.find_signal(id).value()->version;
        EXPECT_TRUE(m_desk->update(m_caseworker, m_service_key, id, version, update));
        EXPECT_TRUE(m_desk->transition(m_caseworker, id, Status::decided, std::nullopt));
        return id;
    }

    std::vector<AuditAction> audited_actions() {
        std::vector<AuditAction> actions;
        (void)m_audit_store.for_each([&](const AuditRecord& record) {
            actions.push_back(record.entry.action);
            return true;
        });
        return actions;
    }

    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    storage::memory::MemorySignalRepository m_signals;
    storage::memory::MemoryCaseRepository m_cases{m_signals};
    storage::memory::MemoryUserRepository m_users;
    storage::memory::MemoryAuditStore m_audit_store;
    SecretBytes m_service_key;
    std::unique_ptr<security::SodiumVault> m_vault;
    std::unique_ptr<security::ChainedAuditLog> m_audit;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<ReporterDesk> m_reporters;
    StaffIdentity m_caseworker, m_other_caseworker, m_coordinator, m_intake;
};

TEST_F(CaseDeskTest, OpeningASignalShowsItsContentAndIsAudited) {
    const SignalId id = web_report();
    auto view = m_desk->open(m_coordinator, m_service_key, id);
    ASSERT_TRUE(view) << view.error().message;
    EXPECT_EQ(view->description, input().description);
    EXPECT_EQ(view->contact.name, "Buurvrouw");
    EXPECT_EQ(view->postcode_area, 1315);
    EXPECT_TRUE(view->signal.sealed_content.empty());
    EXPECT_TRUE(view->signal.deadline.has_value());
    EXPECT_EQ(view->next_states, std::vector<Status>{Status::safety_assessment});
    EXPECT_EQ(audited_actions(), std::vector<AuditAction>{AuditAction::signal_viewed});
}

TEST_F(CaseDeskTest, WithoutTheServiceKeyNothingOpens) {
    const SignalId id = web_report();
    auto view = m_desk->open(m_coordinator, SecretBytes{}, id);
    ASSERT_FALSE(view);
    EXPECT_EQ(view.error().code, ErrorCode::forbidden);
}

TEST_F(CaseDeskTest, CaseworkerSeesOnlyAssignedSignalsAndRefusalsAreAudited) {
    const SignalId id = web_report();
    auto refused = m_desk->open(m_caseworker, m_service_key, id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
    EXPECT_EQ(audited_actions(), std::vector<AuditAction>{AuditAction::access_denied});

    ASSERT_TRUE(m_desk->assign(m_coordinator, id, m_caseworker.id, std::nullopt));
    EXPECT_TRUE(m_desk->open(m_caseworker, m_service_key, id));
    EXPECT_FALSE(m_desk->open(m_other_caseworker, m_service_key, id));

    auto queue = m_desk->queue(m_other_caseworker, {});
    ASSERT_TRUE(queue);
    EXPECT_TRUE(queue->empty());
    queue = m_desk->queue(m_caseworker, {});
    ASSERT_TRUE(queue);
    ASSERT_EQ(queue->size(), 1u);
    EXPECT_EQ(queue->front().id, id);
}

TEST_F(CaseDeskTest, ShieldedReporterIsHiddenFromIntakeButNotFromTheCoordinator) {
    const SignalId id = web_report();
    auto for_intake = m_desk->open(m_intake, m_service_key, id);
    ASSERT_TRUE(for_intake);
    EXPECT_TRUE(for_intake->contact_hidden);
    EXPECT_TRUE(for_intake->contact.empty());
    auto for_coordinator = m_desk->open(m_coordinator, m_service_key, id);
    ASSERT_TRUE(for_coordinator);
    EXPECT_FALSE(for_coordinator->contact_hidden);
}

TEST_F(CaseDeskTest, SecondSaveOnAStaleVersionIsAConflictThatNamesTheChange) {
    const SignalId id = web_report();
    const int read_by_both = m_signals.find_signal(id).value()->version;
    SignalUpdate first;
    first.scope = "domestic";
    first.forms = std::vector<std::string>{"sexual", "criminal"};
    auto saved = m_desk->update(m_coordinator, m_service_key, id, read_by_both, first);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(*saved, read_by_both + 1);

    SignalUpdate second;
    second.scope = "cross_border";
    auto conflict = m_desk->update(m_coordinator, m_service_key, id, read_by_both, second);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::conflict);
    auto changed = m_desk->changed_since(id, read_by_both);
    ASSERT_TRUE(changed);
    EXPECT_EQ(*changed, (std::vector<std::string>{"forms", "scope"}));
    EXPECT_EQ(m_signals.find_signal(id).value()->scope, Scope::domestic);  // not overwritten
}

TEST_F(CaseDeskTest, RouteRulesApplyAndDeadlinesFollowTheStep) {
    const SignalId id = web_report();
    auto skipped = m_desk->transition(m_coordinator, id, Status::decided, std::nullopt);
    ASSERT_FALSE(skipped);
    EXPECT_EQ(skipped.error().code, ErrorCode::invalid_input);

    const SignalId decided = decided_report();
    EXPECT_FALSE(m_signals.find_signal(decided).value()->deadline.has_value());
    ASSERT_TRUE(m_desk->transition(m_caseworker, decided, Status::investigation, std::nullopt));
    const auto investigating = m_signals.find_signal(decided).value();
    ASSERT_TRUE(investigating->deadline.has_value());
    EXPECT_EQ(*investigating->investigation_started_at, m_clock.now());

    const auto offered = m_desk->open(m_caseworker, m_service_key, decided).value().next_states;
    EXPECT_EQ(std::count(offered.begin(), offered.end(), Status::closed), 0) << "not offered what is refused";
    auto closed_by_caseworker = m_desk->transition(m_caseworker, decided, Status::closed, std::nullopt);
    ASSERT_FALSE(closed_by_caseworker);
    EXPECT_EQ(closed_by_caseworker.error().code, ErrorCode::forbidden);
    EXPECT_TRUE(m_desk->transition(m_coordinator, decided, Status::closed, std::nullopt));
    EXPECT_TRUE(m_signals.find_signal(decided).value()->closed_at.has_value());
}

TEST_F(CaseDeskTest, ReferredNeedsAReferralToAPartner) {
    const SignalId id = decided_report();
    EXPECT_FALSE(m_desk->transition(m_caseworker, id, Status::referred, std::nullopt));
    ReferralInput referral{"police", "", ""};
    ASSERT_TRUE(m_desk->add_referral(m_caseworker, id, referral));
    EXPECT_TRUE(m_desk->transition(m_caseworker, id, Status::referred, std::nullopt));
    auto view = m_desk->open(m_caseworker, m_service_key, id);
    ASSERT_TRUE(view);
    ASSERT_EQ(view->referrals.size(), 1u);
    EXPECT_EQ(view->referrals.front().partner, Partner::police);
    EXPECT_EQ(view->referrals.front().outcome, ReferralOutcome::pending);
    EXPECT_FALSE(m_desk->add_referral(m_caseworker, id, ReferralInput{"interpol", "", ""}));
    EXPECT_FALSE(m_desk->add_referral(m_caseworker, id, ReferralInput{"police", "2099-01-01", ""}));
}

TEST_F(CaseDeskTest, AdviceIsConvertedWithAReasonBeforePersonsAreKept) {
    const SignalId id = web_report("advice");
    PersonInput person{"victim", "15", false, "", "female", "NL"};
    auto refused = m_desk->add_person(m_coordinator, id, person);
    ASSERT_FALSE(refused);

    SignalUpdate convert;
    convert.kind = "report";
    const int version = m_signals.find_signal(id).value()->version;
    EXPECT_FALSE(m_desk->update(m_coordinator, m_service_key, id, version, convert));  // no reason
    convert.kind_reason = "The caller describes acute danger for a minor.";
    ASSERT_TRUE(m_desk->update(m_coordinator, m_service_key, id, version, convert));
    ASSERT_TRUE(m_desk->add_person(m_coordinator, id, person));

    auto view = m_desk->open(m_coordinator, m_service_key, id);
    ASSERT_TRUE(view);
    EXPECT_EQ(view->signal.kind, SignalKind::report);
    ASSERT_EQ(view->entries.size(), 1u);
    EXPECT_EQ(view->entries.front().entry.kind, CaseEntryKind::kind_changed);
    EXPECT_EQ(view->entries.front().body, *convert.kind_reason);
    ASSERT_EQ(view->persons.size(), 1u);
    EXPECT_EQ(minor_now(view->persons.front()), MinorsInvolved::yes);
    EXPECT_EQ(view->persons.front().minor_at_start, MinorsInvolved::yes);
}

TEST_F(CaseDeskTest, LinkedPersonsShareOneIdentity) {
    const SignalId first = web_report();
    const SignalId second = web_report();
    PersonInput person{"victim", "17", true, "yes", "male", "RO"};
    const PersonId a = m_desk->add_person(m_coordinator, first, person).value();
    const PersonId b = m_desk->add_person(m_coordinator, second, person).value();
    ASSERT_TRUE(m_desk->link_person(m_coordinator, b, a));
    EXPECT_EQ(m_cases.find_person(b).value()->identity, m_cases.find_person(a).value()->identity);
    PersonInput suspect{"suspect", "", false, "", "", ""};
    const PersonId c = m_desk->add_person(m_coordinator, second, suspect).value();
    EXPECT_FALSE(m_desk->link_person(m_coordinator, c, a));  // a suspect is not the victim
    EXPECT_FALSE(m_desk->link_person(m_caseworker, b, a));   // not assigned to them
}

TEST_F(CaseDeskTest, ReplyReachesTheReportersMailbox) {
    auto draft = validate_signal(input()).value();
    const auto submission = m_reporters->submit(draft).value();
    ASSERT_TRUE(m_desk->reply_to_reporter(m_coordinator, m_service_key, submission.id, "Dank je, we kijken ernaar."));
    const auto key = m_reporters->open_mailbox(submission.receipt.grouped()).value();
    const auto mailbox = m_reporters->read_mailbox(key).value();
    ASSERT_EQ(mailbox.messages.size(), 1u);
    EXPECT_EQ(mailbox.messages.front().author, MessageAuthor::staff);
    EXPECT_EQ(mailbox.messages.front().body, "Dank je, we kijken ernaar.");
}

TEST_F(CaseDeskTest, PhoneCallIsRegisteredByIntakeWithAReceipt) {
    auto registration = m_desk->register_signal(m_intake, input(), Channel::phone);
    ASSERT_TRUE(registration) << registration.error().message;
    const auto stored = m_signals.find_signal(registration->id).value();
    EXPECT_EQ(stored->channel, Channel::phone);
    EXPECT_EQ(stored->registered_by, m_intake.id);
    EXPECT_TRUE(m_reporters->open_mailbox(registration->receipt.grouped()));
    EXPECT_FALSE(m_desk->register_signal(m_caseworker, input(), Channel::phone));
    SignalInput empty = input();
    empty.description.clear();
    EXPECT_FALSE(m_desk->register_signal(m_intake, empty, Channel::phone));
}

TEST_F(CaseDeskTest, OnlyACoordinatorAssignsAndOnlyToCaseStaff) {
    const SignalId id = web_report();
    EXPECT_FALSE(m_desk->assign(m_intake, id, m_caseworker.id, std::nullopt));
    const auto auditor = add_user("aud", RoleSet{Role::auditor});
    EXPECT_FALSE(m_desk->assign(m_coordinator, id, auditor.id, std::nullopt));
    EXPECT_TRUE(m_desk->assign(m_coordinator, id, m_caseworker.id, std::nullopt));
}

}  // namespace
}  // namespace meldpunt::domain
