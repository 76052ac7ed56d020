#include "stats/period.hpp"

#include <charconv>

namespace meldpunt::stats {

namespace {

using std::chrono::last;
using std::chrono::month;

std::optional<int> number_of(std::string_view digits) {
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

Error bad_period() {
    return Error::invalid("period", "Give the period as a year (2026), a quarter (2026Q1) or a month (2026-03).");
}

}  // namespace

Date Period::first_day() const {
    switch (kind) {
        case PeriodKind::year: return Date{std::chrono::year{this->year} / 1 / 1};
        case PeriodKind::quarter:
            return Date{std::chrono::year{this->year} / month{static_cast<unsigned>(3 * number - 2)} / 1};
        case PeriodKind::month: break;
    }
    return Date{std::chrono::year{this->year} / month{static_cast<unsigned>(number)} / 1};
}

Date Period::last_day() const {
    switch (kind) {
        case PeriodKind::year: return Date{std::chrono::year{this->year} / 12 / 31};
        case PeriodKind::quarter:
            return Date{std::chrono::year{this->year} / month{static_cast<unsigned>(3 * number)} / last};
        case PeriodKind::month: break;
    }
    return Date{std::chrono::year{this->year} / month{static_cast<unsigned>(number)} / last};
}

Period Period::previous() const {
    const int per_year = kind == PeriodKind::year ? 1 : kind == PeriodKind::quarter ? 4 : 12;
    if (kind == PeriodKind::year) return Period{kind, this->year - 1, 1};
    if (number > 1) return Period{kind, this->year, number - 1};
    return Period{kind, this->year - 1, per_year};
}

std::string Period::code() const {
    const std::string year_text = std::to_string(this->year);
    switch (kind) {
        case PeriodKind::year: return year_text;
        case PeriodKind::quarter: return year_text + "Q" + std::to_string(number);
        case PeriodKind::month: break;
    }
    return year_text + (number < 10 ? "-0" : "-") + std::to_string(number);
}

Result<Period> parse_period(std::string_view text) {
    if (text.size() < 4) return bad_period();
    const auto year_number = number_of(text.substr(0, 4));
    if (!year_number || *year_number < 2000 || *year_number > 2099) return bad_period();
    const std::string_view rest = text.substr(4);
    if (rest.empty()) return Period{PeriodKind::year, *year_number, 1};
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
        const auto quarter = number_of(rest.substr(1));
        if (!quarter || *quarter < 1 || *quarter > 4) return bad_period();
        return Period{PeriodKind::quarter, *year_number, *quarter};
    }
    if (rest.size() == 3 && rest[0] == '-') {
        const auto month_number = number_of(rest.substr(1));
        if (!month_number || *month_number < 1 || *month_number > 12) return bad_period();
        return Period{PeriodKind::month, *year_number, *month_number};
    }
    return bad_period();
}

}  // namespace meldpunt::stats
