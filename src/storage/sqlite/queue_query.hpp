// The SQL behind the staff queue: one SELECT built from a SignalQuery, with its
// parameters. Kept apart from the repository so a test can ask SQLite for the
// plan of exactly the statement the queue runs. Values; thread-safe.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "domain/staff_ports.hpp"
#include "storage/sqlite/database.hpp"

namespace meldpunt::storage::sqlite {

inline constexpr std::size_t kMaxQueuePage = 200;

struct QueueSql {
    std::string sql;
    std::vector<std::variant<std::int64_t, std::string>> parameters;  // ?1, ?2, ... in order
};

// Selects, in this order: id, version, kind, channel, status, acute,
// received_at, deadline, assigned_to, municipality, minors_involved.
QueueSql queue_sql(const domain::SignalQuery& query);
void bind_parameters(Statement& statement, const QueueSql& query);

}  // namespace meldpunt::storage::sqlite
