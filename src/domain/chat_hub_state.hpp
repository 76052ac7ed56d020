// The inside of ChatHub, shared by its two source files (visitor side and
// staff side). Everything here is guarded by State::mutex; the helpers below
// expect the caller to hold it. Not for use outside chat_hub*.cpp.
#pragma once

#include <deque>
#include <set>
#include <tuple>

#include "domain/chat_hub.hpp"

namespace meldpunt::domain {

struct ChatHub::Conversation {
    ConversationNumber number = 0;
    std::string token;
    ChatStart start;
    ChatPriority priority = ChatPriority::normal;
    ChatState state = ChatState::waiting;
    TimePoint started{};
    TimePoint accepted{};
    TimePoint ended{};
    TimePoint visitor_seen{};  // the last sign of life of a visitor without a connection
    std::optional<UserId> staff;
    std::string staff_name;
    std::vector<ChatLine> lines;
    std::int64_t visitor_received = 0;
    std::int64_t staff_received = 0;
    std::vector<std::shared_ptr<VisitorListener>> visitors;
    std::string page_token;
    std::string previous_page_token;
    std::optional<std::string> pending_receipt;  // for a visitor who has no connection right now
    std::optional<TimePoint> receipt_shown;      // the plain HTML chat shows it for a few minutes
    bool plain_html = false;  // started without JavaScript: gone soon after its frame stops refreshing
    bool frame_refreshing = true;  // the visitor may pause the frame's own refresh
    std::size_t text_bytes = 0;  // of all lines: a conversation is bounded in memory
    bool registering = false;
    std::size_t registered_lines = 0;  // lines already in the signal
    std::optional<ChatEndedBy> ended_by;
    std::optional<SignalId> registered_as;
    std::size_t position_sent = 0;
    int wait_sent = -1;
};

struct ChatHub::StaffMember {
    StaffIdentity identity;
    std::string pseudonym;
    std::vector<std::shared_ptr<StaffListener>> listeners;
    std::set<ConversationNumber> held;  // talking or ended and not yet registered
    std::optional<TimePoint> offline_since;
    std::size_t talking = 0;
};

// The queue's order: priority, then who came first.
using QueueKey = std::tuple<int, std::int64_t, ConversationNumber>;

struct ChatHub::State {
    State(const OfficeHoursCalendar& calendar_, const Clock& clock_, ChatHubSettings settings_)
        : calendar(calendar_), clock(clock_), settings(settings_) {}

    const OfficeHoursCalendar& calendar;
    const Clock& clock;
    const ChatHubSettings settings;
    std::mutex mutex;
    std::map<ConversationNumber, Conversation> conversations;
    std::unordered_map<std::string, ConversationNumber> by_token;
    std::unordered_map<std::string, ConversationNumber> by_page_token;
    std::set<QueueKey> queue;
    std::size_t waiting_by_priority[3] = {0, 0, 0};
    std::map<UserId, StaffMember> staff;
    ConversationNumber next_number = 1;
    bool queue_changed = false;
    std::uint64_t ticks = 0;
    std::deque<std::chrono::seconds> recent_talks;  // how long recent conversations took
    std::unordered_map<std::uint64_t, std::size_t> open_by_origin;

    Conversation* find_by_token(std::string_view token);
    Conversation* find_by_page(std::string_view page_token);
    Conversation* find(ConversationNumber number);
    QueueKey queue_key(const Conversation& conversation) const;
    void enqueue(Conversation& conversation);
    void dequeue(Conversation& conversation);
    std::size_t position_of_newest(ChatPriority priority) const;
    int wait_minutes(std::size_t position) const;
    void end(Conversation& conversation, ChatEndedBy by, TimePoint now);
    void forget(Conversation& conversation);
    void send_state(Conversation& conversation);
    void replay_to_visitor(Conversation& conversation, std::int64_t received);
    void tell_staff_of(const Conversation& conversation, const std::function<void(StaffListener&)>& tell);
    void tell_all_staff(const std::function<void(StaffListener&)>& tell);
    ConversationView view_of(const Conversation& conversation) const;
    std::vector<ChatColleague> colleagues() const;
    void send_queue_to_staff(TimePoint now);
    void send_queue_to_visitors(bool force);
    std::string new_token();
    VisitorPage page_view(Conversation& conversation, std::size_t last_lines);
};

Result<std::string> clean_chat_text(std::string_view text, std::size_t max, std::string_view field);

}  // namespace meldpunt::domain
