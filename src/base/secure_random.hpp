// Cryptographically secure random bytes and numbers (libsodium). Thread-safe.
#pragma once

#include <cstdint>

#include "base/secret.hpp"

namespace meldpunt {

// Must run once before any other sodium use; safe to call again.
void initialise_crypto();

Bytes random_bytes(std::size_t count);
std::uint32_t random_below(std::uint32_t upper_bound);  // uniform in [0, upper_bound)

}  // namespace meldpunt
