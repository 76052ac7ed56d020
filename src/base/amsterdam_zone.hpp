// The service's time zone, Europe/Amsterdam, from the system's zone database.
// Internal to base/ (it exposes date-tz); looked up once; thread-safe.
#pragma once

#include <date/tz.h>

namespace meldpunt {

const date::time_zone* amsterdam_zone();

}  // namespace meldpunt
