// MemoryFigures: the figures port over the in-memory repositories, counted on
// every call from the signals, forms, referrals and people themselves with the
// same facts (stats/figures) the SQLite triggers keep. For tests and small
// setups: each call is a scan. Thread-safe (under the signal repository's mutex).
#pragma once

#include "stats/figures.hpp"
#include "storage/memory/memory_case_repository.hpp"
#include "storage/memory/memory_signal_repository.hpp"

namespace meldpunt::storage::memory {

class MemoryFigures final : public stats::FiguresSource {
  public:
    MemoryFigures(MemorySignalRepository& signals, MemoryCaseRepository& cases) : m_signals(signals), m_cases(cases) {}

    Result<std::vector<stats::FigureCount>> counts(stats::Unit unit, const stats::Period& period, std::string_view area,
                                                   std::string_view dimension) override;

  private:
    MemorySignalRepository& m_signals;
    MemoryCaseRepository& m_cases;
};

}  // namespace meldpunt::storage::memory
