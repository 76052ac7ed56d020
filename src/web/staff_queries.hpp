// The queue's filters as they arrive in a query string (?status=new&after=...),
// shared by the staff JSON API and the queue page so both read them the same
// way. Free functions over values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "domain/staff_ports.hpp"
#include "web/http_types.hpp"

namespace meldpunt::web {

// A positive decimal number such as a signal or account number; nullopt otherwise.
std::optional<std::int64_t> parse_id(std::string_view text);

// The value of `key` in the query string, or empty.
std::string query_value(const Request& request, const std::string& key);

// "1767225599999.42" (deadline key, a dot, the signal number) -> cursor.
std::optional<domain::QueueCursor> parse_cursor(std::string_view text);
// The cursor after `last`, in the same form: the next page starts behind it.
std::string cursor_after(const domain::SignalSummary& last);

// status, kind, channel, municipality, form, assigned_to (me, none or a user
// number), overdue=true, acute=true, include_closed=true, id, limit, after.
// invalid_input names the parameter that is wrong.
Result<domain::SignalQuery> query_from(const Request& request, const domain::StaffIdentity& staff, TimePoint now);

}  // namespace meldpunt::web
