#include "security/staff_accounts.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <sodium.h>

#include "base/secure_random.hpp"
#include "security/chained_audit_log.hpp"
#include "security/fake_staff_stores.hpp"
#include "security/staff_credentials.hpp"
#include "security/totp.hpp"

namespace meldpunt::security {

using domain::AuditAction;
using domain::Role;
using domain::RoleSet;

// A keyring with just what accounts need: a service key pair and the secrets.
Keyring test_keyring(SecretBytes& service_private_key) {
    initialise_crypto();
    Keyring keyring;
    Bytes service_private(crypto_box_SECRETKEYBYTES);
    keyring.service_public_key.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(keyring.service_public_key.data(), service_private.data());
    service_private_key = SecretBytes(std::move(service_private));
    keyring.totp_wrap_secret = SecretBytes(random_bytes(32));
    keyring.audit_chain_secret = SecretBytes(random_bytes(32));
    return keyring;
}

class StaffAccountsTest : public ::testing::Test {
  protected:
    NewAccount create(std::string_view name, RoleSet roles, bool with_service_key = true) {
        auto created = m_accounts.create(name, roles, std::nullopt, with_service_key ? &m_service_key : nullptr);
        EXPECT_TRUE(created) << (created ? "" : created.error().message);
        return created ? *created : NewAccount{};
    }
    // The code an authenticator app would show now; the clock then moves on a
    // step, so the next code is a fresh one.
    std::string code(const NewAccount& account) {
        const auto secret = base32_decode(account.totp_secret_base32);
        std::string shown = totp_code(*secret, totp_time_step(m_clock.now()));
        m_clock.advance(std::chrono::seconds(30));
        return shown;
    }
    std::vector<AuditAction> actions() const {
        std::vector<AuditAction> seen;
        for (const auto& record : m_audit_store.records()) seen.push_back(record.entry.action);
        return seen;
    }
    AccountSummary summary(std::string_view name) {
        auto accounts = m_accounts.list();
        EXPECT_TRUE(accounts);
        for (const auto& account : *accounts)
            if (account.username == name) return account;
        ADD_FAILURE() << "no account " << name;
        return {};
    }

