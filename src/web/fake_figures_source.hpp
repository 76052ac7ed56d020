// For web tests only: a FiguresSource that answers with the counts a test set
// for a unit, period, area and dimension (nothing for anything else), refuses
// unknown dimensions and areas as the real one does, and counts how often it
// was asked. Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <tuple>

#include "domain/municipality.hpp"
#include "stats/figures.hpp"

namespace meldpunt::web::test_support {

class FakeFiguresSource : public stats::FiguresSource {
  public:
    void set(stats::Unit unit, const std::string& period, const std::string& area, const std::string& dimension,
             std::vector<stats::FigureCount> counts) {
        std::lock_guard lock(m_mutex);
        m_counts[{unit, period, area, dimension}] = std::move(counts);
    }

    Result<std::vector<stats::FigureCount>> counts(stats::Unit unit, const stats::Period& period, std::string_view area,
                                                   std::string_view dimension) override {
        std::lock_guard lock(m_mutex);
        ++m_calls;
        if (m_failing) return Error::make(ErrorCode::unavailable, "The store is busy.");
        if (!stats::is_dimension(unit, dimension)) return Error::invalid("dimension", "Unknown dimension.");
        if (!area.empty() && !domain::parse_municipality(area)) return Error::invalid("area", "Unknown area.");
        const auto found = m_counts.find({unit, period.code(), std::string(area), std::string(dimension)});
        if (found == m_counts.end()) return std::vector<stats::FigureCount>{};
        return found->second;
    }

    int calls() const {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }
    void reset_calls() {
        std::lock_guard lock(m_mutex);
        m_calls = 0;
    }
    void fail(bool failing) {
        std::lock_guard lock(m_mutex);
        m_failing = failing;
    }

  private:
    mutable std::mutex m_mutex;
    std::map<std::tuple<stats::Unit, std::string, std::string, std::string>, std::vector<stats::FigureCount>> m_counts;
    int m_calls = 0;
    bool m_failing = false;
};

}  // namespace meldpunt::web::test_support
