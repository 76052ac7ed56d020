#include "storage/sqlite/signal_rows.hpp"

#include <algorithm>
#include <limits>

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

std::int64_t deadline_key_of(const std::optional<TimePoint>& deadline) {
    return deadline ? to_unix_millis(*deadline) : std::numeric_limits<std::int64_t>::max();
}

void bind_optional(Statement& statement, int index, const std::optional<std::int64_t>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind_null(index);
}

void bind_optional(Statement& statement, int index, const std::optional<TimePoint>& value) {
    bind_optional(statement, index, value ? std::optional<std::int64_t>(to_unix_millis(*value)) : std::nullopt);
}

std::optional<std::int64_t> column_optional_int(const Statement& row, int index) {
    if (row.column_is_null(index)) return std::nullopt;
    return row.column_int(index);
}

std::optional<TimePoint> column_optional_time(const Statement& row, int index) {
    if (row.column_is_null(index)) return std::nullopt;
    return from_unix_millis(row.column_int(index));
}

void bind_signal_data(Statement& statement, const StoredSignal& signal) {
    statement.bind(1, code_of(signal.kind)).bind(2, code_of(signal.channel)).bind(3, code_of(signal.status));
    statement.bind(4, code_of(signal.reporter_role));
    if (signal.sector)
        statement.bind(5, code_of(*signal.sector));
    else
        statement.bind_null(5);
    statement.bind(6, code_of(signal.anonymity)).bind(7, code_of(signal.municipality));
    statement.bind(8, code_of(signal.minors_involved)).bind(9, std::int64_t{signal.acute ? 1 : 0});
    statement.bind(10, to_unix_millis(signal.received_at)).bind(11, signal.receipt_lookup);
    statement.bind(12, signal.sealed_content).bind(13, signal.key_for_service).bind(14, signal.key_for_receipt);
    statement.bind(15, code_of(signal.scope));
    if (signal.safety_outcome)
        statement.bind(16, code_of(*signal.safety_outcome));
    else
        statement.bind_null(16);
    bind_optional(statement, 17, signal.assigned_to);
    bind_optional(statement, 18, signal.registered_by);
    bind_optional(statement, 19, signal.deadline);
    statement.bind(20, deadline_key_of(signal.deadline));
    bind_optional(statement, 21, signal.investigation_started_at);
    bind_optional(statement, 22, signal.closed_at);
    statement.bind(23, to_unix_millis(signal.updated_at));
}

Result<StoredSignal> read_signal(const Statement& row) {
    std::optional<Error> failed;
    // Keeps the first unknown code; the caller reports it once.
    auto take = [&](auto decoded, auto& into) {
        if (decoded.ok())
            into = *decoded;
        else if (!failed)
            failed = decoded.error();
    };
    StoredSignal signal;
    signal.id = row.column_int(0);
    signal.version = static_cast<int>(row.column_int(1));
    take(decode(parse_signal_kind(row.column_text(2)), "kind"), signal.kind);
    take(decode(parse_channel(row.column_text(3)), "channel"), signal.channel);
    take(decode(parse_status(row.column_text(4)), "status"), signal.status);
    take(decode(parse_reporter_role(row.column_text(5)), "reporter_role"), signal.reporter_role);
    if (!row.column_is_null(6)) signal.sector = parse_sector(row.column_text(6));
    take(decode(parse_anonymity(row.column_text(7)), "anonymity"), signal.anonymity);
    take(decode(parse_municipality(row.column_text(8)), "municipality"), signal.municipality);
    take(decode(parse_minors_involved(row.column_text(9)), "minors_involved"), signal.minors_involved);
    signal.acute = row.column_int(10) != 0;
    signal.received_at = from_unix_millis(row.column_int(11));
    signal.receipt_lookup = row.column_blob(12);
    signal.sealed_content = row.column_blob(13);
    signal.key_for_service = row.column_blob(14);
    signal.key_for_receipt = row.column_blob(15);
    take(decode(parse_scope(row.column_text(16)), "scope"), signal.scope);
    if (!row.column_is_null(17)) {
        SafetyOutcome outcome{};
        take(decode(parse_safety_outcome(row.column_text(17)), "safety_outcome"), outcome);
        signal.safety_outcome = outcome;
    }
    signal.assigned_to = column_optional_int(row, 18);
    signal.registered_by = column_optional_int(row, 19);
    signal.deadline = column_optional_time(row, 20);
    // 21 is deadline_key, which only repeats the deadline.
    signal.investigation_started_at = column_optional_time(row, 22);
    signal.closed_at = column_optional_time(row, 23);
    signal.updated_at = from_unix_millis(row.column_int(24));
    if (failed) return *failed;
    return signal;
}

Result<bool> signal_exists(Database& database, SignalId id) {
    auto loan = database.cached("SELECT 1 FROM signals WHERE id = ?");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, id);
    return query->step();
}

