// What only the SQLite store has to show: the schema upgrade from version 1,
// the audit log's append-only triggers, the queue's index use and bulk loading.
#include <gtest/gtest.h>

// Queries below name only the fields they set; the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <unistd.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "storage/migrations/sqlite_migrations.hpp"
#include "storage/sqlite/queue_query.hpp"
#include "storage/sqlite/sqlite_audit_store.hpp"
#include "storage/sqlite/sqlite_case_repository.hpp"
#include "storage/sqlite/sqlite_figures.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;
namespace fs = std::filesystem;

class SqliteStoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("meldpunt-sqlite-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_file = m_dir / "meldpunt.db";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // Signals as the demo-data generator will make them: unique receipts, a
    // spread of deadlines, some assigned, some closed.
    static std::vector<StoredSignal> generated(std::size_t from, std::size_t count) {
        std::vector<StoredSignal> signals(count);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t n = from + i;
            StoredSignal& signal = signals[i];
            signal.forms = {ExploitationForm::sexual, ExploitationForm::labour};
            signal.signal_codes = {"criminal_truancy"};
            signal.received_at = from_unix_millis(1'700'000'000'000 + static_cast<std::int64_t>(n));
            signal.updated_at = signal.received_at;
            signal.receipt_lookup = Bytes(32, 0);
            for (int b = 0; b < 8; ++b) signal.receipt_lookup[b] = static_cast<std::uint8_t>(n >> (8 * b));
            signal.sealed_content = Bytes(300, 1);
            signal.key_for_service = Bytes(80, 2);
            signal.key_for_receipt = Bytes(72, 3);
            if (n % 4 != 0)
                signal.deadline = from_unix_millis(1'700'000'000'000 + static_cast<std::int64_t>(n * 7919 % 100'000));
            if (n % 5 == 0) signal.assigned_to = static_cast<UserId>(n % 20 + 1);
            if (n % 10 == 0) signal.status = Status::closed;
        }
        return signals;
    }

    std::vector<std::string> plan_of(SqliteStore& store, const SignalQuery& query) {
        const QueueSql built = queue_sql(query);
        auto database = store.read();
        auto plan = database->prepare("EXPLAIN QUERY PLAN " + built.sql).value();
        bind_parameters(plan, built);
        std::vector<std::string> details;
        while (plan.step().value()) details.push_back(plan.column_text(3));
        return details;
    }

    fs::path m_dir;
    fs::path m_file;
};

TEST_F(SqliteStoreTest, AVersionOneDatabaseIsUpgradedInPlace) {
    {
        auto database = Database::open(m_file, Database::Mode::read_write).value();
        ASSERT_TRUE(database
                        .execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT "
                                 "NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
                        .ok());
        ASSERT_TRUE(database.execute(sqlite_migrations()[0].sql).ok());
        ASSERT_TRUE(
            database
                .execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'v1');"
                         "INSERT INTO signals (kind, channel, status, reporter_role, sector, anonymity, municipality, "
                         "minors_involved, acute, received_at, receipt_lookup, sealed_content, key_for_service, "
                         "key_for_receipt) "
                         "VALUES ('report', 'web', 'new', 'professional', NULL, 'anonymous', 'GM0995', 'yes', 1, 1234, "
                         "x'0101', x'02', x'03', x'04');"
                         "INSERT INTO signal_forms VALUES (1, 'sexual');")
                .ok());
    }
    auto store = SqliteStore::open(m_file);
    ASSERT_TRUE(store.ok()) << store.error().message;
    SqliteSignalRepository signals(*store);
    const auto read = signals.find_signal(1);
    ASSERT_TRUE(read.ok()) << read.error().message;
    const auto& signal = *read;
    ASSERT_TRUE(signal.has_value());
    EXPECT_EQ(signal->municipality, Municipality::lelystad);
    EXPECT_EQ(signal->forms, (std::vector<ExploitationForm>{ExploitationForm::sexual}));
    // Migration v5 counted what was already there.
    SqliteFigures figures(*store);
    const stats::Period january_1970{stats::PeriodKind::month, 1970, 1};
    EXPECT_EQ(figures.counts(stats::Unit::signals, january_1970, "", "form").value(),
              (std::vector<stats::FigureCount>{{"sexual", 1}}));
    EXPECT_EQ(figures.counts(stats::Unit::signals, january_1970, "", "minors_form").value(),
              (std::vector<stats::FigureCount>{{"yes|sexual", 1}}));
    EXPECT_EQ(figures.counts(stats::Unit::signals, january_1970, "", "municipality").value(),
              figures.recount(stats::Unit::signals, january_1970, "", "municipality").value());
    EXPECT_EQ(signal->scope, Scope::unknown);
    EXPECT_FALSE(signal->deadline.has_value());
    EXPECT_EQ(signal->updated_at, from_unix_millis(1234));
    EXPECT_TRUE(signal->sub_forms.empty());

    SqliteCaseRepository cases(*store);
    const auto queue = cases.list_signals({}).value();
    ASSERT_EQ(queue.size(), 1u);
    EXPECT_EQ(queue[0].id, 1);
    auto database = (*store)->read();
    auto version = database->prepare("SELECT MAX(version) FROM schema_migrations").value();
    ASSERT_TRUE(version.step().value());
    EXPECT_EQ(version.column_int(0), sqlite_migrations().back().version);
}

