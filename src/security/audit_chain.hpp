// The audit log's hash chain: each entry's hash is a keyed BLAKE2b-256 over the
// previous entry's hash and the entry itself, so changing, removing or reordering
// a stored row breaks the chain from that row on, and without the key (from the
// keyring, never in the database) nobody can rebuild it. The store owns the
// entries and their hashes; these are free functions over values, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "base/secret.hpp"
#include "domain/audit.hpp"

namespace meldpunt::security {

inline constexpr std::size_t kAuditHashSize = 32;

// Keyed BLAKE2b-256 over `previous_hash` and a canonical, length-prefixed
// encoding of every field (sequence, unix ms, actor, action code, signal id or
// none, subject user or none). The first entry's previous hash is 32 zero bytes.
// The key must be 16 to 64 bytes (the keyring's is 32); otherwise the result is
// empty, which never verifies.
Bytes audit_entry_hash(const SecretBytes& key, const Bytes& previous_hash, const domain::AuditEntry& entry);

struct ChainedAuditEntry {
    domain::AuditEntry entry;
    Bytes hash;  // as stored
};

struct AuditBreak {
    std::int64_t sequence;  // the first sequence number that cannot be trusted
    std::string reason;     // English, for the operator
};

// Walks `entries` in the given order from sequence 1. Returns the first entry
// that was altered, is missing (a gap) or is out of order, or nullopt when the
// chain holds. Removing entries from the end cannot be seen here; the caller
// compares the last sequence with what it expects.
std::optional<AuditBreak> verify_audit_chain(const SecretBytes& key, std::span<const ChainedAuditEntry> entries);

}  // namespace meldpunt::security
