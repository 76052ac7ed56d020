#include "domain/route.hpp"

#include <algorithm>

#include "base/working_days.hpp"

namespace meldpunt::domain {

namespace {

using enum Status;

std::vector<Status> report_steps_from(Status from) {
    switch (from) {
        case new_signal:
            return {safety_assessment};
        case safety_assessment:
            return {decided};
        case decided:
            return {referred, handed_over, conditions_follow_up, investigation, monitoring, closed};
        case referred:
        case handed_over:
            return {monitoring, closed};
        case conditions_follow_up:
            return {investigation, referred, handed_over, monitoring, closed};
        case investigation:
            return {referred, handed_over, conditions_follow_up, monitoring, closed};
        case monitoring:
            // Safety may not return: monitoring can lead back to an investigation.
            return {investigation, closed};
        case closed:
            return {};
    }
    return {};
}

}  // namespace

std::vector<Status> next_states(SignalKind kind, Status from) {
    if (kind == SignalKind::advice) {
        // Advice keeps responsibility with the caller: it is given, then closed.
        // Taking it further means converting it into a report first.
        if (from == closed) return {};
        return {closed};
    }
    return report_steps_from(from);
}

Result<void> check_transition(const RouteFacts& facts, Status to) {
    const auto allowed = next_states(facts.kind, facts.from);
    if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
        if (facts.from == closed)
            return Error::invalid("to", "This signal is closed; it cannot move any further.");
        if (facts.kind == SignalKind::advice)
            return Error::invalid("to", "An advice can only be closed. Convert it into a report to take it further.");
        return Error::invalid("to", "The report route does not allow this step from here. Follow the route: "
                                    "new, safety assessment, decision, then the decided step.");
    }
    if (to == decided && !facts.safety_assessed)
        return Error::invalid("safety_outcome", "Record the outcome of the safety assessment before the decision.");
    if (to == referred && !facts.has_referral)
        return Error::invalid("to", "Record the referral to a partner first, then mark the signal as referred.");
    if (to == closed && facts.kind == SignalKind::report && !facts.by_coordinator)
        return Error::make(ErrorCode::forbidden, "Only a coordinator can close a report.");
    return Ok{};
}

TimePoint safety_assessment_deadline(TimePoint received_at, const RouteSettings& settings) {
    return end_of_local_day(add_working_days(local_date(received_at), settings.safety_assessment_working_days));
}

TimePoint investigation_deadline(TimePoint started_at, const RouteSettings& settings) {
    return end_of_local_day(add_working_days(local_date(started_at), settings.investigation_working_days));
}

std::optional<TimePoint> deadline_of_step(SignalKind kind, Status status, TimePoint received_at,
                                          std::optional<TimePoint> investigation_started_at,
                                          const RouteSettings& settings) {
    if (kind == SignalKind::advice) return std::nullopt;
    switch (status) {
        case new_signal:
        case safety_assessment:
            return safety_assessment_deadline(received_at, settings);
        case investigation:
            if (investigation_started_at) return investigation_deadline(*investigation_started_at, settings);
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace meldpunt::domain
