// MemoryCaseRepository: the CaseRepository port in memory, for domain tests. It
// works on the signals of a MemorySignalRepository it borrows (which must
// outlive it) and keeps persons, referrals, entries and changes itself, all
// under the signal repository's mutex. Same rules as the SQLite store: version
// conflicts, not_found for a missing signal or a referral of another signal.
// Thread-safe.
#pragma once

#include <map>
#include <vector>

#include "domain/staff_ports.hpp"
#include "storage/memory/memory_signal_repository.hpp"

namespace meldpunt::storage::memory {

class MemoryCaseRepository final : public domain::CaseRepository {
  public:
    explicit MemoryCaseRepository(MemorySignalRepository& signals) : m_signals(signals) {}

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
    friend class MemoryFigures;
    bool has_signal(domain::SignalId id) const { return m_signals.m_signals.contains(id); }

    MemorySignalRepository& m_signals;
    std::map<domain::PersonId, domain::Person> m_persons;
    std::vector<domain::Referral> m_referrals;
    std::vector<domain::CaseEntry> m_entries;
    std::vector<domain::SignalChange> m_changes;
};

}  // namespace meldpunt::storage::memory
