// SqliteFigures: the figures port over the summary tables that migration v5's
// triggers keep in step with every change (figure_signal_counts per month and
// area, figure_person_counts per period and area): a small index read, not a
// scan. recount() works out the same numbers from the signals and persons
// themselves (a full scan): for the tests that prove the two agree and as the
// benchmark's baseline. Thread-safe (reads borrow a connection from the pool).
#pragma once

#include <memory>
#include <vector>

#include "base/result.hpp"
#include "stats/figures.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteFigures : public stats::FiguresSource {
  public:
    explicit SqliteFigures(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    Result<std::vector<stats::FigureCount>> counts(stats::Unit unit, const stats::Period& period,
                                                   std::string_view area, std::string_view dimension) override;
    // One read for every area (the default would make one per area).
    Result<std::vector<stats::AreaCount>> counts_per_area(stats::Unit unit, const stats::Period& period,
                                                         std::string_view dimension) override;
    Result<std::vector<stats::FigureCount>> recount(stats::Unit unit, const stats::Period& period,
                                                    std::string_view area, std::string_view dimension);

  private:
    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite
