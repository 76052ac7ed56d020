// The chat's frames (docs/chat_protocol.md): reading what a visitor's or a
// staff console sends into plain commands, and writing what the hub tells them
// as JSON text. Strict: an unknown type, a missing or mistyped member is a
// clear `bad_frame` error. Beast-free (Boost.JSON only); pure functions,
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "base/result.hpp"
#include "domain/chat_hub.hpp"

namespace meldpunt::chat {

inline constexpr std::size_t kMaxFrameBytes = 8 * 1024;

namespace visitor {
struct Start {
    domain::ChatStart start;
};
struct Resume {
    std::string token;
    std::int64_t received = 0;
};
struct Message {
    std::int64_t seq = 0;
    std::string text;
};
struct Ack {
    std::int64_t seq = 0;
};
struct Typing {
    bool on = false;
};
struct End {};
using Command = std::variant<Start, Resume, Message, Ack, Typing, End>;
}  // namespace visitor

namespace staff {
struct Pseudonym {
    std::string name;
};
struct Accept {
    std::optional<domain::ConversationNumber> conversation;
};
struct Message {
    domain::ConversationNumber conversation = 0;
    std::int64_t seq = 0;
    std::string text;
};
struct Typing {
    domain::ConversationNumber conversation = 0;
    bool on = false;
};
struct Transfer {
    domain::ConversationNumber conversation = 0;
    std::optional<domain::UserId> to;
};
struct End {
    domain::ConversationNumber conversation = 0;
};
using Command = std::variant<Pseudonym, Accept, Message, Typing, Transfer, End>;
}  // namespace staff

Result<visitor::Command> read_visitor_frame(std::string_view text);
Result<staff::Command> read_staff_frame(std::string_view text);

// Server -> visitor.
std::string started_frame(const domain::ChatStarted& started);
std::string resumed_frame(std::int64_t received);
std::string closed_frame(const std::optional<TimePoint>& next_open);
std::string queue_frame(std::size_t position, int wait_minutes);
std::string state_frame(domain::ChatState state, std::string_view staff_name);
std::string visitor_message_frame(const domain::ChatLine& line);
std::string ack_frame(std::int64_t seq);
std::string typing_frame(bool on);
std::string receipt_frame(std::string_view code);
std::string error_frame(std::string_view code, std::string_view message);
std::string error_frame(const Error& error);
// A refused message: names its number (and conversation, for staff), so the
// sender can drop it and reuse the number instead of stalling on it.
std::string message_error_frame(const Error& error, std::int64_t seq,
                                std::optional<domain::ConversationNumber> conversation = std::nullopt);

// Server -> staff.
std::string welcome_frame(std::string_view pseudonym, std::size_t limit,
                          const std::vector<domain::ChatColleague>& colleagues);
std::string staff_queue_frame(const std::vector<domain::WaitingConversation>& first, std::size_t total, TimePoint now);
std::string conversation_frame(const domain::ConversationView& view);
std::string staff_message_frame(domain::ConversationNumber number, const domain::ChatLine& line);
std::string staff_ack_frame(domain::ConversationNumber number, std::int64_t seq);
std::string staff_typing_frame(domain::ConversationNumber number, bool on);
std::string ended_frame(domain::ConversationNumber number, domain::ChatEndedBy by);
std::string released_frame(domain::ConversationNumber number);

}  // namespace meldpunt::chat
