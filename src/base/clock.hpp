// Clock: the port through which code asks the time, so tests can fix it.
// SystemClock is thread-safe; FixedClock is for single-threaded tests.
#pragma once

#include <chrono>
#include <string>

namespace meldpunt {

using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

class Clock {
  public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
  public:
    TimePoint now() const override {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    }
};

class FixedClock final : public Clock {
  public:
    explicit FixedClock(TimePoint at) : m_now(at) {}
    TimePoint now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void set(TimePoint at) { m_now = at; }

  private:
    TimePoint m_now;
};

// "2026-11-29T04:30:00Z": UTC, seconds precision, for APIs and storage.
std::string format_iso8601_utc(TimePoint at);
// Parses the form above (and with a numeric offset); nullopt-like failure as false.
bool parse_iso8601(std::string_view text, TimePoint& out);
// "29-11-2026" style calendar date as people in Flevoland read it (Europe/Amsterdam).
std::string format_local_date(TimePoint at);
// "29-11-2026 05:30" in Europe/Amsterdam.
std::string format_local_date_time(TimePoint at);

std::int64_t to_unix_millis(TimePoint at);
TimePoint from_unix_millis(std::int64_t millis);

}  // namespace meldpunt
