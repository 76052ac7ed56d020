#include "storage/sqlite/sqlite_audit_store.hpp"

#include <algorithm>
#include <limits>
#include <variant>

#include "storage/sqlite/signal_rows.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kColumns = "sequence, at, actor, action, signal_id, subject_user_id, hash";
constexpr std::size_t kMaxListed = 1000;
constexpr std::size_t kVisitPage = 500;
constexpr std::size_t kChainHashSize = 32;

// The newest audit record's sequence and hash.
struct AuditChainTip {
    std::int64_t sequence = 0;
    Bytes hash;
};

Result<AuditChainTip> read_tip(Database& database) {
    auto loan = database.cached("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) return AuditChainTip{0, Bytes(kChainHashSize, 0)};  // the chain starts from zeros
    return AuditChainTip{query->column_int(0), query->column_blob(1)};
}

Result<AuditRecord> read_record(const Statement& row) {
    AuditRecord record;
    record.entry.sequence = row.column_int(0);
    record.entry.at = from_unix_millis(row.column_int(1));
    record.entry.actor_user_id = row.column_int(2);
    auto action = decode(parse_audit_action(row.column_text(3)), "audit_log.action");
    if (!action) return action.error();
    record.entry.action = *action;
    record.entry.signal_id = column_optional_int(row, 4);
    record.entry.subject_user_id = column_optional_int(row, 5);
    record.hash = row.column_blob(6);
    return record;
}

Result<std::vector<AuditRecord>> read_records(Statement& query) {
    std::vector<AuditRecord> records;
    while (true) {
        auto row = query.step();
        if (!row) return row.error();
        if (!*row) return records;
        auto record = read_record(query);
        if (!record) return record.error();
        records.push_back(std::move(*record));
    }
}

}  // namespace

Result<std::int64_t> SqliteAuditStore::append(const AuditEntry& entry, const ChainHash& hash_of) {
    return m_store->writer().write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        // The tip is read inside the write, every time: other processes on the
        // same file (`meldpunt user ...` while the server runs) append too, and
        // earlier jobs of this batch are visible on the writer's connection.
        auto tip = read_tip(database);
        if (!tip) return tip.error();
        AuditEntry numbered = entry;
        numbered.sequence = tip->sequence + 1;
        const Bytes hash = hash_of(numbered, tip->hash);
        auto inserted = run_bound(database,
                                  "INSERT INTO audit_log (sequence, at, actor, action, signal_id, subject_user_id, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  [&](Statement& insert) {
                                      insert.bind(1, numbered.sequence).bind(2, to_unix_millis(numbered.at));
                                      insert.bind(3, numbered.actor_user_id).bind(4, code_of(numbered.action));
                                      bind_optional(insert, 5, numbered.signal_id);
                                      bind_optional(insert, 6, numbered.subject_user_id);
                                      insert.bind(7, hash);
                                  });
        if (!inserted) return inserted.error();
        return numbered.sequence;
    });
}

Result<std::vector<AuditRecord>> SqliteAuditStore::list(const AuditQuery& query) {
    std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_log";
    std::vector<std::variant<std::int64_t, std::string>> parameters;
    auto add = [&](std::string_view condition, std::variant<std::int64_t, std::string> value) {
        sql += parameters.empty() ? " WHERE " : " AND ";
        sql += condition;
        parameters.push_back(std::move(value));
    };
    if (query.actor) add("actor = ?", *query.actor);
    if (query.signal) add("signal_id = ?", *query.signal);
    if (query.action) add("action = ?", std::string(code_of(*query.action)));
    if (query.before_sequence) add("sequence < ?", *query.before_sequence);
    sql += " ORDER BY sequence DESC LIMIT ?";  // bound, so the page size makes no new statement
    parameters.emplace_back(static_cast<std::int64_t>(std::clamp<std::size_t>(query.limit, 1, kMaxListed)));

    auto database = m_store->read();
    auto loan = database->cached(sql);
    if (!loan) return loan.error();
    CachedStatement statement = std::move(*loan);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        std::visit([&](const auto& value) { statement->bind(static_cast<int>(i) + 1, value); }, parameters[i]);
    }
    return read_records(*statement);
}

Result<void> SqliteAuditStore::for_each(const std::function<bool(const AuditRecord&)>& visit) {
    // Page by page, and the connection goes back before `visit` runs: a long
    // verification must not hold a read snapshot (and stall WAL checkpoints).
    // From the very lowest sequence: a forged row numbered 0 or below must
    // show up in verification too, not sit unseen before the chain starts.
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    while (true) {
        std::vector<AuditRecord> page;
        {
            auto database = m_store->read();
            auto loan = database->cached("SELECT " + std::string(kColumns) +
                                         " FROM audit_log WHERE sequence > ? ORDER BY sequence LIMIT " +
                                         std::to_string(kVisitPage));
            if (!loan) return loan.error();
            CachedStatement statement = std::move(*loan);
            statement->bind(1, after);
            auto records = read_records(*statement);
            if (!records) return records.error();
            page = std::move(*records);
        }
        for (const auto& record : page) {
            if (!visit(record)) return Ok{};
        }
        if (page.size() < kVisitPage) return Ok{};
        after = page.back().entry.sequence;
    }
}

}  // namespace meldpunt::storage::sqlite
