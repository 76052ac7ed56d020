// The queue and versioned saves. Persons, referrals and case entries are in
// sqlite_case_file.cpp.
#include "storage/sqlite/sqlite_case_repository.hpp"

#include <algorithm>
#include <unordered_map>

#include "storage/sqlite/queue_query.hpp"
#include "storage/sqlite/signal_rows.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

const std::string kUpdateSignal = [] {
    // version = ?24 makes the update a compare-and-set: a stale save touches no row.
    std::string sql = "UPDATE signals SET version = version + 1";
    std::string_view columns = kSignalDataColumns;
    for (int index = 1; !columns.empty(); ++index) {
        const auto comma = columns.find(", ");
        sql += ", " + std::string(columns.substr(0, comma)) + " = ?" + std::to_string(index);
        columns = comma == std::string_view::npos ? std::string_view() : columns.substr(comma + 2);
    }
    return sql + " WHERE id = ?24 AND version = ?25";
}();

Result<SignalSummary> read_summary(const Statement& row) {
    SignalSummary summary;
    summary.id = row.column_int(0);
    summary.version = static_cast<int>(row.column_int(1));
    auto kind = decode(parse_signal_kind(row.column_text(2)), "kind");
    auto channel = decode(parse_channel(row.column_text(3)), "channel");
    auto status = decode(parse_status(row.column_text(4)), "status");
    auto municipality = decode(parse_municipality(row.column_text(9)), "municipality");
    auto minors = decode(parse_minors_involved(row.column_text(10)), "minors_involved");
    if (!kind) return kind.error();
    if (!channel) return channel.error();
    if (!status) return status.error();
    if (!municipality) return municipality.error();
    if (!minors) return minors.error();
    summary.kind = *kind;
    summary.channel = *channel;
    summary.status = *status;
    summary.acute = row.column_int(5) != 0;
    summary.received_at = from_unix_millis(row.column_int(6));
    summary.deadline = column_optional_time(row, 7);
    summary.assigned_to = column_optional_int(row, 8);
    summary.municipality = *municipality;
    summary.minors_involved = *minors;
    return summary;
}

// One query for the forms of a whole page, rather than one per row.
Result<void> load_forms(Database& database, std::vector<SignalSummary>& page) {
    if (page.empty()) return Ok{};
    std::unordered_map<SignalId, SignalSummary*> by_id;
    std::string sql = "SELECT signal_id, form FROM signal_forms WHERE signal_id IN (";
    for (std::size_t i = 0; i < page.size(); ++i) {
        sql += i == 0 ? "?" : ", ?";
        by_id[page[i].id] = &page[i];
    }
    // Cached: a page has one of a few sizes (50 mostly), so the statement is
    // prepared once per size rather than on every page.
    auto loan = database.cached(sql + ") ORDER BY signal_id, form");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    for (std::size_t i = 0; i < page.size(); ++i) query->bind(static_cast<int>(i) + 1, page[i].id);
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) break;
        if (auto form = parse_exploitation_form(query->column_text(1)))
            by_id[query->column_int(0)]->forms.push_back(*form);
    }
    for (auto& summary : page) std::sort(summary.forms.begin(), summary.forms.end());
    return Ok{};
}

std::string join_fields(const std::vector<std::string>& fields) {
    std::string text;
    for (const auto& field : fields) text += (text.empty() ? "" : ",") + field;
    return text;
}

std::vector<std::string> split_fields(std::string_view text) {
    std::vector<std::string> fields;
    while (!text.empty()) {
        const auto comma = text.find(',');
        fields.emplace_back(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return fields;
}

}  // namespace

Result<std::vector<SignalSummary>> SqliteCaseRepository::list_signals(const SignalQuery& query) {
    const QueueSql built = queue_sql(query);
    auto database = m_store->read();
    // Cached per distinct shape of query; the filters make a few dozen at most.
    auto loan = database->cached(built.sql);
    if (!loan) return loan.error();
    CachedStatement statement = std::move(*loan);
    bind_parameters(*statement, built);
    std::vector<SignalSummary> page;
    while (true) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        auto summary = read_summary(*statement);
        if (!summary) return summary.error();
        page.push_back(std::move(*summary));
    }
    if (auto forms = load_forms(*database, page); !forms) return forms.error();
    return page;
}

Result<std::int64_t> SqliteCaseRepository::count_queue(const SignalQuery& query, std::size_t cap) {
    SignalQuery counted = query;
    counted.after.reset();
    counted.limit = std::clamp<std::size_t>(cap, 1, kMaxQueuePage);
    // The queue's own statement (and so its index) with the cap as its limit:
    // counting stops at the cap instead of walking every open signal.
    const QueueSql built = queue_sql(counted);
    auto database = m_store->read();
    auto loan = database->cached("SELECT COUNT(*) FROM (" + built.sql + ")");
    if (!loan) return loan.error();
    CachedStatement statement = std::move(*loan);
    bind_parameters(*statement, built);
    auto row = statement->step();
    if (!row) return row.error();
    return statement->column_int(0);
}

Result<int> SqliteCaseRepository::update_signal(const StoredSignal& updated, SignalChange change) {
    for (const auto& field : change.fields) {
        if (field.find(',') != std::string::npos) return Error::invalid("fields", "a field name holds a comma");
    }
    return m_store->writer().write<int>([&](Database& database) -> Result<int> {
        auto saved = run_bound(database, kUpdateSignal, [&](Statement& update) {
            bind_signal_data(update, updated);
            update.bind(24, updated.id).bind(25, std::int64_t{updated.version});
        });
        if (!saved) return saved.error();
        if (database.changes() == 0) {
            auto exists = signal_exists(database, updated.id);
            if (!exists) return exists.error();
            if (!*exists) return Error::make(ErrorCode::not_found, "no such signal");
            return Error::make(ErrorCode::conflict, "someone else changed this signal first");
        }
        if (auto lists = write_signal_lists(database, updated.id, updated, true); !lists) return lists.error();
        const int version = updated.version + 1;
        auto recorded = run_bound(
            database, "INSERT INTO signal_changes (signal_id, version, by, at, fields) VALUES (?, ?, ?, ?, ?)",
            [&](Statement& insert) {
                insert.bind(1, updated.id).bind(2, std::int64_t{version}).bind(3, change.by);
                insert.bind(4, to_unix_millis(change.at)).bind(5, join_fields(change.fields));
            });
        if (!recorded) return recorded.error();
        return version;
    });
}

Result<std::vector<SignalChange>> SqliteCaseRepository::changes_since(SignalId id, int version) {
    auto database = m_store->read();
    auto loan = database->cached(
        "SELECT version, by, at, fields FROM signal_changes WHERE signal_id = ? AND version > ? ORDER BY version");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, id).bind(2, std::int64_t{version});
    std::vector<SignalChange> changes;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return changes;
        changes.push_back(SignalChange{id, static_cast<int>(query->column_int(0)), query->column_int(1),
                                       from_unix_millis(query->column_int(2)), split_fields(query->column_text(3))});
    }
}

}  // namespace meldpunt::storage::sqlite
