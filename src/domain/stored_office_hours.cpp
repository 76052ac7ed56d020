#include "domain/stored_office_hours.hpp"

namespace meldpunt::domain {

namespace {

std::int64_t millis_after(TimePoint at, std::chrono::seconds delay) {
    return to_unix_millis(at + std::chrono::duration_cast<std::chrono::milliseconds>(delay));
}

}  // namespace

Result<std::unique_ptr<StoredOfficeHours>> StoredOfficeHours::open(ChatSettingsRepository& repository,
                                                                   const Clock& clock) {
    std::unique_ptr<StoredOfficeHours> calendar(new StoredOfficeHours(repository, clock));
    if (auto loaded = calendar->reload(); !loaded) return loaded.error();
    return calendar;
}

std::shared_ptr<const OfficeHoursSettings> StoredOfficeHours::current() const {
    const TimePoint now = m_clock.now();
    const std::int64_t now_millis = to_unix_millis(now);
    std::int64_t due = m_reload_due.load(std::memory_order_relaxed);
    // Due, or further ahead than a minute: the system clock was set back.
    constexpr std::int64_t kReloadMillis = std::chrono::milliseconds(kReloadEvery).count();
    const bool reload_due = now_millis >= due || due - now_millis > kReloadMillis;
    // Only the reader that moves the due time on reloads; if a change is being
    // read back just now, that gives a fresh snapshot anyway, so it does not wait.
    if (reload_due && m_reload_due.compare_exchange_strong(due, millis_after(now, kReloadEvery))) {
        std::unique_lock lock(m_reload_mutex, std::try_to_lock);
        // A failed read keeps the snapshot it had; the next try is a minute on.
        if (lock.owns_lock()) (void)reload_locked();
    }
    return m_settings.load();
}

Result<void> StoredOfficeHours::reload() const {
    std::lock_guard lock(m_reload_mutex);
    return reload_locked();
}

Result<void> StoredOfficeHours::reload_locked() const {
    auto loaded = m_repository.load_office_hours();
    if (!loaded) return loaded.error();
    m_settings.store(std::make_shared<const OfficeHoursSettings>(std::move(*loaded)));
    m_reload_due.store(millis_after(m_clock.now(), kReloadEvery), std::memory_order_relaxed);
    return Ok{};
}

Result<void> StoredOfficeHours::save_weekly_hours(const WeeklyHours& hours) {
    if (auto problems = check_weekly_hours(hours); !problems.empty()) return problems.front();
    if (auto saved = m_repository.save_weekly_hours(hours); !saved) return saved;
    return reload();
}

Result<void> StoredOfficeHours::add_closure(const Closure& closure) {
    if (auto problems = check_closure(closure, current()->closures); !problems.empty()) return problems.front();
    if (auto added = m_repository.add_closure(closure); !added) {
        // Added just now elsewhere: the same answer as when the snapshot knew it.
        if (added.error().code == ErrorCode::conflict)
            return Error::invalid("date", "There is already a closure on this date.");
        return added;
    }
    return reload();
}

Result<void> StoredOfficeHours::remove_closure(Date date) {
    if (auto removed = m_repository.remove_closure(date); !removed) return removed;
    return reload();
}

}  // namespace meldpunt::domain
