#include "security/key_files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/text.hpp"

namespace meldpunt::security {

namespace fs = std::filesystem;

Result<void> ensure_private_directory(const fs::path& directory) {
    std::error_code error;
    fs::create_directories(directory, error);
    if (error) return Error::make(ErrorCode::internal, "cannot create " + directory.string() + ": " + error.message());
    fs::permissions(directory, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error) return Error::make(ErrorCode::internal, "cannot protect " + directory.string() + ": " + error.message());
    return Ok{};
}

Result<void> sync_directory(const fs::path& directory) {
    const int descriptor = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return Error::make(ErrorCode::internal, "cannot open " + directory.string());
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    if (!synced) return Error::make(ErrorCode::internal, "cannot sync " + directory.string());
    return Ok{};
}

DirectoryLock::~DirectoryLock() {
    if (m_descriptor >= 0) ::close(m_descriptor);  // closing releases the flock
}

Result<DirectoryLock> lock_directory(const fs::path& directory) {
    const fs::path file = directory / ".lock";
    const int descriptor = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return Error::make(ErrorCode::internal, "cannot open " + file.string() + ": " + std::strerror(errno));
    if (::flock(descriptor, LOCK_EX) != 0) {
        ::close(descriptor);
        return Error::make(ErrorCode::internal, "cannot lock " + file.string());
    }
    return DirectoryLock(descriptor);
}

Result<void> write_secret_file(const fs::path& file, const Bytes& bytes) {
    const fs::path temporary = file.string() + ".tmp";
    const int descriptor = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return Error::make(ErrorCode::internal, "cannot write " + temporary.string() + ": " + std::strerror(errno));
    const std::string text = to_hex(bytes) + "\n";
    const bool written =
        ::write(descriptor, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(descriptor) == 0;
    ::close(descriptor);
    if (!written || ::rename(temporary.c_str(), file.c_str()) != 0) {
        return Error::make(ErrorCode::internal, "cannot write " + file.string());
    }
    return Ok{};
}

Result<SecretBytes> read_secret_file(const fs::path& file, std::size_t expected_size) {
    std::ifstream stream(file);
    if (!stream) return Error::make(ErrorCode::not_found, "cannot read " + file.string());
    std::string text;
    std::getline(stream, text);
    auto bytes = from_hex(trim(text));
    if (!bytes || (expected_size != 0 && bytes->size() != expected_size)) {
        return Error::make(ErrorCode::internal,
                           file.string() + " is damaged: it does not hold a key of the right size");
    }
    return SecretBytes(std::move(*bytes));
}

}  // namespace meldpunt::security
