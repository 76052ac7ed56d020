#include "storage/sqlite/queue_query.hpp"

#include <algorithm>

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

QueueSql queue_sql(const SignalQuery& query) {
    QueueSql out;
    std::vector<std::string> conditions;
    auto add = [&](std::string condition, auto... values) {
        conditions.push_back(std::move(condition));
        (out.parameters.emplace_back(values), ...);
    };
    // Written out, not bound: SQLite uses the partial index signals_open_queue
    // only when the query itself says the status is not 'closed'.
    if (!query.include_closed) conditions.emplace_back("status <> 'closed'");
    switch (query.visibility) {
        case QueueVisibility::all:
            break;
        case QueueVisibility::assigned_to_viewer:
            add("assigned_to = ?", std::int64_t{query.viewer});
            break;
        case QueueVisibility::new_or_assigned_to_viewer:
            add("(status = 'new' OR assigned_to = ?)", std::int64_t{query.viewer});
            break;
    }
    if (query.status) add("status = ?", std::string(code_of(*query.status)));
    if (query.kind) add("kind = ?", std::string(code_of(*query.kind)));
    if (query.channel) add("channel = ?", std::string(code_of(*query.channel)));
    if (query.municipality) add("municipality = ?", std::string(code_of(*query.municipality)));
    if (query.form) {
        add("EXISTS (SELECT 1 FROM signal_forms f WHERE f.signal_id = signals.id AND f.form = ?)",
            std::string(code_of(*query.form)));
    }
    if (query.assigned_to) add("assigned_to = ?", std::int64_t{*query.assigned_to});
    if (query.unassigned_only) conditions.emplace_back("assigned_to IS NULL");
    if (query.acute_only) conditions.emplace_back("acute = 1");
    if (query.overdue_at) add("deadline < ?", to_unix_millis(*query.overdue_at));
    if (query.id) add("id = ?", std::int64_t{*query.id});
    if (query.after) add("(deadline_key, id) > (?, ?)", query.after->deadline_key, std::int64_t{query.after->id});

    out.sql =
        "SELECT id, version, kind, channel, status, acute, received_at, deadline, assigned_to, municipality, "
        "minors_involved FROM signals";
    for (std::size_t i = 0; i < conditions.size(); ++i) out.sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
    const auto limit = std::clamp<std::size_t>(query.limit, 1, kMaxQueuePage);
    // Bound, not written out: the statement is cached per shape of query, and
    // the page size should not multiply the shapes.
    out.sql += " ORDER BY deadline_key, id LIMIT ?";
    out.parameters.emplace_back(static_cast<std::int64_t>(limit));
    return out;
}

void bind_parameters(Statement& statement, const QueueSql& query) {
    for (std::size_t i = 0; i < query.parameters.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        std::visit([&](const auto& value) { statement.bind(index, value); }, query.parameters[i]);
    }
}

}  // namespace meldpunt::storage::sqlite
