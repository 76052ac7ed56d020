#include "domain/chat_hub.hpp"

#include <algorithm>
#include <functional>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "domain/chat_hub_state.hpp"

namespace meldpunt::domain {

namespace {

constexpr auto kDefaultTalk = std::chrono::minutes(12);

}  // namespace

std::string_view code_of(ChatDanger danger) {
    switch (danger) {
        case ChatDanger::yes: return "yes";
        case ChatDanger::unsure: return "unsure";
        case ChatDanger::no: break;
    }
    return "no";
}

std::string_view code_of(ChatPriority priority) {
    switch (priority) {
        case ChatPriority::urgent: return "urgent";
        case ChatPriority::high: return "high";
        case ChatPriority::normal: break;
    }
    return "normal";
}

std::string_view code_of(ChatState state) {
    switch (state) {
        case ChatState::waiting: return "waiting";
        case ChatState::talking: return "talking";
        case ChatState::ended: break;
    }
    return "ended";
}

std::string_view code_of(ChatEndedBy by) {
    switch (by) {
        case ChatEndedBy::visitor: return "visitor";
        case ChatEndedBy::staff: return "staff";
        case ChatEndedBy::timeout: break;
    }
    return "timeout";
}

std::optional<ChatDanger> parse_chat_danger(std::string_view code) {
    if (code == "no") return ChatDanger::no;
    if (code == "yes") return ChatDanger::yes;
    if (code == "unsure") return ChatDanger::unsure;
    return std::nullopt;
}

ChatPriority chat_priority(ChatDanger danger, bool safe_to_chat) {
    if (danger == ChatDanger::yes) return ChatPriority::urgent;
    if (danger == ChatDanger::unsure || !safe_to_chat) return ChatPriority::high;
    return ChatPriority::normal;
}

// Text as a person typed it: valid UTF-8, no control characters except line
// breaks and tabs, not only white space, and not too long.
Result<std::string> clean_chat_text(std::string_view text, std::size_t max, std::string_view field) {
    if (!is_valid_utf8(text)) return Error::invalid(std::string(field), "The text could not be read. Type it again.");
    const bool has_bad_control = std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n' && c != '\t' && c != '\r') || byte == 0x7f;
    });
    if (has_bad_control) return Error::invalid(std::string(field), "The text holds characters that cannot be sent.");
    if (utf8_length(text) > max)
        return Error::make(ErrorCode::too_large, max == kChatTextMax
                                                     ? "The message is too long: at most 2,000 characters. Send it in parts."
                                                     : "This is too long: at most 40 characters.");
    return std::string(text);
}

// ---- State helpers (the caller holds the lock) ----

ChatHub::Conversation* ChatHub::State::find_by_token(std::string_view token) {
    const auto it = by_token.find(std::string(token));
    return it == by_token.end() ? nullptr : find(it->second);
}

ChatHub::Conversation* ChatHub::State::find(ConversationNumber number) {
    const auto it = conversations.find(number);
    return it == conversations.end() ? nullptr : &it->second;
}

QueueKey ChatHub::State::queue_key(const Conversation& conversation) const {
    return {static_cast<int>(conversation.priority), to_unix_millis(conversation.started), conversation.number};
}

void ChatHub::State::enqueue(Conversation& conversation) {
    if (queue.insert(queue_key(conversation)).second) ++waiting_by_priority[static_cast<int>(conversation.priority)];
    queue_changed = true;
}

void ChatHub::State::dequeue(Conversation& conversation) {
    if (queue.erase(queue_key(conversation)) > 0) --waiting_by_priority[static_cast<int>(conversation.priority)];
    queue_changed = true;
}

// The place of one who just joined: behind everyone of the same or a higher priority.
std::size_t ChatHub::State::position_of_newest(ChatPriority priority) const {
    std::size_t position = 0;
    for (int p = 0; p <= static_cast<int>(priority); ++p) position += waiting_by_priority[p];
    return position;
}

// An estimate, said as such to the visitor: free places go first; beyond them
// a place opens every (average conversation / places) minutes.
int ChatHub::State::wait_minutes(std::size_t position) const {
    std::size_t places = 0;
    std::size_t taken = 0;
    for (const auto& [id, member] : staff) {
        if (member.offline_since) continue;
        places += settings.chats_per_staff;
        taken += member.talking;
    }
    const std::size_t free = places > taken ? places - taken : 0;
    if (position <= free) return 1;
    std::chrono::seconds average = kDefaultTalk;
    if (!recent_talks.empty()) {
        std::chrono::seconds sum{0};
        for (auto talk : recent_talks) sum += talk;
        average = sum / static_cast<long>(recent_talks.size());
    }
    const double per_place_minutes = static_cast<double>(average.count()) / 60.0 / static_cast<double>(std::max<std::size_t>(places, 1));
    return std::max(1, static_cast<int>(static_cast<double>(position - free) * per_place_minutes + 0.999));
}

