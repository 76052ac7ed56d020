#include "domain/route.hpp"

#include <gtest/gtest.h>

#include "base/working_days.hpp"

namespace meldpunt::domain {
namespace {

using namespace std::chrono;
using enum Status;

// 10:00 in Amsterdam on that date (CET or CEST, both fine for these tests).
TimePoint amsterdam_morning(int y, unsigned m, unsigned d) {
    return time_point_cast<milliseconds>(sys_days{year{y} / month{m} / day{d}} + hours{8});
}

Date date_of(TimePoint at) {
    return local_date(at);
}

RouteFacts report_in(Status from) {
    RouteFacts facts;
    facts.kind = SignalKind::report;
    facts.from = from;
    return facts;
}

TEST(Route, ReportFollowsTheStepsInOrder) {
    EXPECT_TRUE(check_transition(report_in(new_signal), safety_assessment));
    auto facts = report_in(safety_assessment);
    facts.safety_assessed = true;
    EXPECT_TRUE(check_transition(facts, decided));
    for (Status to : {handed_over, conditions_follow_up, investigation, monitoring})
        EXPECT_TRUE(check_transition(report_in(decided), to)) << code_of(to);
}

TEST(Route, SkippingAStepIsRefusedWithAMessage) {
    const auto skipped = check_transition(report_in(new_signal), decided);
    ASSERT_FALSE(skipped);
    EXPECT_EQ(skipped.error().code, ErrorCode::invalid_input);
    EXPECT_FALSE(skipped.error().message.empty());
    EXPECT_FALSE(check_transition(report_in(new_signal), investigation));
    EXPECT_FALSE(check_transition(report_in(safety_assessment), referred));
}

TEST(Route, DecisionNeedsTheSafetyOutcome) {
    const auto refused = check_transition(report_in(safety_assessment), decided);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "safety_outcome");
}

TEST(Route, ReferredNeedsAReferral) {
    EXPECT_FALSE(check_transition(report_in(decided), referred));
    auto facts = report_in(decided);
    facts.has_referral = true;
    EXPECT_TRUE(check_transition(facts, referred));
}

TEST(Route, OnlyACoordinatorClosesAReport) {
    const auto refused = check_transition(report_in(decided), closed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
    auto facts = report_in(monitoring);
    facts.by_coordinator = true;
    EXPECT_TRUE(check_transition(facts, closed));
}

TEST(Route, AdviceIsClosedOnceGivenByAnyone) {
    RouteFacts facts;
    facts.kind = SignalKind::advice;
    facts.from = new_signal;
    EXPECT_TRUE(check_transition(facts, closed));
    const auto refused = check_transition(facts, safety_assessment);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("Convert"), std::string::npos);
}

TEST(Route, NothingFollowsClosed) {
    EXPECT_TRUE(next_states(SignalKind::report, closed).empty());
    EXPECT_TRUE(next_states(SignalKind::advice, closed).empty());
    auto facts = report_in(closed);
    facts.by_coordinator = true;
    EXPECT_FALSE(check_transition(facts, investigation));
}

TEST(Route, MonitoringCanReturnToInvestigation) {
    EXPECT_TRUE(check_transition(report_in(monitoring), investigation));
}

TEST(Deadlines, SafetyAssessmentIsFiveWorkingDaysToTheEndOfTheDay) {
    // Monday 2 November 2026 -> Monday 9 November, end of day in Amsterdam.
    const auto deadline = safety_assessment_deadline(amsterdam_morning(2026, 11, 2));
    EXPECT_EQ(date_of(deadline), (year{2026} / 11 / 9));
    EXPECT_EQ(format_local_date_time(deadline), "09-11-2026 23:59");
}

TEST(Deadlines, EasterWeekendPushesTheDeadline) {
    // Thursday 2 April 2026: Good Friday and Easter Monday do not count.
    EXPECT_EQ(date_of(safety_assessment_deadline(amsterdam_morning(2026, 4, 2))), (year{2026} / 4 / 13));
}

TEST(Deadlines, KingsDayOnSundayMovesToSaturdayAndDoesNotShortenTheWeek) {
    // 2025: King's Day was Saturday 26 April (27th a Sunday). Received
    // Wednesday 23 April: Thu 24, Fri 25, Mon 28, Tue 29, Wed 30.
    EXPECT_EQ(date_of(safety_assessment_deadline(amsterdam_morning(2025, 4, 23))), (year{2025} / 4 / 30));
    // 2026: King's Day is Monday 27 April and counts as a holiday.
    // Received Wednesday 22 April: Thu 23, Fri 24, Tue 28, Wed 29, Thu 30.
    EXPECT_EQ(date_of(safety_assessment_deadline(amsterdam_morning(2026, 4, 22))), (year{2026} / 4 / 30));
}

TEST(Deadlines, ChristmasAndNewYear) {
    // Wednesday 23 December 2026: Thu 24, [25, 26 holidays, weekend], Mon 28,
    // Tue 29, Wed 30, Thu 31.
    EXPECT_EQ(date_of(safety_assessment_deadline(amsterdam_morning(2026, 12, 23))), (year{2026} / 12 / 31));
}

TEST(Deadlines, ReceivedOnSaturdayCountsFromMonday) {
    EXPECT_EQ(date_of(safety_assessment_deadline(amsterdam_morning(2026, 11, 7))), (year{2026} / 11 / 13));
}

TEST(Deadlines, InvestigationIsTenWeeksOfWorkingDays) {
    // 50 working days from Monday 7 September 2026, no holidays in between:
    // exactly ten weeks later, Monday 16 November.
    EXPECT_EQ(date_of(investigation_deadline(amsterdam_morning(2026, 9, 7))), (year{2026} / 11 / 16));
}

TEST(Deadlines, OnlyStepsWithANormHaveADeadline) {
    const TimePoint received = amsterdam_morning(2026, 11, 2);
    EXPECT_TRUE(deadline_of_step(SignalKind::report, new_signal, received, std::nullopt));
    EXPECT_TRUE(deadline_of_step(SignalKind::report, safety_assessment, received, std::nullopt));
    EXPECT_FALSE(deadline_of_step(SignalKind::report, decided, received, std::nullopt));
    EXPECT_FALSE(deadline_of_step(SignalKind::advice, new_signal, received, std::nullopt));
    EXPECT_TRUE(deadline_of_step(SignalKind::report, investigation, received, received));
}

}  // namespace
}  // namespace meldpunt::domain
