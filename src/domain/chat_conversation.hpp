// The values of the live chat: what a visitor answers before chatting, one
// line of a conversation, what staff see of the queue and of a conversation,
// and the two kinds of listener (a visitor's or a member of staff's open
// connection) the ChatHub tells what happens. Plain values; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "domain/staff.hpp"

namespace meldpunt::domain {

enum class ChatDanger { no, yes, unsure };
// The order of service: someone in danger first, then someone for whom
// chatting is not safe (they may have to stop at any moment), then the rest.
enum class ChatPriority { urgent, high, normal };
enum class ChatState { waiting, talking, ended };
enum class ChatAuthor { visitor, staff };
enum class ChatEndedBy { visitor, staff, timeout };

std::string_view code_of(ChatDanger danger);
std::string_view code_of(ChatPriority priority);
std::string_view code_of(ChatState state);
std::string_view code_of(ChatEndedBy by);
std::optional<ChatDanger> parse_chat_danger(std::string_view code);
ChatPriority chat_priority(ChatDanger danger, bool safe_to_chat);

// Staff see conversations by a small number; visitors hold a secret token.
using ConversationNumber = std::int64_t;

struct ChatStart {
    std::string nickname;  // optional, at most kChatNicknameMax code points
    ChatDanger danger = ChatDanger::no;
    bool safe_to_chat = true;
    std::string language = "nl";  // "nl" or "en": the language staff should answer in
    // Who started it, as an opaque number (a salted hash of the address, held
    // in memory only); 0: unknown. Bounds the open chats one client holds.
    std::uint64_t origin = 0;
};

inline constexpr std::size_t kChatNicknameMax = 40;
inline constexpr std::size_t kChatTextMax = 2000;

struct ChatLine {
    ChatAuthor from = ChatAuthor::visitor;
    std::int64_t seq = 0;    // the sender's own number
    std::string text;
    std::string staff_name;  // the pseudonym, for staff lines
    TimePoint at{};
};

struct WaitingConversation {
    ConversationNumber number = 0;
    ChatPriority priority = ChatPriority::normal;
    std::string nickname;
    std::string language;
    TimePoint since{};
};

struct ConversationView {
    ConversationNumber number = 0;
    ChatState state = ChatState::waiting;
    std::string nickname;
    std::string language;
    ChatPriority priority = ChatPriority::normal;
    ChatDanger danger = ChatDanger::no;
    bool safe_to_chat = true;
    TimePoint started{};
    std::optional<UserId> staff;
    std::string staff_name;
    std::int64_t staff_received = 0;  // the last staff number the hub has
    std::optional<ChatEndedBy> ended_by;
    std::optional<SignalId> registered_as;
    std::vector<ChatLine> lines;
};

struct ChatColleague {
    UserId id = 0;
    std::string pseudonym;
    std::size_t holding = 0;
};

// What a visitor's open connection is told. The hub calls these while it holds
// its lock: an implementation must only queue the event (never block, never
// call back into the hub).
class VisitorListener {
  public:
    virtual ~VisitorListener() = default;
    virtual void queue_position(std::size_t position, int wait_minutes) = 0;
    virtual void state_changed(ChatState state, std::string_view staff_name) = 0;
    virtual void message(const ChatLine& line) = 0;
    virtual void acknowledged(std::int64_t seq) = 0;
    virtual void typing(bool on) = 0;
    virtual void receipt(std::string_view code) = 0;
};

// What a member of staff's open connection (a console tab) is told; the same
// rules as VisitorListener.
class StaffListener {
  public:
    virtual ~StaffListener() = default;
    virtual void welcome(std::string_view pseudonym, std::size_t limit, const std::vector<ChatColleague>& colleagues) = 0;
    virtual void queue(const std::vector<WaitingConversation>& first, std::size_t total, TimePoint now) = 0;
    virtual void conversation(const ConversationView& view) = 0;
    virtual void message(ConversationNumber number, const ChatLine& line) = 0;
    virtual void acknowledged(ConversationNumber number, std::int64_t seq) = 0;
    virtual void typing(ConversationNumber number, bool on) = 0;
    virtual void ended(ConversationNumber number, ChatEndedBy by) = 0;
    virtual void released(ConversationNumber number) = 0;
};

// The coordinator's live view.
struct ChatOverview {
    std::size_t waiting = 0;
    std::size_t talking = 0;
    std::size_t staff_online = 0;
    std::size_t ended_unregistered = 0;
    std::optional<std::chrono::seconds> longest_wait;
    std::size_t waiting_urgent = 0;
    std::vector<ChatColleague> staff;
};

}  // namespace meldpunt::domain