void ChatHub::State::send_state(Conversation& conversation) {
    for (auto& visitor : conversation.visitors) visitor->state_changed(conversation.state, conversation.staff_name);
}

void ChatHub::State::replay_to_visitor(Conversation& conversation, std::int64_t received) {
    for (const auto& line : conversation.lines)
        if (line.from == ChatAuthor::staff && line.seq > received)
            for (auto& visitor : conversation.visitors) visitor->message(line);
}

void ChatHub::State::tell_staff_of(const Conversation& conversation,
                                   const std::function<void(StaffListener&)>& tell) {
    if (!conversation.staff) return;
    const auto it = staff.find(*conversation.staff);
    if (it == staff.end()) return;
    for (auto& listener : it->second.listeners) tell(*listener);
}

void ChatHub::State::tell_all_staff(const std::function<void(StaffListener&)>& tell) {
    for (auto& [id, member] : staff)
        for (auto& listener : member.listeners) tell(*listener);
}

void ChatHub::State::end(Conversation& conversation, ChatEndedBy by, TimePoint now) {
    if (conversation.state == ChatState::ended) return;
    const bool was_waiting = conversation.state == ChatState::waiting;
    if (was_waiting) dequeue(conversation);
    conversation.state = ChatState::ended;
    conversation.ended = now;
    conversation.ended_by = by;
    if (conversation.start.origin != 0) {
        if (auto open = open_by_origin.find(conversation.start.origin); open != open_by_origin.end() && --open->second == 0)
            open_by_origin.erase(open);
    }
    // The no-JavaScript pages die with the chat: the history holds nothing that reopens it.
    for (auto* page : {&conversation.page_token, &conversation.previous_page_token}) {
        if (!page->empty()) by_page_token.erase(*page);
        page->clear();
    }
    send_state(conversation);
    for (auto& visitor : conversation.visitors) visitor->typing(false);
    if (!conversation.staff) {
        forget(conversation);  // nobody talked with them: there is nothing to register
        return;
    }
    const auto talk = std::chrono::duration_cast<std::chrono::seconds>(now - conversation.accepted);
    recent_talks.push_back(talk);
    if (recent_talks.size() > 20) recent_talks.pop_front();
    if (auto it = staff.find(*conversation.staff); it != staff.end()) {
        if (it->second.talking > 0) --it->second.talking;
        if (conversation.registered_as && conversation.registered_lines >= conversation.lines.size())
            it->second.held.erase(conversation.number);
    }
    tell_staff_of(conversation, [&](StaffListener& listener) { listener.ended(conversation.number, by); });
}

// Drops everything of a conversation: the transcript is gone from memory.
void ChatHub::State::forget(Conversation& conversation) {
    if (conversation.state == ChatState::waiting) dequeue(conversation);
    by_token.erase(conversation.token);
    if (!conversation.page_token.empty()) by_page_token.erase(conversation.page_token);
    if (!conversation.previous_page_token.empty()) by_page_token.erase(conversation.previous_page_token);
    if (conversation.staff)
        if (auto it = staff.find(*conversation.staff); it != staff.end()) it->second.held.erase(conversation.number);
    conversations.erase(conversation.number);
}

std::string ChatHub::State::new_token() {
    return to_base64url(random_bytes(16));
}

// ---- Visitors ----

ChatHub::ChatHub(const OfficeHoursCalendar& calendar, const Clock& clock, ChatHubSettings settings)
    : m_state(std::make_unique<State>(calendar, clock, settings)) {}

ChatHub::~ChatHub() = default;

OpeningState ChatHub::opening_state_now() const {
    if (m_state->settings.always_open) return OpeningState{true, "open", std::nullopt, std::nullopt};
    return opening_state(m_state->clock.now(), *m_state->calendar.current());
}

Result<ChatStarted> ChatHub::start(const ChatStart& start, std::shared_ptr<VisitorListener> listener) {
    if (!opening_state_now().open) return Error::make(ErrorCode::unavailable, "The chat is closed now.");
    const std::string nickname(trim(start.nickname));
    if (auto checked = clean_chat_text(nickname, kChatNicknameMax, "nickname"); !checked) return checked.error();
    if (nickname.find('\n') != std::string::npos)
        return Error::invalid("nickname", "A nickname is one line.");
    if (start.language != "nl" && start.language != "en") return Error::invalid("language", "Choose nl or en.");

    State& state = *m_state;
    const TimePoint now = state.clock.now();
    std::lock_guard lock(state.mutex);
    if (state.conversations.size() >= state.settings.max_conversations)
        return Error::make(ErrorCode::unavailable, "The chat is very busy. Try again in a few minutes, or call us.");
    if (start.origin != 0) {
        auto& open = state.open_by_origin[start.origin];
        if (open >= state.settings.max_open_per_origin)
            return Error::make(ErrorCode::rate_limited,
                               "Too many chats are open from this connection. End one first, or call us.");
        ++open;
    }
    Conversation conversation;
    conversation.number = state.next_number++;
    conversation.token = state.new_token();
    conversation.start = start;
    conversation.start.nickname = nickname;
    conversation.priority = chat_priority(start.danger, start.safe_to_chat);
    conversation.started = now;
    conversation.visitor_seen = now;
    if (listener) conversation.visitors.push_back(listener);
    conversation.plain_html = listener == nullptr;
    auto& stored = state.conversations.emplace(conversation.number, std::move(conversation)).first->second;
    state.by_token.emplace(stored.token, stored.number);
    state.enqueue(stored);
    const std::size_t position = state.position_of_newest(stored.priority);
    stored.position_sent = position;
    stored.wait_sent = state.wait_minutes(position);
    if (listener) {
        listener->state_changed(ChatState::waiting, "");
        listener->queue_position(position, stored.wait_sent);
    }
    return ChatStarted{stored.token, stored.number, stored.priority};
}

