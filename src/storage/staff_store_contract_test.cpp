// The UserRepository and AuditStore contracts, run against the in-memory and
// the SQLite store.
#include <gtest/gtest.h>

// Queries below name only the fields they set; the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <mutex>
#include <thread>

#include "storage/contract_stores.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;

class StaffStoreContract : public StoreContract {
  protected:
    static StaffAccount account(std::string name) {
        StaffAccount account;
        account.username = std::move(name);
        account.roles = RoleSet{Role::caseworker, Role::intake};
        account.password_salt = Bytes(16, 1);
        account.password_verifier = Bytes(32, 2);
        account.public_key = Bytes(32, 3);
        account.private_key_wrapped = Bytes(72, 4);
        account.created_at = from_unix_millis(1000);
        return account;  // no TOTP secret and no key grant yet: empty, not missing
    }

    // A stand-in for the chain hash: one byte of the sequence, then the
    // previous hash's first byte, padded; and every call remembered.
    Bytes chain(const AuditEntry& entry, const Bytes& previous) {
        std::lock_guard lock(m_seen_mutex);
        m_seen.emplace_back(entry.sequence, previous);
        Bytes hash(32, 0);
        hash[0] = static_cast<std::uint8_t>(entry.sequence);
        hash[1] = previous.empty() ? 0xFF : previous[0];
        return hash;
    }
    std::int64_t append(AuditAction action, UserId actor, std::optional<SignalId> signal = std::nullopt) {
        AuditEntry entry;
        entry.sequence = 99;  // the store decides
        entry.at = from_unix_millis(5000);
        entry.actor_user_id = actor;
        entry.action = action;
        entry.signal_id = signal;
        return m_stores.audit->append(entry, [&](const AuditEntry& e, const Bytes& p) { return chain(e, p); }).value();
    }

    std::mutex m_seen_mutex;
    std::vector<std::pair<std::int64_t, Bytes>> m_seen;
};

TEST_P(StaffStoreContract, AccountsHaveUniqueNamesWithoutRegardToCase) {
    auto& users = *m_stores.users;
    const UserId anna = users.add_account(account("Anna")).value();
    const auto taken = users.add_account(account("anna"));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::conflict);
    const UserId bram = users.add_account(account("bram")).value();
    EXPECT_NE(anna, bram);

    const auto found = users.find_account_by_name("ANNA").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, anna);
    EXPECT_EQ(found->username, "Anna");
    EXPECT_EQ(found->roles, (RoleSet{Role::caseworker, Role::intake}));
    EXPECT_TRUE(found->password_change_required);
    EXPECT_TRUE(found->totp_secret_sealed.empty());
    EXPECT_EQ(found->private_key_wrapped, Bytes(72, 4));
    EXPECT_EQ(found->created_at, from_unix_millis(1000));
    EXPECT_FALSE(users.find_account_by_name("carla").value().has_value());
    EXPECT_FALSE(users.find_account(999).value().has_value());

    StaffAccount changed = *found;
    changed.disabled = true;
    changed.failed_logins = 3;
    changed.locked_until = from_unix_millis(9000);
    changed.service_key_grant = Bytes(48, 5);
    changed.roles = RoleSet{Role::coordinator};
    ASSERT_TRUE(users.update_account(changed).ok());
    const auto reread = users.find_account(anna).value().value();
    EXPECT_TRUE(reread.disabled);
    EXPECT_EQ(reread.failed_logins, 3);
    EXPECT_EQ(reread.locked_until, from_unix_millis(9000));
    EXPECT_EQ(reread.service_key_grant, Bytes(48, 5));
    EXPECT_EQ(reread.roles, RoleSet{Role::coordinator});

    changed.username = "BRAM";
    EXPECT_EQ(users.update_account(changed).error().code, ErrorCode::conflict);
    changed.id = 999;
    EXPECT_EQ(users.update_account(changed).error().code, ErrorCode::not_found);

    const auto all = users.list_accounts().value();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].username, "Anna");
    EXPECT_EQ(all[1].username, "bram");
}

