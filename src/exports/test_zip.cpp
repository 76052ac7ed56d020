#include "exports/test_zip.hpp"

#include <zlib.h>

#include <cstdint>

namespace meldpunt::exports::testing {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

// Zip numbers are little-endian; nullopt past the end of the archive.
std::optional<std::uint32_t> number(const std::string& bytes, std::size_t at, std::size_t size) {
    if (at + size > bytes.size()) return std::nullopt;
    std::uint32_t value = 0;
    for (std::size_t i = size; i-- > 0;) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

std::optional<std::string> inflate_raw(const std::string& compressed, std::size_t size) {
    std::string out(size, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return std::nullopt;  // raw deflate: no zlib header in zips
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || stream.total_out != size) return std::nullopt;
    return out;
}

// The entry's data once its directory record is found.
std::optional<std::string> read_entry(const std::string& archive, std::size_t record) {
    const auto method = number(archive, record + 10, 2);
    const auto compressed_size = number(archive, record + 20, 4);
    const auto size = number(archive, record + 24, 4);
    const auto local = number(archive, record + 42, 4);
    if (!method || !compressed_size || !size || !local || number(archive, *local, 4) != kLocalHeader)
        return std::nullopt;
    const auto name_length = number(archive, *local + 26, 2);
    const auto extra_length = number(archive, *local + 28, 2);
    if (!name_length || !extra_length) return std::nullopt;
    const std::size_t data = *local + 30 + *name_length + *extra_length;
    if (data + *compressed_size > archive.size()) return std::nullopt;
    const std::string stored = archive.substr(data, *compressed_size);
    if (*method == 0) return stored;
    if (*method == 8) return inflate_raw(stored, *size);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> zip_entry(const std::string& archive, const std::string& name) {
    if (archive.size() < 22) return std::nullopt;
    std::size_t end = archive.size() - 22;  // the end record is last, after an optional comment
    while (number(archive, end, 4) != kEndOfDirectory) {
        if (end == 0) return std::nullopt;
        --end;
    }
    const auto entries = number(archive, end + 10, 2);
    const auto directory = number(archive, end + 16, 4);
    if (!entries || !directory) return std::nullopt;
    std::size_t record = *directory;
    for (std::uint32_t i = 0; i < *entries; ++i) {
        if (number(archive, record, 4) != kDirectoryEntry) return std::nullopt;
        const auto name_length = number(archive, record + 28, 2);
        const auto extra_length = number(archive, record + 30, 2);
        const auto comment_length = number(archive, record + 32, 2);
        if (!name_length || !extra_length || !comment_length || record + 46 + *name_length > archive.size())
            return std::nullopt;
        if (archive.compare(record + 46, *name_length, name) == 0 && *name_length == name.size())
            return read_entry(archive, record);
        record += 46 + *name_length + *extra_length + *comment_length;
    }
    return std::nullopt;
}

}  // namespace meldpunt::exports::testing
