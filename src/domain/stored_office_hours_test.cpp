// StoredOfficeHours: a change made through it shows at once; one made in the
// store by someone else (the command line, another server) shows after at most
// a minute; a store that cannot be read keeps the last snapshot; and many
// readers may ask while the settings change.
#include "domain/stored_office_hours.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "storage/memory/memory_chat_settings_repository.hpp"

namespace meldpunt::domain {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

// The memory store, with a switch that makes every read fail.
class FlakyRepository final : public ChatSettingsRepository {
  public:
    bool failing = false;
    storage::memory::MemoryChatSettingsRepository inner;

    Result<OfficeHoursSettings> load_office_hours() override {
        if (failing) return Error::make(ErrorCode::unavailable, "the store is away");
        return inner.load_office_hours();
    }
    Result<void> save_weekly_hours(const WeeklyHours& hours) override { return inner.save_weekly_hours(hours); }
    Result<void> add_closure(const Closure& closure) override { return inner.add_closure(closure); }
    Result<void> remove_closure(Date date) override { return inner.remove_closure(date); }
    Result<std::vector<CannedAnswer>> list_canned_answers() override { return inner.list_canned_answers(); }
    Result<std::int64_t> add_canned_answer(const CannedAnswer& answer) override {
        return inner.add_canned_answer(answer);
    }
    Result<void> update_canned_answer(const CannedAnswer& answer) override {
        return inner.update_canned_answer(answer);
    }
    Result<void> remove_canned_answer(std::int64_t id) override { return inner.remove_canned_answer(id); }
};

class StoredOfficeHoursTest : public ::testing::Test {
  protected:
    void SetUp() override { m_calendar = StoredOfficeHours::open(m_repository, m_clock).value(); }

    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    FlakyRepository m_repository;
    std::unique_ptr<StoredOfficeHours> m_calendar;
};

TEST_F(StoredOfficeHoursTest, StartsWithWhatIsStored) {
    EXPECT_EQ(m_calendar->current()->windows.size(), 5u);
    m_repository.failing = true;
    EXPECT_FALSE(StoredOfficeHours::open(m_repository, m_clock).ok()) << "no calendar without its store";
}

TEST_F(StoredOfficeHoursTest, AChangeThroughItShowsAtOnce) {
    const auto before = m_calendar->current();
    ASSERT_TRUE(m_calendar->add_closure({ymd(2026, 6, 1), "Studiedag"}).ok());
    const auto after = m_calendar->current();
    ASSERT_EQ(after->closures.size(), 1u);
    EXPECT_TRUE(before->closures.empty()) << "a snapshot already handed out does not change";
    EXPECT_NE(before, after);

    WeeklyHours week;
    week.windows = {{Saturday, hours{10}, hours{14}}};
    week.closed_on_good_friday = true;
    ASSERT_TRUE(m_calendar->save_weekly_hours(week).ok());
    EXPECT_EQ(m_calendar->current()->windows.size(), 1u);
    EXPECT_TRUE(m_calendar->current()->closed_on_good_friday);
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u);

    ASSERT_TRUE(m_calendar->remove_closure(ymd(2026, 6, 1)).ok());
    EXPECT_TRUE(m_calendar->current()->closures.empty());
}

TEST_F(StoredOfficeHoursTest, RefusedChangesStoreNothing) {
    WeeklyHours week;
    week.windows = {{Saturday, hours{14}, hours{10}}};
    EXPECT_EQ(m_calendar->save_weekly_hours(week).error().code, ErrorCode::invalid_input);
    EXPECT_EQ(m_repository.inner.load_office_hours()->windows.size(), 5u);
    ASSERT_TRUE(m_calendar->add_closure({ymd(2026, 6, 1), "Studiedag"}).ok());
    // Added by someone else in the meantime: refused by the store, the same answer.
    ASSERT_TRUE(m_repository.inner.add_closure({ymd(2026, 6, 2), "Teamdag"}).ok());
    const auto taken = m_calendar->add_closure({ymd(2026, 6, 2), "Nog eens"});
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(taken.error().field, "date");
    EXPECT_EQ(m_calendar->remove_closure(ymd(2027, 1, 1)).error().code, ErrorCode::not_found);
}