Result<PersonId> insert_person(Database& database, const Person& person) {
    auto inserted = run_bound(
        database,
        "INSERT INTO persons (signal_id, role, age, age_estimated, minor_at_start, gender, nationality, identity) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [&](Statement& insert) {
            insert.bind(1, person.signal_id).bind(2, code_of(person.role));
            bind_optional(insert, 3, person.age ? std::optional<std::int64_t>(*person.age) : std::nullopt);
            insert.bind(4, std::int64_t{person.age_estimated ? 1 : 0}).bind(5, code_of(person.minor_at_start));
            insert.bind(6, code_of(person.gender)).bind(7, person.nationality).bind(8, person.identity);
        });
    if (!inserted) return inserted.error();
    const PersonId id = database.last_insert_id();
    if (person.identity == 0) {
        // The first record of a human being names their identity group.
        auto named = run_bound(database, "UPDATE persons SET identity = id WHERE id = ?",
                               [&](Statement& update) { update.bind(1, id); });
        if (!named) return named.error();
    }
    return id;
}

Result<Person> read_person(const Statement& row) {
    Person person;
    person.id = row.column_int(0);
    person.signal_id = row.column_int(1);
    auto role = decode(parse_person_role(row.column_text(2)), "persons.role");
    if (!role) return role.error();
    person.role = *role;
    if (!row.column_is_null(3)) person.age = static_cast<int>(row.column_int(3));
    person.age_estimated = row.column_int(4) != 0;
    auto minor = decode(parse_minors_involved(row.column_text(5)), "persons.minor_at_start");
    if (!minor) return minor.error();
    person.minor_at_start = *minor;
    auto gender = decode(parse_gender(row.column_text(6)), "persons.gender");
    if (!gender) return gender.error();
    person.gender = *gender;
    person.nationality = row.column_text(7);
    person.identity = row.column_int(8);
    return person;
}

namespace {

template <typename Range, typename Code>
Result<void> insert_codes(Database& database, std::string_view sql, SignalId id, const Range& values, Code code) {
    auto loan = database.cached(sql);
    if (!loan) return loan.error();
    CachedStatement insert = std::move(*loan);
    for (const auto& value : values) {
        insert->bind(1, id).bind(2, code(value));
        if (auto done = insert->run(); !done) return done.error();
        insert->reset();
    }
    return Ok{};
}

// The first column of every row, as text.
Result<std::vector<std::string>> read_texts(Database& database, std::string_view sql, SignalId id) {
    auto loan = database.cached(sql);
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, id);
    std::vector<std::string> texts;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return texts;
        texts.push_back(query->column_text(0));
    }
}

}  // namespace

Result<void> write_signal_lists(Database& database, SignalId id, const StoredSignal& signal, bool replace) {
    if (replace) {
        for (std::string_view sql :
             {"DELETE FROM signal_forms WHERE signal_id = ?", "DELETE FROM signal_indicators WHERE signal_id = ?",
              "DELETE FROM signal_sub_forms WHERE signal_id = ?"}) {
            if (auto done = run_bound(database, sql, [&](Statement& s) { s.bind(1, id); }); !done) return done;
        }
    }
    auto as_text = [](const std::string& value) -> std::string_view { return value; };
    if (auto done = insert_codes(database, "INSERT INTO signal_forms (signal_id, form) VALUES (?, ?)", id, signal.forms,
                                 [](ExploitationForm form) { return code_of(form); });
        !done) {
        return done;
    }
    if (auto done = insert_codes(database, "INSERT INTO signal_indicators (signal_id, code) VALUES (?, ?)", id,
                                 signal.signal_codes, as_text);
        !done) {
        return done;
    }
    return insert_codes(database, "INSERT INTO signal_sub_forms (signal_id, sub_form) VALUES (?, ?)", id,
                        signal.sub_forms, as_text);
}

Result<void> load_signal_lists(Database& database, StoredSignal& signal) {
    auto forms = read_texts(database, "SELECT form FROM signal_forms WHERE signal_id = ?", signal.id);
    if (!forms) return forms.error();
    for (const auto& code : *forms) {
        if (auto form = parse_exploitation_form(code)) signal.forms.push_back(*form);
    }
    std::sort(signal.forms.begin(), signal.forms.end());  // canonical order, as the domain makes it
    auto codes = read_texts(database, "SELECT code FROM signal_indicators WHERE signal_id = ?", signal.id);
    if (!codes) return codes.error();
    signal.signal_codes = std::move(*codes);
    auto sub_forms = read_texts(database, "SELECT sub_form FROM signal_sub_forms WHERE signal_id = ?", signal.id);
    if (!sub_forms) return sub_forms.error();
    signal.sub_forms = std::move(*sub_forms);
    return Ok{};
}

}  // namespace meldpunt::storage::sqlite