Result<ChatResumed> ChatHub::resume(std::string_view token, std::int64_t received,
                                    std::shared_ptr<VisitorListener> listener) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_token(token);
    if (conversation == nullptr) return Error::make(ErrorCode::not_found, "This chat has ended.");
    conversation->visitor_seen = state.clock.now();
    if (listener) {
        conversation->plain_html = false;
        std::erase(conversation->visitors, listener);
        conversation->visitors.push_back(listener);
        listener->state_changed(conversation->state, conversation->staff_name);
        if (conversation->state == ChatState::waiting)
            listener->queue_position(conversation->position_sent, conversation->wait_sent);
        for (const auto& line : conversation->lines)
            if (line.from == ChatAuthor::staff && line.seq > received) listener->message(line);
        if (conversation->pending_receipt) {
            listener->receipt(*conversation->pending_receipt);
            conversation->pending_receipt.reset();
        }
    }
    return ChatResumed{conversation->visitor_received};
}

Result<void> ChatHub::visitor_message(std::string_view token, std::int64_t seq, std::string_view text) {
    auto cleaned = clean_chat_text(text, kChatTextMax, "text");
    if (!cleaned) return cleaned.error();
    if (trim(*cleaned).empty()) return Error::invalid("text", "Type a message first.");
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_token(token);
    if (conversation == nullptr) return Error::make(ErrorCode::not_found, "This chat has ended.");
    const TimePoint now = state.clock.now();
    conversation->visitor_seen = now;
    if (seq <= conversation->visitor_received) {  // sent again after a reconnect: already here
        for (auto& visitor : conversation->visitors) visitor->acknowledged(seq);
        return Ok{};
    }
    if (conversation->state == ChatState::ended) return Error::make(ErrorCode::not_found, "This chat has ended.");
    if (seq != conversation->visitor_received + 1)
        return Error::invalid("seq", "A message is missing: send the earlier ones first.");
    const std::size_t bytes = cleaned->size();
    if (conversation->lines.size() >= state.settings.max_conversation_lines ||
        conversation->text_bytes + bytes > state.settings.max_conversation_bytes)
        return Error::make(ErrorCode::too_large, "This chat is very long. Please call us or start a new chat.");
    if (conversation->state == ChatState::waiting &&
        static_cast<std::size_t>(conversation->visitor_received) >= state.settings.max_lines_while_waiting)
        return Error::make(ErrorCode::too_large, "Please wait for an answer before you send more.");
    conversation->text_bytes += bytes;
    conversation->visitor_received = seq;
    conversation->lines.push_back(ChatLine{ChatAuthor::visitor, seq, std::move(*cleaned), "", now});
    const ChatLine& line = conversation->lines.back();
    for (auto& visitor : conversation->visitors) visitor->acknowledged(seq);
    state.tell_staff_of(*conversation, [&](StaffListener& listener) { listener.message(conversation->number, line); });
    return Ok{};
}

void ChatHub::visitor_typing(std::string_view token, bool on) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_token(token);
    if (conversation == nullptr || conversation->state != ChatState::talking) return;
    state.tell_staff_of(*conversation, [&](StaffListener& listener) { listener.typing(conversation->number, on); });
}

void ChatHub::visitor_end(std::string_view token) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    if (Conversation* conversation = state.find_by_token(token))
        state.end(*conversation, ChatEndedBy::visitor, state.clock.now());
}

void ChatHub::detach_visitor(std::string_view token, const VisitorListener* listener) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_token(token);
    if (conversation == nullptr) return;
    std::erase_if(conversation->visitors, [&](const auto& held) { return held.get() == listener; });
    conversation->visitor_seen = state.clock.now();
    if (conversation->state == ChatState::talking && conversation->visitors.empty())
        state.tell_staff_of(*conversation, [&](StaffListener& l) { l.typing(conversation->number, false); });
}

}  // namespace meldpunt::domain
