// Reading and writing small secret files with owner-only permissions. Used by the
// keyring; thread-safe (no shared state).
#pragma once

#include <filesystem>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

// Writes hex text, creating the file exclusively with mode 0600 and syncing it,
// so a crash never leaves a half-written key behind a complete-looking name.
Result<void> write_secret_file(const std::filesystem::path& file, const Bytes& bytes);
Result<SecretBytes> read_secret_file(const std::filesystem::path& file, std::size_t expected_size);
Result<void> ensure_private_directory(const std::filesystem::path& directory);

}  // namespace meldpunt::security