TEST_F(StoredOfficeHoursTest, AChangeElsewhereShowsWithinAMinute) {
    ASSERT_TRUE(m_repository.inner.add_closure({ymd(2026, 6, 1), "Studiedag"}).ok());
    EXPECT_TRUE(m_calendar->current()->closures.empty()) << "not read again at every request";
    m_clock.advance(seconds{59});
    EXPECT_TRUE(m_calendar->current()->closures.empty());
    m_clock.advance(seconds{1});
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u);

    // Read once, then not again for another minute.
    ASSERT_TRUE(m_repository.inner.remove_closure(ymd(2026, 6, 1)).ok());
    m_clock.advance(seconds{30});
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u);
    m_clock.advance(seconds{30});
    EXPECT_TRUE(m_calendar->current()->closures.empty());
}

TEST_F(StoredOfficeHoursTest, AClockSetBackDoesNotStopTheReloads) {
    m_clock.advance(-hours{2});
    ASSERT_TRUE(m_repository.inner.add_closure({ymd(2026, 6, 1), "Studiedag"}).ok());
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u) << "not two hours late";
}

TEST_F(StoredOfficeHoursTest, AStoreThatCannotBeReadKeepsTheLastSnapshot) {
    ASSERT_TRUE(m_calendar->add_closure({ymd(2026, 6, 1), "Studiedag"}).ok());
    m_repository.failing = true;
    m_clock.advance(minutes{5});
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u);
    EXPECT_FALSE(m_calendar->reload().ok());
    EXPECT_EQ(m_calendar->current()->closures.size(), 1u);
    m_repository.failing = false;
    ASSERT_TRUE(m_repository.inner.remove_closure(ymd(2026, 6, 1)).ok());
    m_clock.advance(minutes{1});
    EXPECT_TRUE(m_calendar->current()->closures.empty());
}

TEST(StoredOfficeHoursThreads, ReadersSeeWholeSnapshotsWhileItChanges) {
    // A minute passes at every look at the clock: each read is due to reload,
    // so readers reload while the writer changes and reloads too.
    class RacingClock final : public Clock {
      public:
        TimePoint now() const override { return from_unix_millis(m_millis.fetch_add(61'000)); }

      private:
        mutable std::atomic<std::int64_t> m_millis{1'780'000'000'000};
    };
    const RacingClock clock;
    storage::memory::MemoryChatSettingsRepository repository;
    auto calendar = StoredOfficeHours::open(repository, clock).value();
    std::atomic<bool> done{false};
    std::vector<std::thread> readers;
    std::atomic<int> reads{0};
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&] {
            while (!done.load()) {
                const auto settings = calendar->current();
                // Every snapshot is one the writer made: one closure per saved day, in order.
                for (std::size_t i = 1; i < settings->closures.size(); ++i)
                    EXPECT_LT(sys_days{settings->closures[i - 1].date}, sys_days{settings->closures[i].date});
                reads.fetch_add(1);
            }
        });
    }
    while (reads.load() < 100) std::this_thread::yield();  // the readers are running
    for (unsigned d = 1; d <= 28; ++d) {
        EXPECT_TRUE(calendar->add_closure({ymd(2026, 2, d), "Dag " + std::to_string(d)}).ok());
        EXPECT_EQ(calendar->current()->closures.size(), d);
    }
    for (unsigned d = 1; d <= 28; ++d) EXPECT_TRUE(calendar->remove_closure(ymd(2026, 2, d)).ok());
    done = true;
    for (auto& reader : readers) reader.join();
    EXPECT_TRUE(calendar->current()->closures.empty());
}

}  // namespace
}  // namespace meldpunt::domain
