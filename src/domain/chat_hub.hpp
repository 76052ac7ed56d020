// ChatHub: the live chat's state: the conversations, the waiting queue by
// priority, who of staff is online and holds what, and the numbered messages
// both ways (a number seen twice is acknowledged again but kept once, so a
// reconnect that resends loses and doubles nothing). It lives in memory only:
// a transcript reaches the store (sealed) only when staff register the chat as
// a signal; an unregistered one is forgotten after the retention setting.
//
// Transport-free: open connections are listeners (chat_conversation.hpp), the
// no-JavaScript pages call the same functions. One lock guards everything;
// every public function is thread-safe. tick() must be called about once a
// second (queue updates, time-outs, forgetting).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "base/result.hpp"
#include "domain/chat_conversation.hpp"
#include "domain/office_hours.hpp"

namespace meldpunt::domain {

struct ChatHubSettings {
    std::size_t chats_per_staff = 3;  // how many conversations one person holds at once
    bool always_open = false;         // benchmarks and demonstrations only
    // A visitor without an open connection (or page refresh) this long is gone.
    std::chrono::seconds visitor_gone_waiting{120};
    std::chrono::seconds visitor_gone_talking{600};
    // The plain HTML chat refreshes its frame every 5 s: silence means the page is gone.
    std::chrono::seconds plain_html_gone{30};
    // Staff whose last console closed get this long to come back before their
    // conversations return to the queue.
    std::chrono::seconds staff_grace{90};
    // An ended conversation nobody registered is forgotten after this.
    std::chrono::hours unregistered_retention{8};
    std::size_t max_conversations = 20000;  // waiting + talking + ended, in memory
    std::size_t max_conversation_bytes = 256 * 1024;  // all text of one conversation
    std::size_t max_conversation_lines = 3000;        // messages of one conversation, both ways
    std::size_t max_lines_while_waiting = 20;         // from a visitor nobody has answered yet
    // Open (waiting or talking) chats of one client address: a school's
    // network may hold a few, a flood of empty chats is refused.
    std::size_t max_open_per_origin = 5;
    std::size_t queue_shown_to_staff = 50;
};

struct ChatStarted {
    std::string token;  // the visitor's secret for resuming; never logged
    ConversationNumber number = 0;
    ChatPriority priority = ChatPriority::normal;
};

struct ChatResumed {
    std::int64_t visitor_received = 0;  // the last visitor number the hub has
};

// What the page of a visitor without JavaScript shows.
struct VisitorPage {
    std::string page_token;  // for the next refresh and the send form
    ChatState state = ChatState::waiting;
    std::string staff_name;
    std::size_t position = 0;
    int wait_minutes = 0;
    std::int64_t next_seq = 1;  // the number the send form carries
    std::string language;
    std::optional<std::string> receipt;  // shown for a few minutes
    bool in_danger = false;              // said so at the start: the page keeps saying "call 112"
    std::vector<ChatLine> lines;  // the latest ones, as many as asked for
};

class ChatHub {
  public:
    ChatHub(const OfficeHoursCalendar& calendar, const Clock& clock, ChatHubSettings settings = {});
    ~ChatHub();

    // Visitors. `listener` may be null (the no-JavaScript pages).
    // Fails with `unavailable` when the chat is closed or full.
    Result<ChatStarted> start(const ChatStart& start, std::shared_ptr<VisitorListener> listener);
    Result<ChatResumed> resume(std::string_view token, std::int64_t received, std::shared_ptr<VisitorListener> listener);
    Result<void> visitor_message(std::string_view token, std::int64_t seq, std::string_view text);
    void visitor_typing(std::string_view token, bool on);
    void visitor_end(std::string_view token);
    void detach_visitor(std::string_view token, const VisitorListener* listener);

    // The no-JavaScript visitor: page tokens live one page (the one in the
    // address bar and the one in the page work; older ones are dead). The page
    // itself shows no messages (its frame does): take_page copies none.
    std::string first_page_token(std::string_view token);
    std::optional<VisitorPage> take_page(std::string_view page_token);
    // The same view without using up the token: the frame. `refreshing`: it
    // reloads itself every few seconds, so silence soon means the page is gone;
    // a visitor who paused that is gone only after the usual time.
    std::optional<VisitorPage> peek_page(std::string_view page_token, bool refreshing = true,
                                         std::size_t last_lines = SIZE_MAX);
    std::optional<std::string> token_of_page(std::string_view page_token);

    // Staff. Several consoles (tabs) of one person share what they hold.
    void connect_staff(const StaffIdentity& staff, std::shared_ptr<StaffListener> listener);
    void disconnect_staff(UserId staff, const StaffListener* listener);
    Result<void> set_pseudonym(UserId staff, std::string_view name);
    Result<ConversationNumber> accept(UserId staff, std::optional<ConversationNumber> number);
    Result<void> staff_message(UserId staff, ConversationNumber number, std::int64_t seq, std::string_view text);
    void staff_typing(UserId staff, ConversationNumber number, bool on);
    // To a colleague who is online and below the limit, or back to the queue.
    Result<void> transfer(UserId staff, ConversationNumber number, std::optional<UserId> to);
    Result<void> staff_end(UserId staff, ConversationNumber number);

    // Registration as a signal (by the person who held it): claim it (one
    // registration at a time), store, then finish or give the claim back.
    // `first_line` says where the lines not yet in the signal start: a chat
    // registered while it went on adds the rest later to the same signal.
    struct RegistrationClaim {
        ConversationView view;
        std::size_t first_line = 0;
    };
    Result<RegistrationClaim> claim_registration(UserId staff, ConversationNumber number);
    void release_registration(UserId staff, ConversationNumber number);
    Result<void> finish_registration(UserId staff, ConversationNumber number, SignalId signal, std::size_t lines,
                                     std::string_view receipt);
    Result<ConversationView> conversation_for(UserId staff, ConversationNumber number);
    std::vector<ConversationView> held_by(UserId staff);

    ChatOverview overview();
    void tick();
    OpeningState opening_state_now() const;

  private:
    struct Conversation;
    struct StaffMember;
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace meldpunt::domain
