// SqliteFigures: the counts the figures are made of, per dimension over a range
// of months (yyyymm, Europe/Amsterdam), read from the summary table that
// migration v4's triggers keep in step with every change: a small read, not a
// scan. recount() counts the same from the signals themselves (a full scan): for
// tests that prove the two agree and for the benchmark's baseline.
// Thread-safe (reads borrow a connection from the store's pool).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

struct DimensionCount {
    std::string value;  // "" for the dimension "all"
    std::int64_t count = 0;
    bool operator==(const DimensionCount&) const = default;
};

// all, kind, channel, municipality, reporter_role, minors, scope, status, form, sub_form.
bool is_figure_dimension(std::string_view dimension);

class SqliteFigures {
  public:
    explicit SqliteFigures(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    // Sorted by value; values with a count of 0 are left out.
    Result<std::vector<DimensionCount>> counts(int first_month, int last_month, std::string_view dimension);
    Result<std::vector<DimensionCount>> recount(int first_month, int last_month, std::string_view dimension);

  private:
    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite
