// The CaseRepository contract, run against the in-memory and the SQLite store:
// versioned saves, the queue, and the case file.
#include <gtest/gtest.h>

// Queries below name only the fields they set; the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <limits>

#include "storage/contract_stores.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;

namespace {

std::vector<SignalId> ids_of(const std::vector<SignalSummary>& page) {
    std::vector<SignalId> ids;
    for (const auto& summary : page) ids.push_back(summary.id);
    return ids;
}

}  // namespace

class CaseRepositoryContract : public StoreContract {
  protected:
    SignalId add(StoredSignal signal) {
        auto id = m_stores.signals->add_signal(signal);
        EXPECT_TRUE(id.ok()) << id.error().message;
        return id.ok() ? *id : 0;
    }
    std::vector<SignalId> queue(SignalQuery query) { return ids_of(m_stores.cases->list_signals(query).value()); }
};

TEST_P(CaseRepositoryContract, StoresTheStaffFieldsOfANewSignal) {
    StoredSignal signal = sample(1);
    signal.channel = Channel::phone;
    signal.registered_by = 4;
    signal.sub_forms = {"sexual_online"};
    signal.scope = Scope::cross_border;
    signal.safety_outcome = SafetyOutcome::concerns;
    signal.deadline = from_unix_millis(5000);
    const SignalId id = add(signal);
    const auto found = m_stores.signals->find_signal(id).value().value();
    EXPECT_EQ(found.registered_by, 4);
    EXPECT_EQ(found.sub_forms, signal.sub_forms);
    EXPECT_EQ(found.scope, Scope::cross_border);
    EXPECT_EQ(found.safety_outcome, SafetyOutcome::concerns);
    EXPECT_EQ(found.deadline, signal.deadline);
    EXPECT_FALSE(found.assigned_to.has_value());
    EXPECT_FALSE(found.closed_at.has_value());
    EXPECT_EQ(found.updated_at, signal.updated_at);
}

TEST_P(CaseRepositoryContract, UpdateSavesOnlyOnTheCurrentVersion) {
    const SignalId id = add(sample(1));
    StoredSignal signal = m_stores.signals->find_signal(id).value().value();
    signal.status = Status::investigation;
    signal.forms = {ExploitationForm::sexual, ExploitationForm::labour};
    signal.signal_codes = {"criminal_truancy"};
    signal.sub_forms = {"sexual_online"};
    signal.scope = Scope::domestic;
    signal.safety_outcome = SafetyOutcome::unsafe;
    signal.assigned_to = 7;
    signal.deadline = from_unix_millis(9000);
    signal.investigation_started_at = from_unix_millis(8000);
    signal.updated_at = from_unix_millis(8000);
    const auto saved =
        m_stores.cases->update_signal(signal, SignalChange{0, 0, 7, from_unix_millis(8000), {"status", "forms"}});
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(*saved, 2);

    const auto found = m_stores.signals->find_signal(id).value().value();
    EXPECT_EQ(found.version, 2);
    EXPECT_EQ(found.status, Status::investigation);
    EXPECT_EQ(found.forms, signal.forms);
    EXPECT_EQ(found.signal_codes, signal.signal_codes);
    EXPECT_EQ(found.sub_forms, signal.sub_forms);
    EXPECT_EQ(found.safety_outcome, SafetyOutcome::unsafe);
    EXPECT_EQ(found.assigned_to, 7);
    EXPECT_EQ(found.deadline, signal.deadline);
    EXPECT_EQ(found.investigation_started_at, signal.investigation_started_at);
    EXPECT_EQ(found.updated_at, signal.updated_at);

    // A second save from the same (now stale) version 1: refused, nothing written.
    StoredSignal stale = signal;
    stale.status = Status::closed;
    stale.sub_forms = {};
    const auto refused =
        m_stores.cases->update_signal(stale, SignalChange{0, 0, 8, from_unix_millis(8500), {"status"}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::conflict);
    const auto after = m_stores.signals->find_signal(id).value().value();
    EXPECT_EQ(after.version, 2);
    EXPECT_EQ(after.status, Status::investigation);
    EXPECT_EQ(after.sub_forms, signal.sub_forms);

    StoredSignal current = after;
    current.assigned_to.reset();
    EXPECT_EQ(
        m_stores.cases->update_signal(current, SignalChange{0, 0, 8, from_unix_millis(8600), {"assigned_to"}}).value(),
        3);

    const auto changes = m_stores.cases->changes_since(id, 1).value();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].signal_id, id);
    EXPECT_EQ(changes[0].version, 2);
    EXPECT_EQ(changes[0].by, 7);
    EXPECT_EQ(changes[0].at, from_unix_millis(8000));
    EXPECT_EQ(changes[0].fields, (std::vector<std::string>{"status", "forms"}));
    EXPECT_EQ(changes[1].version, 3);
    EXPECT_EQ(m_stores.cases->changes_since(id, 2).value().size(), 1u);
    EXPECT_TRUE(m_stores.cases->changes_since(id, 3).value().empty());

    StoredSignal missing = current;
    missing.id = id + 100;
    EXPECT_EQ(m_stores.cases->update_signal(missing, SignalChange{}).error().code, ErrorCode::not_found);
}

TEST_P(CaseRepositoryContract, TheQueueIsOrderedByDeadlineThenNumberAndHidesClosedSignals) {
    auto with = [&](std::uint8_t tag, std::optional<std::int64_t> deadline, Status status = Status::new_signal) {
        StoredSignal signal = sample(tag);
        if (deadline) signal.deadline = from_unix_millis(*deadline);
        signal.status = status;
        return add(signal);
    };
    const SignalId a = with(1, 3000);
    const SignalId b = with(2, std::nullopt);
    const SignalId c = with(3, 1000);
    const SignalId closed = with(4, 500, Status::closed);
    const SignalId d = with(5, 1000);
    EXPECT_EQ(queue({}), (std::vector<SignalId>{c, d, a, b}));
    SignalQuery everything;
    everything.include_closed = true;
    EXPECT_EQ(queue(everything), (std::vector<SignalId>{closed, c, d, a, b}));

    const auto page = m_stores.cases->list_signals({}).value();
    EXPECT_EQ(page[0].deadline, from_unix_millis(1000));
    EXPECT_FALSE(page[3].deadline.has_value());
    EXPECT_EQ(page[0].forms, (std::vector<ExploitationForm>{ExploitationForm::sexual}));
    EXPECT_EQ(page[0].municipality, Municipality::lelystad);

    SignalQuery overdue;
    overdue.overdue_at = from_unix_millis(3000);  // strictly before
    EXPECT_EQ(queue(overdue), (std::vector<SignalId>{c, d}));
}

TEST_P(CaseRepositoryContract, TheQueuePagesAfterACursor) {
    std::vector<SignalId> all;
    for (std::uint8_t tag = 1; tag <= 7; ++tag) {
        StoredSignal signal = sample(tag);
        if (tag % 3 != 0) signal.deadline = from_unix_millis(1000 * (tag % 2));  // ties on the deadline
        all.push_back(add(signal));
    }
    const auto expected = queue(SignalQuery{.limit = 200});
    ASSERT_EQ(expected.size(), 7u);
    std::vector<SignalId> paged;
    SignalQuery query;
    query.limit = 3;
    while (true) {
        const auto page = m_stores.cases->list_signals(query).value();
        if (page.empty()) break;
        EXPECT_LE(page.size(), 3u);
        for (const auto& summary : page) paged.push_back(summary.id);
        const auto& last = page.back();
        query.after = QueueCursor{
            last.deadline ? to_unix_millis(*last.deadline) : std::numeric_limits<std::int64_t>::max(), last.id};
    }
    EXPECT_EQ(paged, expected);
    EXPECT_EQ(queue(SignalQuery{.limit = 0}).size(), 1u);  // clamped to at least one
}

TEST_P(CaseRepositoryContract, TheQueueCountStopsAtItsCap) {
    for (std::uint8_t tag = 1; tag <= 7; ++tag) {
        StoredSignal signal = sample(tag);
        signal.deadline = from_unix_millis(1000 * tag);
        add(signal);
    }
    SignalQuery all;
    all.limit = 2;                                   // ignored by a count
    all.after = QueueCursor{5000, 5};                // ignored by a count
    EXPECT_EQ(m_stores.cases->count_queue(all, 100).value(), 7);
    EXPECT_EQ(m_stores.cases->count_queue(all, 3).value(), 3);
    SignalQuery overdue;
    overdue.overdue_at = from_unix_millis(3500);
    EXPECT_EQ(m_stores.cases->count_queue(overdue, 100).value(), 3);
}

TEST_P(CaseRepositoryContract, TheQueueFiltersAndShowsEachRoleItsSignals) {
    StoredSignal mine = sample(1);
    mine.status = Status::investigation;
    mine.assigned_to = 5;
    mine.acute = true;
    mine.forms = {ExploitationForm::labour};
    StoredSignal other = sample(2);
    other.status = Status::decided;
    other.assigned_to = 6;
    other.kind = SignalKind::advice;
    StoredSignal fresh = sample(3);
    fresh.channel = Channel::phone;
    fresh.municipality = Municipality::unknown;
    const SignalId m = add(mine), o = add(other), f = add(fresh);

    EXPECT_EQ(queue({.visibility = QueueVisibility::assigned_to_viewer, .viewer = 5}), (std::vector<SignalId>{m}));
    EXPECT_EQ(queue({.visibility = QueueVisibility::new_or_assigned_to_viewer, .viewer = 5}),
              (std::vector<SignalId>{m, f}));
    EXPECT_EQ(queue({.status = Status::decided}), (std::vector<SignalId>{o}));
    EXPECT_EQ(queue({.kind = SignalKind::advice}), (std::vector<SignalId>{o}));
    EXPECT_EQ(queue({.channel = Channel::phone}), (std::vector<SignalId>{f}));
    EXPECT_EQ(queue({.municipality = Municipality::lelystad}), (std::vector<SignalId>{m, o}));
    EXPECT_EQ(queue({.form = ExploitationForm::labour}), (std::vector<SignalId>{m}));
    EXPECT_EQ(queue({.assigned_to = 6}), (std::vector<SignalId>{o}));
    EXPECT_EQ(queue({.unassigned_only = true}), (std::vector<SignalId>{f}));
    EXPECT_EQ(queue({.acute_only = true}), (std::vector<SignalId>{m}));
    EXPECT_EQ(queue({.id = o}), (std::vector<SignalId>{o}));
    EXPECT_TRUE(queue({.id = f + 10}).empty());
}

INSTANTIATE_TEST_SUITE_P(AllStores, CaseRepositoryContract, ::testing::ValuesIn(all_store_factories()),
                         [](const auto& info) { return info.param.name; });

}  // namespace meldpunt::storage
