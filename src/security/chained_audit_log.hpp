// ChainedAuditLog: the domain's AuditLog port on an AuditStore. Each record()
// becomes one append whose hash chains it to the entry before (audit_chain.hpp),
// keyed with the keyring's audit secret, so the store alone cannot forge or
// repair the chain. verify_audit_log() walks the store and finds the first
// entry that was changed, removed or moved.
// Holds references to the store and the clock; the owner keeps them alive.
// Thread-safe when the store is (the store serialises appends).
#pragma once

#include <cstdint>
#include <optional>

#include "base/clock.hpp"
#include "base/secret.hpp"
#include "domain/staff_ports.hpp"
#include "security/audit_chain.hpp"

namespace meldpunt::security {

class ChainedAuditLog final : public domain::AuditLog {
  public:
    ChainedAuditLog(domain::AuditStore& store, SecretBytes key, const Clock& clock);

    Result<void> record(domain::AuditAction action, domain::UserId actor,
                        std::optional<domain::SignalId> signal = std::nullopt,
                        std::optional<domain::UserId> subject = std::nullopt) override;

  private:
    domain::AuditStore& m_store;
    const SecretBytes m_key;
    const Clock& m_clock;
};

// Streams every stored record, oldest first, and checks sequence and hash one
// at a time (memory stays flat however long the log is). nullopt: the chain
// holds. `entries_checked`, when given, receives how many records were read up
// to and including the first broken one. An error means the store could not be
// read, which says nothing about the chain.
Result<std::optional<AuditBreak>> verify_audit_log(domain::AuditStore& store, const SecretBytes& key,
                                                   std::int64_t* entries_checked = nullptr);

}  // namespace meldpunt::security