TEST_F(SqliteStoreTest, TheAuditLogRefusesChangeAndRemoval) {
    auto store = SqliteStore::open(m_file).value();
    SqliteAuditStore audit(store);
    // Another process on the same file (`meldpunt user ...` while the server
    // runs) has its own store: both chain onto whatever is last in the file.
    auto other_process = SqliteStore::open(m_file).value();
    SqliteAuditStore second(other_process);
    std::vector<Bytes> previous;
    auto hash = [&](const AuditEntry& entry, const Bytes& before) {
        previous.push_back(before);
        return Bytes(32, static_cast<std::uint8_t>(entry.sequence));
    };
    EXPECT_EQ(audit.append(AuditEntry{}, hash).value(), 1);
    EXPECT_EQ(second.append(AuditEntry{}, hash).value(), 2);
    EXPECT_EQ(audit.append(AuditEntry{}, hash).value(), 3);
    EXPECT_EQ(previous[2], Bytes(32, 2));  // the first store saw the second's entry

    auto database = Database::open(m_file, Database::Mode::read_write).value();
    EXPECT_FALSE(database.execute("UPDATE audit_log SET actor = 5 WHERE sequence = 1").ok());
    EXPECT_FALSE(database.execute("DELETE FROM audit_log WHERE sequence = 3").ok());
    auto count = database.prepare("SELECT COUNT(*), SUM(actor) FROM audit_log").value();
    ASSERT_TRUE(count.step().value());
    EXPECT_EQ(count.column_int(0), 3);
    EXPECT_EQ(count.column_int(1), 0);
}

TEST_F(SqliteStoreTest, TheQueueWalksAnIndexInsteadOfSorting) {
    auto store = SqliteStore::open(m_file).value();
    SqliteSignalRepository signals(store);
    const auto batch = generated(0, 2000);
    ASSERT_TRUE(signals.add_signals_bulk(batch, {}).ok());

    auto expect_index = [&](const SignalQuery& query, std::string_view index) {
        const auto plan = plan_of(*store, query);
        std::string text;
        for (const auto& line : plan) text += line + "\n";
        if (std::getenv("MELDPUNT_SHOW_PLANS")) std::cout << text;
        EXPECT_NE(text.find(index), std::string::npos) << text;
        EXPECT_EQ(text.find("TEMP B-TREE"), std::string::npos) << text;
        EXPECT_EQ(text.find("SCAN signals\n"), std::string::npos) << text;
    };
    expect_index({}, "signals_open_queue");
    expect_index({.after = QueueCursor{1'700'000'050'000, 1200}}, "signals_open_queue");
    expect_index({.visibility = QueueVisibility::assigned_to_viewer, .viewer = 3}, "signals_by_assignee");
    // The archive: one step, closed included.
    expect_index({.include_closed = true, .status = Status::closed}, "signals_by_status");
}

