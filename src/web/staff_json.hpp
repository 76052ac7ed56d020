// JSON shapes of the staff API: a signal in the queue, a whole signal, and
// reading a change (PATCH body) strictly. Codes are the domain's; times are
// ISO 8601 UTC. Thread-safe (pure functions).
#pragma once

#include <boost/json.hpp>

#include "domain/case_desk.hpp"
#include "domain/staff_ports.hpp"

namespace meldpunt::web {

boost::json::object summary_json(const domain::SignalSummary& summary, TimePoint now);
boost::json::object signal_json(const domain::SignalView& view, TimePoint now);
boost::json::object audit_json(const domain::AuditRecord& record);

// PATCH body: {"version", and any of the fields of domain::SignalUpdate}.
struct SignalPatch {
    int version = 0;
    domain::SignalUpdate update;
};
Result<SignalPatch> read_signal_patch(const boost::json::object& body);

// Optional integer members ("version"); wrong type or range -> invalid_input.
Result<std::optional<std::int64_t>> get_integer(const boost::json::object& object, std::string_view key,
                                                std::int64_t min, std::int64_t max);

}  // namespace meldpunt::web
