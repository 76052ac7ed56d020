// StoredOfficeHours: the chat's calendar as kept in the ChatSettingsRepository,
// so that an administrator's change takes effect without a restart. It holds
// the current settings as one immutable snapshot. A change made through it is
// checked, stored and read back at once; a change made elsewhere (the command
// line, another server on the same store) shows within kReloadEvery, because a
// read after that long reloads. Owned by the composition root, next to the
// repository it reads. Thread-safe: current() is one atomic load (plus, once a
// minute, one caller doing the reload); changes and reloads are serialised.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "base/clock.hpp"
#include "domain/chat_settings_ports.hpp"
#include "domain/office_hours.hpp"

namespace meldpunt::domain {

class StoredOfficeHours final : public OfficeHoursCalendar {
  public:
    static constexpr std::chrono::seconds kReloadEvery{60};

    // Reads the settings once; fails when the store cannot be read.
    static Result<std::unique_ptr<StoredOfficeHours>> open(ChatSettingsRepository& repository, const Clock& clock);

    StoredOfficeHours(const StoredOfficeHours&) = delete;
    StoredOfficeHours& operator=(const StoredOfficeHours&) = delete;

    std::shared_ptr<const OfficeHoursSettings> current() const override;

    // Checked (chat_settings.hpp; the first problem is returned, invalid_input),
    // stored, then the snapshot is read back from the store.
    Result<void> save_weekly_hours(const WeeklyHours& hours);
    Result<void> add_closure(const Closure& closure);
    Result<void> remove_closure(Date date);

    // Reads the store now and replaces the snapshot (kept as it was on failure).
    Result<void> reload() const;

  private:
    StoredOfficeHours(ChatSettingsRepository& repository, const Clock& clock)
        : m_repository(repository), m_clock(clock) {}
    Result<void> reload_locked() const;

    ChatSettingsRepository& m_repository;
    const Clock& m_clock;
    mutable std::atomic<std::shared_ptr<const OfficeHoursSettings>> m_settings;
    // Unix ms after which the next read reloads; the reader that moves it on
    // does the reload, the others keep the snapshot they have.
    mutable std::atomic<std::int64_t> m_reload_due{0};
    // One reload at a time, so an older read can never replace a newer one.
    mutable std::mutex m_reload_mutex;
};

}  // namespace meldpunt::domain