TEST_F(SqliteStoreTest, BulkLoadingStoresSignalsAndPersons) {
    auto store = SqliteStore::open(m_file).value();
    SqliteSignalRepository signals(store);
    SqliteCaseRepository cases(store);
    constexpr std::size_t kTotal = 10'000, kBatch = 5'000;
    const auto started = std::chrono::steady_clock::now();
    for (std::size_t from = 0; from < kTotal; from += kBatch) {
        const auto batch = generated(from, kBatch);
        std::vector<std::vector<Person>> persons(kBatch);
        for (std::size_t i = 0; i < kBatch; i += 2) {
            persons[i].resize(i % 4 == 0 ? 2 : 1);
            persons[i].back().role = PersonRole::suspect;
        }
        const auto loaded = signals.add_signals_bulk(batch, persons);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    }
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::cout << "bulk: " << kTotal << " signals in " << took.count() << " ms\n";

    EXPECT_EQ(signals.count_signals().value(), static_cast<std::int64_t>(kTotal));
    const auto middle = signals.find_signal(5001).value();
    ASSERT_TRUE(middle.has_value());
    EXPECT_EQ(middle->receipt_lookup, generated(5000, 1)[0].receipt_lookup);
    EXPECT_EQ(middle->forms.size(), 2u);
    EXPECT_EQ(middle->version, 1);
    const auto persons = cases.list_persons(5001).value();  // generated index 5000: two persons
    ASSERT_EQ(persons.size(), 2u);
    EXPECT_EQ(persons[0].identity, persons[0].id);
    EXPECT_EQ(persons[1].role, PersonRole::suspect);
    EXPECT_TRUE(cases.list_persons(5002).value().empty());
    EXPECT_EQ(cases.list_signals({.limit = 200}).value().size(), 200u);

    // One bad signal (a receipt already stored) rolls its whole batch back.
    const auto again = signals.add_signals_bulk(generated(kTotal - 1, 3), {});
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(signals.count_signals().value(), static_cast<std::int64_t>(kTotal));
    std::vector<std::vector<Person>> wrong_size(2);
    EXPECT_EQ(signals.add_signals_bulk(generated(kTotal, 3), wrong_size).error().code, ErrorCode::invalid_input);
}

// Run by hand: storage_tests --gtest_also_run_disabled_tests --gtest_filter='*Million*'
TEST_F(SqliteStoreTest, DISABLED_BulkLoadsAMillionAndTheQueueStaysQuick) {
    auto store = SqliteStore::open(m_file).value();
    SqliteSignalRepository signals(store);
    SqliteCaseRepository cases(store);
    auto seconds_since = [](auto started) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    const auto started = std::chrono::steady_clock::now();
    constexpr std::size_t kTotal = 1'000'000, kBatch = 5'000;
    for (std::size_t from = 0; from < kTotal; from += kBatch) {
        const auto batch = generated(from, kBatch);
        std::vector<std::vector<Person>> persons(kBatch);
        for (std::size_t i = 0; i < kBatch; i += 2) persons[i].resize(1);
        ASSERT_TRUE(signals.add_signals_bulk(batch, persons).ok());
    }
    std::cout << "load: " << seconds_since(started) << " s\n";
    for (const SignalQuery& query :
         {SignalQuery{}, SignalQuery{.visibility = QueueVisibility::assigned_to_viewer, .viewer = 6},
          SignalQuery{.visibility = QueueVisibility::new_or_assigned_to_viewer, .viewer = 6},
          SignalQuery{.include_closed = true}, SignalQuery{.form = ExploitationForm::labour},
          SignalQuery{.overdue_at = from_unix_millis(1'700'000'050'000)},
          SignalQuery{.after = QueueCursor{1'700'000'090'000, 500'000}}}) {
        const auto queried = std::chrono::steady_clock::now();
        const auto page = cases.list_signals(query).value();
        std::cout << "page of " << page.size() << ": " << seconds_since(queried) * 1000 << " ms\n";
    }
}

}  // namespace meldpunt::storage::sqlite