    SecretBytes m_service_key;
    Keyring m_keyring = test_keyring(m_service_key);
    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    testing::FakeUserRepository m_users;
    testing::FakeAuditStore m_audit_store;
    ChainedAuditLog m_audit{m_audit_store, m_keyring.audit_chain_secret, m_clock};
    StaffAccounts m_accounts{m_users, m_audit, m_keyring, m_clock};
};

TEST_F(StaffAccountsTest, CreatesAnAccountThatCanSignIn) {
    const NewAccount anna = create("Anna.B", {Role::caseworker});
    EXPECT_GT(anna.id, 0);
    EXPECT_EQ(anna.one_time_password.size(), 23u);
    EXPECT_EQ(anna.otpauth_uri.rfind("otpauth://totp/Meldpunt%20Mensenhandel%20Flevoland:anna.b?", 0), 0u);

    auto signed_in = m_accounts.sign_in("anna.b", anna.one_time_password, code(anna));
    ASSERT_TRUE(signed_in) << signed_in.error().message;
    EXPECT_EQ(signed_in->identity.id, anna.id);
    EXPECT_EQ(signed_in->identity.username, "anna.b");
    EXPECT_TRUE(signed_in->identity.roles.has(Role::caseworker));
    EXPECT_TRUE(signed_in->password_change_required);
    EXPECT_EQ(signed_in->service_key.bytes(), m_service_key.bytes());
    EXPECT_EQ(actions(), (std::vector{AuditAction::user_created, AuditAction::login, AuditAction::totp_enrolled}));
    EXPECT_EQ(m_audit_store.records()[0].entry.subject_user_id, anna.id);
    EXPECT_TRUE(summary("anna.b").totp_enrolled);
}

TEST_F(StaffAccountsTest, TheCodeThatShowedAPasswordMustChangeStillServesTheChange) {
    const NewAccount anna = create("anna", {Role::caseworker});
    const std::string shown = code(anna);
    ASSERT_TRUE(m_accounts.sign_in("anna", anna.one_time_password, shown)->password_change_required);
    auto changed = m_accounts.change_password("anna", anna.one_time_password, "a new long passphrase", shown);
    ASSERT_TRUE(changed) << changed.error().message;
    // Now it is used up: it works once for a session.
    EXPECT_FALSE(m_accounts.sign_in("anna", "a new long passphrase", shown));
}

TEST_F(StaffAccountsTest, ChecksUsernamesRolesAndPasswords) {
    EXPECT_EQ(m_accounts.create("ab", {Role::intake}, std::nullopt, nullptr).error().field, "username");
    EXPECT_EQ(m_accounts.create("anna b", {Role::intake}, std::nullopt, nullptr).error().field, "username");
    EXPECT_EQ(m_accounts.create("anna", {}, std::nullopt, nullptr).error().field, "roles");
    EXPECT_EQ(m_accounts.create("anna", {Role::intake}, "short", nullptr).error().field, "new_password");
    create("anna", {Role::intake});
    EXPECT_EQ(m_accounts.create("ANNA", {Role::intake}, std::nullopt, nullptr).error().code, ErrorCode::conflict);

    auto chosen = m_accounts.create("system.export", {Role::analyst}, "a long enough passphrase", nullptr);
    ASSERT_TRUE(chosen);
    EXPECT_TRUE(chosen->one_time_password.empty());
    auto signed_in = m_accounts.sign_in("system.export", "a long enough passphrase", code(*chosen));
    ASSERT_TRUE(signed_in);
    EXPECT_FALSE(signed_in->password_change_required);
}

TEST_F(StaffAccountsTest, EveryWrongSignInGivesTheSameAnswer) {
    const NewAccount anna = create("anna", {Role::intake});
    const NewAccount bert = create("bert", {Role::intake});
    ASSERT_TRUE(m_accounts.disable("bert"));
    const std::vector<Result<SignIn>> attempts = {
        m_accounts.sign_in("anna", "wrong password", code(anna)),
        m_accounts.sign_in("nobody", anna.one_time_password, code(anna)),
        m_accounts.sign_in("bert", bert.one_time_password, code(bert)),
        m_accounts.sign_in("anna", anna.one_time_password, "000000"),
        m_accounts.sign_in("not a name!", "x", "123456"),
    };
    for (const auto& attempt : attempts) {
        ASSERT_FALSE(attempt);
        EXPECT_EQ(attempt.error().code, ErrorCode::unauthorized);
        EXPECT_EQ(attempt.error().message, "The username, password or code is not right.");
    }
    // Failures are audited, against the account when the name exists.
    const auto records = m_audit_store.records();
    ASSERT_GE(records.size(), 5u);
    EXPECT_EQ(records[records.size() - 4].entry.actor_user_id, 0);  // "nobody"
    EXPECT_EQ(records.back().entry.actor_user_id, 0);
    EXPECT_EQ(records.back().entry.action, AuditAction::login_failed);
}

TEST_F(StaffAccountsTest, LocksAfterFiveFailuresForAGrowingTime) {
    const NewAccount anna = create("anna", {Role::intake});
    for (int i = 1; i <= 4; ++i)
        EXPECT_EQ(m_accounts.sign_in("anna", "wrong", "123456").error().code, ErrorCode::unauthorized);
    const TimePoint fifth = m_clock.now();
    auto locked = m_accounts.sign_in("anna", "wrong", "123456");
    EXPECT_EQ(locked.error().code, ErrorCode::rate_limited);
    EXPECT_EQ(locked.error().message.rfind("Too many failed attempts. Try again after ", 0), 0u);
    EXPECT_EQ(summary("anna").locked_until, fifth + std::chrono::minutes(1));

    // While locked, even the right password is refused.
    EXPECT_EQ(m_accounts.sign_in("anna", anna.one_time_password, code(anna)).error().code, ErrorCode::rate_limited);
    m_clock.set(fifth + std::chrono::minutes(1) + std::chrono::seconds(1));
    // After the wait, one more failure locks for twice as long.
    EXPECT_EQ(m_accounts.sign_in("anna", "wrong", "123456").error().code, ErrorCode::rate_limited);
    EXPECT_EQ(summary("anna").locked_until, m_clock.now() + std::chrono::minutes(2));
    m_clock.advance(std::chrono::minutes(2) + std::chrono::seconds(1));
    ASSERT_TRUE(m_accounts.sign_in("anna", anna.one_time_password, code(anna)));
    EXPECT_FALSE(summary("anna").locked_until.has_value());

    // Doubling stops at an hour.
    for (int i = 1; i <= 12; ++i) {
        (void)m_accounts.sign_in("anna", "wrong", "123456");
        m_clock.advance(std::chrono::hours(2));
    }
    (void)m_accounts.sign_in("anna", "wrong", "123456");
    EXPECT_EQ(summary("anna").locked_until, m_clock.now() + std::chrono::hours(1));
}

TEST_F(StaffAccountsTest, ParallelGuessesCannotSlipPastTheLock) {
    (void)create("anna", {Role::intake});
    std::vector<std::thread> guessers;
    std::atomic<int> wrong{0}, locked{0}, other{0};
    for (int i = 0; i < 10; ++i) {
        guessers.emplace_back([&] {
            const auto answer = m_accounts.sign_in("anna", "a wrong guess", "123456");
            if (!answer && answer.error().code == ErrorCode::unauthorized) {
                ++wrong;
            } else if (!answer && answer.error().code == ErrorCode::rate_limited) {
                ++locked;
            } else {
                ++other;
            }
        });
    }
    for (auto& guesser : guessers) guesser.join();
    // Four plain failures, the fifth locks, and the rest find it locked.
    EXPECT_EQ(wrong.load(), 4);
    EXPECT_EQ(locked.load(), 6);
    EXPECT_EQ(other.load(), 0);
}

TEST_F(StaffAccountsTest, AnUnknownNameLocksLikeARealOneSoTriesRevealNothing) {
    (void)create("anna", {Role::intake});
    for (int i = 1; i <= 4; ++i) {
        EXPECT_EQ(m_accounts.sign_in("anna", "wrong", "123456").error().code, ErrorCode::unauthorized);
        EXPECT_EQ(m_accounts.sign_in("nobody", "wrong", "123456").error().code, ErrorCode::unauthorized);
    }
    const auto real = m_accounts.sign_in("anna", "wrong", "123456");
    const auto unknown = m_accounts.sign_in("nobody", "wrong", "123456");
    EXPECT_EQ(real.error().code, ErrorCode::rate_limited);
    EXPECT_EQ(unknown.error().code, ErrorCode::rate_limited);
    EXPECT_EQ(real.error().message, unknown.error().message);
}

TEST_F(StaffAccountsTest, TheCredentialStampChangesWithAResetSoOldSessionsEnd) {
    const NewAccount anna = create("anna", {Role::intake});
    const auto before = m_accounts.active_account(anna.id).value().value().credential_stamp;
    EXPECT_EQ(m_accounts.active_account(anna.id).value().value().credential_stamp, before);
    ASSERT_TRUE(m_accounts.reset_totp("anna"));
    const auto after_totp = m_accounts.active_account(anna.id).value().value().credential_stamp;
    EXPECT_NE(after_totp, before);
    ASSERT_TRUE(m_accounts.reset_password("anna", nullptr));
    EXPECT_NE(m_accounts.active_account(anna.id).value().value().credential_stamp, after_totp);
}

TEST_F(StaffAccountsTest, ACodeWorksOnlyOnce) {
    const std::string password = "a long chosen password";
    const NewAccount anna = m_accounts.create("anna", {Role::intake}, password, nullptr).value();
    const auto secret = base32_decode(anna.totp_secret_base32);
    const std::string shown = totp_code(*secret, totp_time_step(m_clock.now()));
    ASSERT_TRUE(m_accounts.sign_in("anna", password, shown));
    EXPECT_EQ(m_accounts.sign_in("anna", password, shown).error().code, ErrorCode::unauthorized);
}

TEST_F(StaffAccountsTest, EnrolmentShowsTheSecretOnlyUntilACodeWorked) {
    const NewAccount anna = create("anna", {Role::intake});
    EXPECT_EQ(m_accounts.start_enrolment("anna", "wrong").error().code, ErrorCode::unauthorized);
    auto started = m_accounts.start_enrolment("anna", anna.one_time_password);
    ASSERT_TRUE(started);
    EXPECT_EQ(started->totp_secret_base32, anna.totp_secret_base32);
    auto changed = m_accounts.change_password("anna", anna.one_time_password, "a new long passphrase", code(anna));
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_FALSE(changed->password_change_required);
    EXPECT_EQ(m_accounts.start_enrolment("anna", "a new long passphrase").error().code, ErrorCode::unauthorized);
}

TEST_F(StaffAccountsTest, PasswordChangeKeepsCaseAccess) {
    const NewAccount anna = create("anna", {Role::caseworker});
    EXPECT_EQ(m_accounts.change_password("anna", anna.one_time_password, "short", code(anna)).error().field,
              "new_password");
    auto changed = m_accounts.change_password("anna", anna.one_time_password, "a new long passphrase", code(anna));
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_EQ(changed->service_key.bytes(), m_service_key.bytes());
    EXPECT_FALSE(m_accounts.sign_in("anna", anna.one_time_password, code(anna)));
    auto signed_in = m_accounts.sign_in("anna", "a new long passphrase", code(anna));
    ASSERT_TRUE(signed_in);
    EXPECT_FALSE(signed_in->password_change_required);
    EXPECT_EQ(signed_in->service_key.bytes(), m_service_key.bytes());
    EXPECT_EQ(actions()[1], AuditAction::password_changed);
}

TEST_F(StaffAccountsTest, PasswordResetKeepsCaseAccessOnlyWithTheServiceKey) {
    const NewAccount anna = create("anna", {Role::caseworker});
    auto reset = m_accounts.reset_password("anna", nullptr);
    ASSERT_TRUE(reset);
    EXPECT_FALSE(reset->case_access);
    EXPECT_FALSE(summary("anna").case_access);
    auto signed_in = m_accounts.sign_in("anna", reset->one_time_password, code(anna));
    ASSERT_TRUE(signed_in) << signed_in.error().message;
    EXPECT_TRUE(signed_in->service_key.empty());
    EXPECT_TRUE(signed_in->password_change_required);

    reset = m_accounts.reset_password("anna", &m_service_key);
    ASSERT_TRUE(reset && reset->case_access);
    signed_in = m_accounts.sign_in("anna", reset->one_time_password, code(anna));
    ASSERT_TRUE(signed_in);
    EXPECT_EQ(signed_in->service_key.bytes(), m_service_key.bytes());

    const SecretBytes not_the_service_key(random_bytes(crypto_box_SECRETKEYBYTES));
    EXPECT_EQ(m_accounts.reset_password("anna", &not_the_service_key).error().field, "service_key");
}

TEST_F(StaffAccountsTest, RolesWithoutCaseContentNeverHoldTheServiceKey) {
    const NewAccount coordinator = create("cora", {Role::coordinator});
    auto cora = m_accounts.sign_in("cora", coordinator.one_time_password, code(coordinator));
    ASSERT_TRUE(cora && !cora->service_key.empty());
    for (Role role : {Role::analyst, Role::admin, Role::auditor}) {
        const std::string name = std::string(domain::code_of(role)) + ".one";
        const NewAccount account = create(name, {role});
        EXPECT_FALSE(summary(name).case_access);
        auto granted = m_accounts.grant_case_access(cora->identity, cora->service_key, account.id);
        EXPECT_EQ(granted.error().code, ErrorCode::invalid_input);
        // Even a grant written into the store by hand is not used.
        auto stored = **m_users.find_account(account.id);
        stored.service_key_grant = grant_service_key(stored.public_key, m_service_key);
        ASSERT_TRUE(m_users.update_account(stored));
        auto signed_in = m_accounts.sign_in(name, account.one_time_password, code(account));
        ASSERT_TRUE(signed_in);
        EXPECT_TRUE(signed_in->service_key.empty());
    }
}

TEST_F(StaffAccountsTest, ACoordinatorGivesCaseAccess) {
    const NewAccount coordinator = create("cora", {Role::coordinator});
    const NewAccount worker = create("wim", {Role::caseworker}, false);
    auto wim = m_accounts.sign_in("wim", worker.one_time_password, code(worker));
    ASSERT_TRUE(wim && wim->service_key.empty());
    EXPECT_EQ(m_accounts.grant_case_access(wim->identity, m_service_key, worker.id).error().code, ErrorCode::forbidden);
    auto cora = m_accounts.sign_in("cora", coordinator.one_time_password, code(coordinator));
    ASSERT_TRUE(cora);
    EXPECT_EQ(m_accounts.grant_case_access(cora->identity, SecretBytes(), worker.id).error().code,
              ErrorCode::forbidden);
    ASSERT_TRUE(m_accounts.grant_case_access(cora->identity, cora->service_key, worker.id));
    wim = m_accounts.sign_in("wim", worker.one_time_password, code(worker));
    ASSERT_TRUE(wim);
    EXPECT_EQ(wim->service_key.bytes(), m_service_key.bytes());
    EXPECT_EQ(m_audit_store.records().back().entry.action, AuditAction::login);
    EXPECT_EQ(actions()[actions().size() - 2], AuditAction::case_key_granted);
}

TEST_F(StaffAccountsTest, AdministratorsDisableResetCodesAndChangeRoles) {
    const NewAccount anna = create("anna", {Role::coordinator});
    ASSERT_TRUE(m_accounts.sign_in("anna", anna.one_time_password, code(anna)));
    auto renewed = m_accounts.reset_totp("anna");
    ASSERT_TRUE(renewed);
    EXPECT_NE(renewed->totp_secret_base32, anna.totp_secret_base32);
    EXPECT_FALSE(summary("anna").totp_enrolled);
    EXPECT_FALSE(m_accounts.sign_in("anna", anna.one_time_password, code(anna)));
    NewAccount with_new_code = anna;
    with_new_code.totp_secret_base32 = renewed->totp_secret_base32;
    ASSERT_TRUE(m_accounts.sign_in("anna", anna.one_time_password, code(with_new_code)));

    ASSERT_TRUE(m_accounts.set_roles("anna", {Role::analyst}));
    EXPECT_FALSE(summary("anna").case_access);
    ASSERT_TRUE(m_accounts.disable("anna"));
    EXPECT_TRUE(summary("anna").disabled);
    EXPECT_FALSE(*m_accounts.active_account(anna.id));
    EXPECT_EQ(m_accounts.disable("nobody").error().code, ErrorCode::not_found);
    const auto seen = actions();
    EXPECT_EQ(seen.back(), AuditAction::user_disabled);
    EXPECT_EQ(seen[seen.size() - 2], AuditAction::user_roles_changed);
    EXPECT_TRUE(std::find(seen.begin(), seen.end(), AuditAction::totp_reset) != seen.end());
    auto verified = verify_audit_log(m_audit_store, m_keyring.audit_chain_secret);
    ASSERT_TRUE(verified);
    EXPECT_FALSE(verified->has_value()) << (*verified)->reason;
}

}  // namespace meldpunt::security
