#include "base/result.hpp"

namespace meldpunt {

const char* to_string(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input:
            return "invalid_input";
        case ErrorCode::not_found:
            return "not_found";
        case ErrorCode::unauthorized:
            return "unauthorized";
        case ErrorCode::forbidden:
            return "forbidden";
        case ErrorCode::conflict:
            return "conflict";
        case ErrorCode::rate_limited:
            return "rate_limited";
        case ErrorCode::too_large:
            return "too_large";
        case ErrorCode::unsupported:
            return "unsupported";
        case ErrorCode::unavailable:
            return "unavailable";
        case ErrorCode::internal:
            return "internal";
    }
    return "internal";
}

}  // namespace meldpunt
