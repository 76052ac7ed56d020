// A FiguresSource for the stats tests: counts set by hand per unit, period,
// area and dimension, and a record of what was asked. Not thread-safe.
#pragma once

#include <map>
#include <tuple>

#include "stats/figures.hpp"

namespace meldpunt::stats {

class TestFiguresSource : public FiguresSource {
  public:
    void set(Unit unit, std::string_view period, std::string_view area, std::string_view dimension,
             std::vector<FigureCount> counts) {
        m_counts[{unit, std::string(period), std::string(area), std::string(dimension)}] = std::move(counts);
    }

    Result<std::vector<FigureCount>> counts(Unit unit, const Period& period, std::string_view area,
                                            std::string_view dimension) override {
        ++calls;
        if (!is_dimension(unit, dimension)) return Error::invalid("dimension", "Unknown breakdown.");
        const auto found = m_counts.find({unit, period.code(), std::string(area), std::string(dimension)});
        return found == m_counts.end() ? std::vector<FigureCount>{} : found->second;
    }

    int calls = 0;

  private:
    std::map<std::tuple<Unit, std::string, std::string, std::string>, std::vector<FigureCount>> m_counts;
};

}  // namespace meldpunt::stats
