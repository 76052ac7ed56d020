// Reading and writing small secret files with owner-only permissions. Used by the
// keyring; thread-safe (no shared state).
#pragma once

#include <filesystem>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

// Writes hex text to a temporary file with mode 0600, syncs it and renames it
// into place, so a crash never leaves a half-written key behind a complete-looking
// name. Callers hold the directory lock.
Result<void> write_secret_file(const std::filesystem::path& file, const Bytes& bytes);
Result<SecretBytes> read_secret_file(const std::filesystem::path& file, std::size_t expected_size);
Result<void> ensure_private_directory(const std::filesystem::path& directory);
// Makes the renames in `directory` durable.
Result<void> sync_directory(const std::filesystem::path& directory);

// An exclusive lock on `directory/.lock`, held until the value is destroyed.
class DirectoryLock {
  public:
    explicit DirectoryLock(int descriptor) : m_descriptor(descriptor) {}
    DirectoryLock(DirectoryLock&& other) noexcept : m_descriptor(other.m_descriptor) { other.m_descriptor = -1; }
    DirectoryLock(const DirectoryLock&) = delete;
    ~DirectoryLock();

  private:
    int m_descriptor;
};
Result<DirectoryLock> lock_directory(const std::filesystem::path& directory);

}  // namespace meldpunt::security
