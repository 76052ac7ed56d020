// Bytes and SecretBytes: byte buffers. SecretBytes wipes itself when destroyed so
// keys and plaintext do not linger in freed memory. Not thread-safe (values).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace meldpunt {

using Bytes = std::vector<std::uint8_t>;

class SecretBytes {
  public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size) : m_bytes(size) {}
    explicit SecretBytes(Bytes bytes) : m_bytes(std::move(bytes)) {}
    SecretBytes(const SecretBytes& other) : m_bytes(other.m_bytes) {}
    SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    const Bytes& bytes() const { return m_bytes; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()}; }

  private:
    void wipe();
    Bytes m_bytes;
};

inline Bytes to_bytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}
inline std::string to_string(const Bytes& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace meldpunt
