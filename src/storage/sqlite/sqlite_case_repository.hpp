// SqliteCaseRepository: the CaseRepository port (the staff queue, versioned
// saves of a signal, and the case file: persons, referrals, notes and contacts)
// on a SqliteStore shared with the signal repository. Writes go through the
// store's GroupCommitWriter and are durable before they return; reads use its
// connection pool. Thread-safe.
#pragma once

#include <memory>

#include "domain/staff_ports.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteCaseRepository final : public domain::CaseRepository {
  public:
    explicit SqliteCaseRepository(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    Result<std::vector<domain::SignalSummary>> list_signals(const domain::SignalQuery& query) override;
    Result<std::int64_t> count_queue(const domain::SignalQuery& query, std::size_t cap) override;
    Result<int> update_signal(const domain::StoredSignal& updated, domain::SignalChange change) override;
    Result<std::vector<domain::SignalChange>> changes_since(domain::SignalId id, int version) override;

    Result<domain::PersonId> add_person(const domain::Person& person) override;
    Result<std::optional<domain::Person>> find_person(domain::PersonId id) override;
    Result<std::vector<domain::Person>> list_persons(domain::SignalId id) override;
    Result<void> link_person(domain::PersonId person, domain::PersonId same_as) override;

    Result<std::int64_t> add_referral(const domain::Referral& referral) override;
    Result<void> set_referral_outcome(domain::SignalId signal, std::int64_t referral,
                                      domain::ReferralOutcome outcome) override;
    Result<std::vector<domain::Referral>> list_referrals(domain::SignalId id) override;

    Result<std::int64_t> add_case_entry(const domain::CaseEntry& entry) override;
    Result<std::vector<domain::CaseEntry>> list_case_entries(domain::SignalId id) override;

  private:
    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite
