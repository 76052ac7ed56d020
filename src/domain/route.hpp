// The report route (meldroute): which step may follow which, what a step needs
// before it may be taken, and the deadline each step carries. DOMAIN.md
// section 4. Pure rules over values; thread-safe.
//
//   report: new -> safety_assessment -> decided -> referred | handed_over |
//           conditions_follow_up | investigation | monitoring | closed
//           (and onward from those, ending in closed)
//   advice: new -> closed, once the advice is given
#pragma once

#include <optional>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "domain/signal.hpp"

namespace meldpunt::domain {

struct RouteSettings {
    int safety_assessment_working_days = 5;  // Handelingsprotocol: within 5 working days of receipt
    int investigation_working_days = 50;     // the 10-week norm, counted in working days
};

// What the rules need to know about a signal and the person moving it.
struct RouteFacts {
    SignalKind kind = SignalKind::report;
    Status from = Status::new_signal;
    bool safety_assessed = false;  // a safety outcome is recorded
    bool has_referral = false;     // at least one referral to a partner is recorded
    bool by_coordinator = false;   // closing a report is the coordinator's call
};

// The steps the route allows from `from`, in the order a person would consider them.
std::vector<Status> next_states(SignalKind kind, Status from);
// Ok, or an invalid_input / forbidden error whose message says what to do first.
Result<void> check_transition(const RouteFacts& facts, Status to);

// Deadlines run to the end of the last working day (Europe/Amsterdam); weekends
// and the Algemene termijnenwet holidays do not count.
TimePoint safety_assessment_deadline(TimePoint received_at, const RouteSettings& settings = {});
TimePoint investigation_deadline(TimePoint started_at, const RouteSettings& settings = {});
// The deadline of the step a signal is in, if that step has one.
std::optional<TimePoint> deadline_of_step(SignalKind kind, Status status, TimePoint received_at,
                                          std::optional<TimePoint> investigation_started_at,
                                          const RouteSettings& settings = {});

}  // namespace meldpunt::domain
