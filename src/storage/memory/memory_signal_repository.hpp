// MemorySignalRepository: the SignalRepository port in memory, for domain tests
// and for trying things out. "Durable" here only means stored. A
// MemoryCaseRepository works on the same signals (it borrows this object and
// its mutex). Thread-safe.
#pragma once

#include <map>
#include <mutex>

#include "domain/ports.hpp"

namespace meldpunt::storage::memory {

// Sorts a signal's lists the way the SQLite store returns them.
void keep_in_stored_order(domain::StoredSignal& signal);

class MemorySignalRepository final : public domain::SignalRepository {
  public:
    Result<domain::SignalId> add_signal(const domain::StoredSignal& signal) override;
    Result<std::int64_t> add_message(const domain::StoredMessage& message) override;
    Result<std::optional<domain::StoredSignal>> find_signal(domain::SignalId id) override;
    Result<std::optional<domain::StoredSignal>> find_signal_by_receipt(const Bytes& receipt_lookup) override;
    Result<std::vector<domain::StoredMessage>> list_messages(domain::SignalId id) override;
    Result<std::int64_t> count_signals() override;

  private:
    friend class MemoryCaseRepository;
    friend class MemoryFigures;
    std::mutex m_mutex;
    std::map<domain::SignalId, domain::StoredSignal> m_signals;
    std::vector<domain::StoredMessage> m_messages;
};

}  // namespace meldpunt::storage::memory
