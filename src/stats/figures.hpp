// The figures port: counts of signals and of people for a period and an area,
// as the store keeps them up to date on every change (never a nightly guess).
// Also the facts one signal, one of its forms or one person adds to those
// counts: the store's triggers and any other implementation share this one
// definition. Pure C++ over domain; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "stats/period.hpp"
#include "stats/publication.hpp"

namespace meldpunt::stats {

struct FigureCount {
    std::string value;  // a code ("sexual", "GM0034", "yes"); "" for the dimension "all"
    std::int64_t count = 0;
    bool operator==(const FigureCount&) const = default;
};

// What signals can be counted by. minors_form and scope_form are crossings
// whose values are "<minors>|<form>" and "<scope>|<form>"; municipality is the
// area the signal is about.
//   all, kind, channel, reporter_role, minors, scope, status, form, sub_form,
//   partner, referral_outcome, minors_form, scope_form, municipality
std::span<const std::string_view> signal_dimensions();
// What possible victims can be counted by, each person once however many
// linked signals they appear in (a person with two ages in a year counts once
// in each band, once in "all"). age_gender values are "<band>|<gender>".
//   all, gender, age_band, age_gender, minor_now, minor_at_start, nationality, municipality
std::span<const std::string_view> person_dimensions();
bool is_dimension(Unit unit, std::string_view dimension);
// What every FiguresSource refuses: an unknown dimension, or an area that is
// neither the region nor a municipality code (the six, outside, unknown).
Result<void> check_figure_query(Unit unit, std::string_view area, std::string_view dimension);
// 202603: the month of a day, as the counts are kept.
int month_number(Date day);

// "" is the whole region: the six municipalities, outside Flevoland and unknown.
inline constexpr std::string_view kRegion = "";

struct AreaCount {
    std::string area;  // a municipality code, "outside" or "unknown"
    std::string value;
    std::int64_t count = 0;
    bool operator==(const AreaCount&) const = default;
};

class FiguresSource {
  public:
    virtual ~FiguresSource() = default;
    // Sorted by value; values with a count of 0 are left out. An unknown
    // dimension or area is an invalid-input error.
    virtual Result<std::vector<FigureCount>> counts(Unit unit, const Period& period, std::string_view area,
                                                    std::string_view dimension) = 0;
    // The same for every area at once (the rows of a table per municipality),
    // by area and value. This default asks per area; a store may do it in one read.
    virtual Result<std::vector<AreaCount>> counts_per_area(Unit unit, const Period& period, std::string_view dimension);
};

// Age bands of a possible victim at the time of the signal.
// "0-11", "12-15", "16-17", "18-22", "23-29", "30-49", "50+", "unknown".
std::string_view age_band_of(std::optional<int> age);
std::span<const std::string_view> age_bands();
bool is_minor_band(std::string_view band);

// One dimension/value a signal or person adds 1 to.
struct Fact {
    std::string dimension;
    std::string value;
    bool operator==(const Fact&) const = default;
};

// The codes of one signal's plain fields (as domain::code_of writes them).
struct SignalFields {
    std::string_view kind, channel, reporter_role, minors, scope, status;
};
// all, kind, channel, reporter_role, minors, scope, status.
std::vector<Fact> signal_facts(const SignalFields& signal);
// form, minors_form, scope_form.
std::vector<Fact> form_facts(std::string_view form, std::string_view minors, std::string_view scope);

// partner, referral_outcome.
std::vector<Fact> referral_facts(std::string_view partner, std::string_view outcome);

struct PersonFields {
    std::string_view role;  // only victims are counted
    std::optional<int> age;
    std::string_view minor_at_start, gender, nationality;
};
// all, gender, age_band, age_gender, minor_now, minor_at_start, nationality; none for a suspect.
std::vector<Fact> person_facts(const PersonFields& person);

// The period codes people are counted per: 202603 (month), 20261 (quarter 1),
// 2026 (year). One person counts once in each period they appear in.
int period_number(const Period& period);
// The month, quarter and year numbers of a month yyyymm.
std::array<int, 3> periods_of_month(int yyyymm);

}  // namespace meldpunt::stats
