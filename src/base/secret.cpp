#include "base/secret.hpp"

#include <sodium.h>

namespace meldpunt {

SecretBytes& SecretBytes::operator=(const SecretBytes& other) {
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes::~SecretBytes() {
    wipe();
}

void SecretBytes::wipe() {
    if (!m_bytes.empty()) sodium_memzero(m_bytes.data(), m_bytes.size());
}

}  // namespace meldpunt
