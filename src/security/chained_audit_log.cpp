#include "security/chained_audit_log.hpp"

#include <sodium.h>

namespace meldpunt::security {

ChainedAuditLog::ChainedAuditLog(domain::AuditStore& store, SecretBytes key, const Clock& clock)
    : m_store(store), m_key(std::move(key)), m_clock(clock) {}

Result<void> ChainedAuditLog::record(domain::AuditAction action, domain::UserId actor,
                                     std::optional<domain::SignalId> signal, std::optional<domain::UserId> subject) {
    // Without a usable key every hash would be empty and the log unverifiable:
    // refuse rather than write rows nobody can check.
    if (m_key.size() < crypto_generichash_KEYBYTES_MIN || m_key.size() > crypto_generichash_KEYBYTES_MAX)
        return Error::make(ErrorCode::internal, "The audit key is missing or has the wrong size.");
    domain::AuditEntry entry;
    entry.at = m_clock.now();
    entry.actor_user_id = actor;
    entry.action = action;
    entry.signal_id = signal;
    entry.subject_user_id = subject;
    // The store fills in the sequence and hands us the previous hash inside its
    // one serialised write, so the hash is computed over the entry as stored.
    auto appended = m_store.append(entry, [this](const domain::AuditEntry& stored, const Bytes& previous) {
        return audit_entry_hash(m_key, previous, stored);
    });
    if (!appended) return appended.error();
    return Ok{};
}

Result<std::optional<AuditBreak>> verify_audit_log(domain::AuditStore& store, const SecretBytes& key,
                                                   std::int64_t* entries_checked) {
    // The same checks as verify_audit_chain(), one record at a time: that
    // function wants the whole chain in memory, a long-lived log does not fit.
    Bytes previous(kAuditHashSize, 0);
    std::int64_t expected = 1;
    std::int64_t seen = 0;
    std::optional<AuditBreak> broken;
    auto walked = store.for_each([&](const domain::AuditRecord& record) {
        ++seen;
        const std::int64_t found = record.entry.sequence;
        if (found != expected) {
            const std::string where = "entry " + std::to_string(expected);
            broken = AuditBreak{
                expected, found > expected
                              ? where + " is missing (found entry " + std::to_string(found) + ")"
                              : where + " is out of order (found entry " + std::to_string(found) + " in its place)"};
            return false;
        }
        const Bytes hash = audit_entry_hash(key, previous, record.entry);
        if (hash.empty()) {
            broken = AuditBreak{expected, "the audit key has the wrong size"};
            return false;
        }
        if (record.hash.size() != hash.size() || sodium_memcmp(record.hash.data(), hash.data(), hash.size()) != 0) {
            broken =
                AuditBreak{expected, "entry " + std::to_string(expected) + " was altered (its hash does not match)"};
            return false;
        }
        previous = record.hash;
        ++expected;
        return true;
    });
    if (!walked) return walked.error();
    if (entries_checked) *entries_checked = seen;
    return broken;
}

}  // namespace meldpunt::security