TEST_P(StaffStoreContract, ATotpStepCountsOnce) {
    const UserId id = m_stores.users->add_account(account("anna")).value();
    EXPECT_TRUE(m_stores.users->claim_totp_step(id, 100).value());
    EXPECT_FALSE(m_stores.users->claim_totp_step(id, 100).value());  // a replay
    EXPECT_FALSE(m_stores.users->claim_totp_step(id, 99).value());   // older
    EXPECT_TRUE(m_stores.users->claim_totp_step(id, 101).value());
    EXPECT_EQ(m_stores.users->find_account(id).value()->totp_last_step, 101);
    EXPECT_EQ(m_stores.users->claim_totp_step(999, 5).error().code, ErrorCode::not_found);
}

TEST_P(StaffStoreContract, AuditEntriesAreNumberedAndChained) {
    EXPECT_EQ(append(AuditAction::login, 1), 1);
    EXPECT_EQ(append(AuditAction::signal_viewed, 1, 10), 2);
    EXPECT_EQ(append(AuditAction::signal_viewed, 2, 11), 3);
    EXPECT_EQ(append(AuditAction::note_added, 2, 10), 4);
    ASSERT_EQ(m_seen.size(), 4u);
    EXPECT_EQ(m_seen[0].first, 1);
    EXPECT_EQ(m_seen[0].second, Bytes(32, 0));  // before the first: zeros
    for (std::size_t i = 1; i < m_seen.size(); ++i) {
        EXPECT_EQ(m_seen[i].first, static_cast<std::int64_t>(i) + 1);
        EXPECT_EQ(m_seen[i].second[0], i);  // the previous record's hash
    }

    const auto newest = m_stores.audit->list({}).value();
    ASSERT_EQ(newest.size(), 4u);
    EXPECT_EQ(newest[0].entry.sequence, 4);
    EXPECT_EQ(newest[0].entry.action, AuditAction::note_added);
    EXPECT_EQ(newest[0].entry.signal_id, 10);
    EXPECT_EQ(newest[0].entry.at, from_unix_millis(5000));
    EXPECT_EQ(newest[0].hash[0], 4);
    EXPECT_FALSE(newest[3].entry.signal_id.has_value());

    auto sequences = [&](AuditQuery query) {
        std::vector<std::int64_t> out;
        const auto records = m_stores.audit->list(query).value();
        for (const auto& record : records) out.push_back(record.entry.sequence);
        return out;
    };
    EXPECT_EQ(sequences({.actor = 1}), (std::vector<std::int64_t>{2, 1}));
    EXPECT_EQ(sequences({.signal = 10}), (std::vector<std::int64_t>{4, 2}));
    EXPECT_EQ(sequences({.action = AuditAction::signal_viewed}), (std::vector<std::int64_t>{3, 2}));
    EXPECT_EQ(sequences({.before_sequence = 3}), (std::vector<std::int64_t>{2, 1}));
    EXPECT_EQ(sequences({.limit = 2}), (std::vector<std::int64_t>{4, 3}));

    std::vector<std::int64_t> visited;
    ASSERT_TRUE(m_stores.audit
                    ->for_each([&](const AuditRecord& record) {
                        visited.push_back(record.entry.sequence);
                        return true;
                    })
                    .ok());
    EXPECT_EQ(visited, (std::vector<std::int64_t>{1, 2, 3, 4}));
    visited.clear();
    ASSERT_TRUE(m_stores.audit
                    ->for_each([&](const AuditRecord& record) {
                        visited.push_back(record.entry.sequence);
                        return visited.size() < 2;
                    })
                    .ok());
    EXPECT_EQ(visited, (std::vector<std::int64_t>{1, 2}));
}

TEST_P(StaffStoreContract, ConcurrentAuditAppendsFormOneChain) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 30; ++i) (void)append(AuditAction::signals_listed, t + 1);
        });
    }
    for (auto& thread : threads) thread.join();
    Bytes previous(32, 0);
    std::int64_t expected = 1;
    ASSERT_TRUE(m_stores.audit
                    ->for_each([&](const AuditRecord& record) {
                        EXPECT_EQ(record.entry.sequence, expected++);
                        EXPECT_EQ(record.hash[1], previous[0]);  // chained onto its predecessor, not a sibling
                        previous = record.hash;
                        return true;
                    })
                    .ok());
    EXPECT_EQ(expected, 121);
}

INSTANTIATE_TEST_SUITE_P(AllStores, StaffStoreContract, ::testing::ValuesIn(all_store_factories()),
                         [](const auto& info) { return info.param.name; });

}  // namespace meldpunt::storage
