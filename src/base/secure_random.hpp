// Cryptographically secure random bytes and numbers (libsodium). Thread-safe.
#pragma once

#include <cstdint>

#include "base/secret.hpp"

namespace meldpunt {

// Must run once before any other sodium use; safe to call again.
void initialise_crypto();

Bytes random_bytes(std::size_t count);

}  // namespace meldpunt
