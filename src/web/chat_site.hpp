// ChatSite: what the chat's pages and connections share: the hub and the limit
// on chats started per address. Built by the composition root and hung on
// Site::chat (null: this server has no chat, and its routes answer 404).
// Thread-safe (its parts are).
#pragma once

#include "domain/chat_hub.hpp"
#include "security/rate_limiter.hpp"

namespace meldpunt::web {

struct ChatSite {
    ChatSite(domain::ChatHub& hub_, security::RateLimit start_limit) : hub(hub_), start_limiter(start_limit) {}
    domain::ChatHub& hub;
    security::RateLimiter start_limiter;  // a queue flooded with empty chats helps nobody
    double frames_per_second = 20;        // per connection, after a burst; 0 lifts it (benchmarks)
    // Messages of the plain HTML chat per address (the sockets have their own budget).
    security::RateLimiter message_limiter{security::RateLimit{30, 30, true}};
};

}  // namespace meldpunt::web
