// A period the figures are about: a year ("2026"), a quarter ("2026Q1") or a
// month ("2026-03"), as the API and the command line write them. Knows its
// first and last day and the period before it (for trends). Plain value;
// thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "base/working_days.hpp"

namespace meldpunt::stats {

enum class PeriodKind { year, quarter, month };

struct Period {
    PeriodKind kind = PeriodKind::year;
    int year = 2026;
    int number = 1;  // quarter 1-4 or month 1-12; 1 for a year

    Date first_day() const;
    Date last_day() const;
    bool contains(Date day) const { return first_day() <= day && day <= last_day(); }
    Period previous() const;
    std::string code() const;  // "2026", "2026Q1", "2026-03"
    bool operator==(const Period&) const = default;
};

// Years 2000-2099 only: the service started in 2024, and a typo like "20266"
// should be an error, not a period nobody meant.
Result<Period> parse_period(std::string_view text);

}  // namespace meldpunt::stats
