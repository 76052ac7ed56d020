#include "storage/memory/memory_case_repository.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

namespace {

constexpr std::size_t kMaxQueuePage = 200;

std::int64_t deadline_key_of(const StoredSignal& signal) {
    return signal.deadline ? to_unix_millis(*signal.deadline) : std::numeric_limits<std::int64_t>::max();
}

// The same rules as the SQL that storage/sqlite/queue_query.cpp builds.
bool matches(const StoredSignal& signal, const SignalQuery& query) {
    if (!query.include_closed && signal.status == Status::closed) return false;
    const bool mine = signal.assigned_to == query.viewer;
    if (query.visibility == QueueVisibility::assigned_to_viewer && !mine) return false;
    if (query.visibility == QueueVisibility::new_or_assigned_to_viewer && signal.status != Status::new_signal && !mine)
        return false;
    if (query.status && signal.status != *query.status) return false;
    if (query.kind && signal.kind != *query.kind) return false;
    if (query.channel && signal.channel != *query.channel) return false;
    if (query.municipality && signal.municipality != *query.municipality) return false;
    if (query.form && std::find(signal.forms.begin(), signal.forms.end(), *query.form) == signal.forms.end())
        return false;
    if (query.assigned_to && signal.assigned_to != *query.assigned_to) return false;
    if (query.unassigned_only && signal.assigned_to) return false;
    if (query.acute_only && !signal.acute) return false;
    if (query.overdue_at && !(signal.deadline && *signal.deadline < *query.overdue_at)) return false;
    if (query.id && signal.id != *query.id) return false;
    if (query.after &&
        std::tuple(deadline_key_of(signal), signal.id) <= std::tuple(query.after->deadline_key, query.after->id))
        return false;
    return true;
}

SignalSummary summary_of(const StoredSignal& signal) {
    return SignalSummary{signal.id,           signal.version,         signal.kind,
                         signal.channel,      signal.status,          signal.acute,
                         signal.received_at,  signal.deadline,        signal.assigned_to,
                         signal.municipality, signal.minors_involved, signal.forms};
}

}  // namespace

Result<std::vector<SignalSummary>> MemoryCaseRepository::list_signals(const SignalQuery& query) {
    std::lock_guard lock(m_signals.m_mutex);
    std::vector<const StoredSignal*> found;
    for (const auto& [id, signal] : m_signals.m_signals) {
        if (matches(signal, query)) found.push_back(&signal);
    }
    std::sort(found.begin(), found.end(), [](const StoredSignal* a, const StoredSignal* b) {
        return std::tuple(deadline_key_of(*a), a->id) < std::tuple(deadline_key_of(*b), b->id);
    });
    found.resize(std::min(found.size(), std::clamp<std::size_t>(query.limit, 1, kMaxQueuePage)));
    std::vector<SignalSummary> page;
    for (const auto* signal : found) page.push_back(summary_of(*signal));
    return page;
}

Result<std::int64_t> MemoryCaseRepository::count_queue(const SignalQuery& query, std::size_t cap) {
    SignalQuery counted = query;
    counted.after.reset();
    counted.limit = cap;
    auto page = list_signals(counted);
    if (!page) return page.error();
    return static_cast<std::int64_t>(page->size());
}

Result<int> MemoryCaseRepository::update_signal(const StoredSignal& updated, SignalChange change) {
    std::lock_guard lock(m_signals.m_mutex);
    const auto it = m_signals.m_signals.find(updated.id);
    if (it == m_signals.m_signals.end()) return Error::make(ErrorCode::not_found, "no such signal");
    if (it->second.version != updated.version)
        return Error::make(ErrorCode::conflict, "someone else changed this signal first");
    StoredSignal copy = updated;
    copy.version = updated.version + 1;
    keep_in_stored_order(copy);
    it->second = std::move(copy);
    change.signal_id = updated.id;
    change.version = updated.version + 1;
    m_changes.push_back(std::move(change));
    return updated.version + 1;
}

Result<std::vector<SignalChange>> MemoryCaseRepository::changes_since(SignalId id, int version) {
    std::lock_guard lock(m_signals.m_mutex);
    std::vector<SignalChange> out;
    for (const auto& change : m_changes) {
        if (change.signal_id == id && change.version > version) out.push_back(change);
    }
    return out;  // kept in the order saved, which is version order per signal
}

Result<PersonId> MemoryCaseRepository::add_person(const Person& person) {
    std::lock_guard lock(m_signals.m_mutex);
    if (!has_signal(person.signal_id)) return Error::make(ErrorCode::not_found, "no such signal");
    const PersonId id = m_persons.empty() ? 1 : m_persons.rbegin()->first + 1;
    Person copy = person;
    copy.id = id;
    if (copy.identity == 0) copy.identity = id;
    m_persons.emplace(id, std::move(copy));
    return id;
}

Result<std::optional<Person>> MemoryCaseRepository::find_person(PersonId id) {
    std::lock_guard lock(m_signals.m_mutex);
    const auto it = m_persons.find(id);
    if (it == m_persons.end()) return std::optional<Person>{};
    return std::optional<Person>{it->second};
}

Result<std::vector<Person>> MemoryCaseRepository::list_persons(SignalId id) {
    std::lock_guard lock(m_signals.m_mutex);
    std::vector<Person> out;
    for (const auto& [person_id, person] : m_persons) {
        if (person.signal_id == id) out.push_back(person);
    }
    return out;
}

Result<void> MemoryCaseRepository::link_person(PersonId person, PersonId same_as) {
    std::lock_guard lock(m_signals.m_mutex);
    const auto from = m_persons.find(person);
    const auto to = m_persons.find(same_as);
    if (from == m_persons.end() || to == m_persons.end()) return Error::make(ErrorCode::not_found, "no such person");
    const PersonId old_identity = from->second.identity;
    const PersonId new_identity = to->second.identity;
    for (auto& [id, record] : m_persons) {
        if (record.identity == old_identity) record.identity = new_identity;
    }
    return Ok{};
}

Result<std::int64_t> MemoryCaseRepository::add_referral(const Referral& referral) {
    std::lock_guard lock(m_signals.m_mutex);
    if (!has_signal(referral.signal_id)) return Error::make(ErrorCode::not_found, "no such signal");
    Referral copy = referral;
    copy.id = static_cast<std::int64_t>(m_referrals.size()) + 1;
    m_referrals.push_back(copy);
    return copy.id;
}

Result<void> MemoryCaseRepository::set_referral_outcome(SignalId signal, std::int64_t referral,
                                                        ReferralOutcome outcome) {
    std::lock_guard lock(m_signals.m_mutex);
    for (auto& stored : m_referrals) {
        if (stored.id == referral && stored.signal_id == signal) {
            stored.outcome = outcome;
            return Ok{};
        }
    }
    return Error::make(ErrorCode::not_found, "no such referral on this signal");
}

Result<std::vector<Referral>> MemoryCaseRepository::list_referrals(SignalId id) {
    std::lock_guard lock(m_signals.m_mutex);
    std::vector<Referral> out;
    for (const auto& referral : m_referrals) {
        if (referral.signal_id == id) out.push_back(referral);
    }
    return out;
}

Result<std::int64_t> MemoryCaseRepository::add_case_entry(const CaseEntry& entry) {
    std::lock_guard lock(m_signals.m_mutex);
    if (!has_signal(entry.signal_id)) return Error::make(ErrorCode::not_found, "no such signal");
    CaseEntry copy = entry;
    copy.id = static_cast<std::int64_t>(m_entries.size()) + 1;
    m_entries.push_back(copy);
    return copy.id;
}

Result<std::vector<CaseEntry>> MemoryCaseRepository::list_case_entries(SignalId id) {
    std::lock_guard lock(m_signals.m_mutex);
    std::vector<CaseEntry> out;
    for (const auto& entry : m_entries) {
        if (entry.signal_id == id) out.push_back(entry);
    }
    return out;
}

}  // namespace meldpunt::storage::memory
