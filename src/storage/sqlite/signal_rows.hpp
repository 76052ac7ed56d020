// How a StoredSignal maps onto the signals table and its list tables
// (signal_forms, signal_indicators, signal_sub_forms). Shared by the SQLite
// signal and case repositories and the bulk loader; internal to storage/sqlite.
// Free functions over a connection the caller holds; no state of their own.
#pragma once

#include <optional>
#include <string_view>

#include "domain/ports.hpp"
#include "storage/sqlite/database.hpp"

namespace meldpunt::storage::sqlite {

// Columns ?1..?23 of an insert or update, in the order bind_signal_data binds them.
inline constexpr std::string_view kSignalDataColumns =
    "kind, channel, status, reporter_role, sector, anonymity, municipality, minors_involved, acute, "
    "received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt, scope, safety_outcome, "
    "assigned_to, registered_by, deadline, deadline_key, investigation_started_at, closed_at, updated_at";
inline constexpr int kSignalDataCount = 23;

// What read_signal expects: id and version, then the data columns.
inline constexpr std::string_view kSignalSelectColumns =
    "id, version, kind, channel, status, reporter_role, sector, anonymity, municipality, minors_involved, acute, "
    "received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt, scope, safety_outcome, "
    "assigned_to, registered_by, deadline, deadline_key, investigation_started_at, closed_at, updated_at";

std::int64_t deadline_key_of(const std::optional<TimePoint>& deadline);

void bind_signal_data(Statement& statement, const domain::StoredSignal& signal);
// The row's forms, indicators and sub-forms are not read here: see load_signal_lists.
Result<domain::StoredSignal> read_signal(const Statement& row);

// Inserts the signal's forms, indicators and sub-forms; with `replace`, first
// removes the ones stored (an update).
Result<void> write_signal_lists(Database& database, domain::SignalId id, const domain::StoredSignal& signal,
                                bool replace);
Result<void> load_signal_lists(Database& database, domain::StoredSignal& signal);

Result<bool> signal_exists(Database& database, domain::SignalId id);

// Persons belong to the case file, but the bulk loader writes them too.
inline constexpr std::string_view kPersonColumns =
    "id, signal_id, role, age, age_estimated, minor_at_start, gender, nationality, identity";
// Inserts `person`; identity 0 becomes the new row's own id.
Result<domain::PersonId> insert_person(Database& database, const domain::Person& person);
Result<domain::Person> read_person(const Statement& row);

// Optional integers and times, NULL when absent.
void bind_optional(Statement& statement, int index, const std::optional<std::int64_t>& value);
void bind_optional(Statement& statement, int index, const std::optional<TimePoint>& value);
std::optional<std::int64_t> column_optional_int(const Statement& row, int index);
std::optional<TimePoint> column_optional_time(const Statement& row, int index);

// Codes in the database were written by us; an unknown one means a newer
// version or damage, and is reported rather than guessed.
template <typename T>
Result<T> decode(std::optional<T> value, std::string_view column) {
    if (!value) return Error::make(ErrorCode::internal, "unknown code in column " + std::string(column));
    return *value;
}

// Runs a step-to-the-end statement from the connection's cache with `bind`.
template <typename Bind>
Result<void> run_bound(Database& database, std::string_view sql, Bind&& bind) {
    auto loan = database.cached(sql);
    if (!loan) return loan.error();
    CachedStatement statement = std::move(*loan);
    bind(*statement);
    return statement->run();
}

}  // namespace meldpunt::storage::sqlite
