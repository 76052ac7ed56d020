// The case file half of SqliteCaseRepository: persons, referrals and the
// sealed timeline of notes and contacts.
#include "storage/sqlite/signal_rows.hpp"
#include "storage/sqlite/sqlite_case_repository.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

// Everything here hangs off a signal; a missing one is the caller's not_found,
// not a foreign-key failure.
Result<void> require_signal(Database& database, SignalId id) {
    auto exists = signal_exists(database, id);
    if (!exists) return exists.error();
    if (!*exists) return Error::make(ErrorCode::not_found, "no such signal");
    return Ok{};
}

// Runs `sql` (bound to `id`) and turns every row into a T with `read`.
template <typename T, typename Read>
Result<std::vector<T>> read_rows(SqliteStore& store, std::string_view sql, std::int64_t id, Read read) {
    auto database = store.read();
    auto loan = database->cached(sql);
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, id);
    std::vector<T> rows;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return rows;
        Result<T> value = read(*query);
        if (!value) return value.error();
        rows.push_back(std::move(*value));
    }
}

Result<PersonId> identity_of(Database& database, PersonId person) {
    auto loan = database.cached("SELECT identity FROM persons WHERE id = ?");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, person);
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) return Error::make(ErrorCode::not_found, "no such person");
    return query->column_int(0);
}

Result<Referral> read_referral(const Statement& row) {
    auto partner = decode(parse_partner(row.column_text(2)), "referrals.partner");
    auto outcome = decode(parse_referral_outcome(row.column_text(4)), "referrals.outcome");
    if (!partner) return partner.error();
    if (!outcome) return outcome.error();
    return Referral{row.column_int(0), row.column_int(1), *partner, from_unix_millis(row.column_int(3)),
                    *outcome,          row.column_int(5)};
}

Result<CaseEntry> read_case_entry(const Statement& row) {
    auto kind = decode(parse_case_entry_kind(row.column_text(2)), "case_entries.kind");
    if (!kind) return kind.error();
    return CaseEntry{
        row.column_int(0), row.column_int(1), *kind, row.column_int(3), from_unix_millis(row.column_int(4)),
        row.column_blob(5)};
}

}  // namespace

Result<PersonId> SqliteCaseRepository::add_person(const Person& person) {
    return m_store->writer().write<PersonId>([&](Database& database) -> Result<PersonId> {
        if (auto found = require_signal(database, person.signal_id); !found) return found.error();
        return insert_person(database, person);
    });
}

Result<std::optional<Person>> SqliteCaseRepository::find_person(PersonId id) {
    auto rows = read_rows<Person>(*m_store, "SELECT " + std::string(kPersonColumns) + " FROM persons WHERE id = ?", id,
                                  read_person);
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<Person>{};
    return std::optional<Person>{std::move(rows->front())};
}

Result<std::vector<Person>> SqliteCaseRepository::list_persons(SignalId id) {
    return read_rows<Person>(*m_store,
                             "SELECT " + std::string(kPersonColumns) + " FROM persons WHERE signal_id = ? ORDER BY id",
                             id, read_person);
}

Result<void> SqliteCaseRepository::link_person(PersonId person, PersonId same_as) {
    auto linked = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto from = identity_of(database, person);
        if (!from) return from.error();
        auto to = identity_of(database, same_as);
        if (!to) return to.error();
        // The whole group moves, so earlier links of `person` stay together.
        auto moved = run_bound(database, "UPDATE persons SET identity = ? WHERE identity = ?",
                               [&](Statement& update) { update.bind(1, *to).bind(2, *from); });
        if (!moved) return moved.error();
        return true;
    });
    if (!linked) return linked.error();
    return Ok{};
}

Result<std::int64_t> SqliteCaseRepository::add_referral(const Referral& referral) {
    return m_store->writer().write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        if (auto found = require_signal(database, referral.signal_id); !found) return found.error();
        auto inserted = run_bound(
            database, "INSERT INTO referrals (signal_id, partner, referred_at, outcome, by) VALUES (?, ?, ?, ?, ?)",
            [&](Statement& insert) {
                insert.bind(1, referral.signal_id).bind(2, code_of(referral.partner));
                insert.bind(3, to_unix_millis(referral.referred_at)).bind(4, code_of(referral.outcome));
                insert.bind(5, referral.by);
            });
        if (!inserted) return inserted.error();
        return database.last_insert_id();
    });
}

Result<void> SqliteCaseRepository::set_referral_outcome(SignalId signal, std::int64_t referral,
                                                        ReferralOutcome outcome) {
    auto set = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto updated =
            run_bound(database, "UPDATE referrals SET outcome = ? WHERE id = ? AND signal_id = ?",
                      [&](Statement& update) { update.bind(1, code_of(outcome)).bind(2, referral).bind(3, signal); });
        if (!updated) return updated.error();
        if (database.changes() == 0) return Error::make(ErrorCode::not_found, "no such referral on this signal");
        return true;
    });
    if (!set) return set.error();
    return Ok{};
}

Result<std::vector<Referral>> SqliteCaseRepository::list_referrals(SignalId id) {
    return read_rows<Referral>(
        *m_store,
        "SELECT id, signal_id, partner, referred_at, outcome, by FROM referrals WHERE signal_id = ? ORDER BY id", id,
        read_referral);
}

Result<std::int64_t> SqliteCaseRepository::add_case_entry(const CaseEntry& entry) {
    return m_store->writer().write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        if (auto found = require_signal(database, entry.signal_id); !found) return found.error();
        auto inserted = run_bound(
            database, "INSERT INTO case_entries (signal_id, kind, author, at, sealed_body) VALUES (?, ?, ?, ?, ?)",
            [&](Statement& insert) {
                insert.bind(1, entry.signal_id).bind(2, code_of(entry.kind)).bind(3, entry.author);
                insert.bind(4, to_unix_millis(entry.at)).bind(5, entry.sealed_body);
            });
        if (!inserted) return inserted.error();
        return database.last_insert_id();
    });
}

Result<std::vector<CaseEntry>> SqliteCaseRepository::list_case_entries(SignalId id) {
    return read_rows<CaseEntry>(
        *m_store,
        "SELECT id, signal_id, kind, author, at, sealed_body FROM case_entries WHERE signal_id = ? ORDER BY id", id,
        read_case_entry);
}

}  // namespace meldpunt::storage::sqlite
