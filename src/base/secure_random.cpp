#include "base/secure_random.hpp"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace meldpunt {

void initialise_crypto() {
    if (sodium_init() < 0) {
        // Without a working random source nothing we do is safe: refuse to run.
        std::fputs("libsodium could not be initialised\n", stderr);
        std::abort();
    }
}

Bytes random_bytes(std::size_t count) {
    Bytes bytes(count);
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}


}  // namespace meldpunt
