#include "storage/memory/memory_signal_repository.hpp"

#include <algorithm>

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

void keep_in_stored_order(StoredSignal& signal) {
    // SQLite hands lists back in key order; the same here, so that tests over
    // either store see the same signal.
    std::sort(signal.forms.begin(), signal.forms.end());
    std::sort(signal.signal_codes.begin(), signal.signal_codes.end());
    std::sort(signal.sub_forms.begin(), signal.sub_forms.end());
}

Result<SignalId> MemorySignalRepository::add_signal(const StoredSignal& signal) {
    std::lock_guard lock(m_mutex);
    for (const auto& [id, existing] : m_signals) {
        if (existing.receipt_lookup == signal.receipt_lookup) {
            return Error::make(ErrorCode::conflict, "receipt already in use");  // as SQLite's UNIQUE
        }
    }
    const SignalId id = m_signals.empty() ? 1 : m_signals.rbegin()->first + 1;
    StoredSignal copy = signal;
    copy.id = id;
    copy.version = 1;
    keep_in_stored_order(copy);
    m_signals.emplace(id, std::move(copy));
    return id;
}

Result<std::int64_t> MemorySignalRepository::add_message(const StoredMessage& message) {
    std::lock_guard lock(m_mutex);
    if (!m_signals.contains(message.signal_id)) return Error::make(ErrorCode::not_found, "no such signal");
    StoredMessage copy = message;
    copy.id = static_cast<std::int64_t>(m_messages.size()) + 1;
    m_messages.push_back(std::move(copy));
    return m_messages.back().id;
}

Result<std::optional<StoredSignal>> MemorySignalRepository::find_signal(SignalId id) {
    std::lock_guard lock(m_mutex);
    const auto it = m_signals.find(id);
    if (it == m_signals.end()) return std::optional<StoredSignal>{};
    return std::optional<StoredSignal>{it->second};
}

Result<std::optional<StoredSignal>> MemorySignalRepository::find_signal_by_receipt(const Bytes& receipt_lookup) {
    std::lock_guard lock(m_mutex);
    for (const auto& [id, signal] : m_signals) {
        if (signal.receipt_lookup == receipt_lookup) return std::optional<StoredSignal>{signal};
    }
    return std::optional<StoredSignal>{};
}

Result<std::vector<StoredMessage>> MemorySignalRepository::list_messages(SignalId id) {
    std::lock_guard lock(m_mutex);
    std::vector<StoredMessage> out;
    for (const auto& message : m_messages) {
        if (message.signal_id == id) out.push_back(message);
    }
    return out;
}

Result<std::int64_t> MemorySignalRepository::count_signals() {
    std::lock_guard lock(m_mutex);
    return static_cast<std::int64_t>(m_signals.size());
}

}  // namespace meldpunt::storage::memory
