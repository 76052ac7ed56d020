// ChatHub, the staff side: consoles connecting, taking conversations from the
// queue, messages, handing over, ending, and registration as a signal.
#include <algorithm>
#include <functional>

#include "base/text.hpp"
#include "domain/chat_hub.hpp"
#include "domain/chat_hub_state.hpp"

namespace meldpunt::domain {

namespace {

const std::string kDefaultPseudonym = "Medewerker";

Error not_yours() {
    return Error::make(ErrorCode::forbidden, "This conversation is not yours.");
}

}  // namespace

ConversationView ChatHub::State::view_of(const Conversation& conversation) const {
    ConversationView view;
    view.number = conversation.number;
    view.state = conversation.state;
    view.nickname = conversation.start.nickname;
    view.language = conversation.start.language;
    view.priority = conversation.priority;
    view.danger = conversation.start.danger;
    view.safe_to_chat = conversation.start.safe_to_chat;
    view.started = conversation.started;
    view.staff = conversation.staff;
    view.staff_name = conversation.staff_name;
    view.staff_received = conversation.staff_received;
    view.ended_by = conversation.ended_by;
    view.registered_as = conversation.registered_as;
    view.lines = conversation.lines;
    return view;
}

std::vector<ChatColleague> ChatHub::State::colleagues() const {
    std::vector<ChatColleague> online;
    for (const auto& [id, member] : staff)
        if (!member.offline_since) online.push_back({id, member.pseudonym, member.talking});
    return online;
}

void ChatHub::State::send_queue_to_staff(TimePoint now) {
    std::vector<WaitingConversation> first;
    for (const auto& key : queue) {
        if (first.size() >= settings.queue_shown_to_staff) break;
        const Conversation& conversation = conversations.at(std::get<2>(key));
        first.push_back({conversation.number, conversation.priority, conversation.start.nickname,
                         conversation.start.language, conversation.started});
    }
    tell_all_staff([&](StaffListener& listener) { listener.queue(first, queue.size(), now); });
}

// Each visitor hears their place when it changed (at most once per call).
void ChatHub::State::send_queue_to_visitors(bool force) {
    std::size_t position = 0;
    for (const auto& key : queue) {
        ++position;
        Conversation& conversation = conversations.at(std::get<2>(key));
        const int wait = wait_minutes(position);
        if (!force && conversation.position_sent == position && conversation.wait_sent == wait) continue;
        conversation.position_sent = position;
        conversation.wait_sent = wait;
        for (auto& visitor : conversation.visitors) visitor->queue_position(position, wait);
    }
}

void ChatHub::connect_staff(const StaffIdentity& identity, std::shared_ptr<StaffListener> listener) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    auto [it, added] = state.staff.try_emplace(identity.id);
    StaffMember& member = it->second;
    if (added) member.pseudonym = kDefaultPseudonym;
    member.identity = identity;
    member.offline_since.reset();
    member.listeners.push_back(listener);
    auto others = state.colleagues();
    std::erase_if(others, [&](const ChatColleague& colleague) { return colleague.id == identity.id; });
    listener->welcome(member.pseudonym, state.settings.chats_per_staff, others);
    for (ConversationNumber number : member.held)
        if (const Conversation* conversation = state.find(number)) listener->conversation(state.view_of(*conversation));
    state.send_queue_to_staff(state.clock.now());
    state.queue_changed = true;  // visitors' waits change with the places online
}

void ChatHub::disconnect_staff(UserId staff, const StaffListener* listener) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const auto it = state.staff.find(staff);
    if (it == state.staff.end()) return;
    std::erase_if(it->second.listeners, [&](const auto& held) { return held.get() == listener; });
    if (it->second.listeners.empty()) {
        it->second.offline_since = state.clock.now();
        state.queue_changed = true;
    }
}

Result<void> ChatHub::set_pseudonym(UserId staff, std::string_view name) {
    const std::string trimmed(trim(name));
    auto cleaned = clean_chat_text(trimmed, kChatNicknameMax, "pseudonym");
    if (!cleaned) return cleaned.error();
    if (trimmed.empty() || trimmed.find('\n') != std::string::npos)
        return Error::invalid("pseudonym", "Give a first name or pseudonym, on one line.");
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const auto it = state.staff.find(staff);
    if (it == state.staff.end()) return Error::make(ErrorCode::not_found, "Open the chat console first.");
    it->second.pseudonym = trimmed;
    return Ok{};
}

Result<ConversationNumber> ChatHub::accept(UserId staff, std::optional<ConversationNumber> number) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const auto member_it = state.staff.find(staff);
    if (member_it == state.staff.end()) return Error::make(ErrorCode::not_found, "Open the chat console first.");
    StaffMember& member = member_it->second;
    if (member.talking >= state.settings.chats_per_staff)
        return Error::make(ErrorCode::conflict, "You already hold the most chats one person holds at once.");
    if (!number) {
        if (state.queue.empty()) return Error::make(ErrorCode::not_found, "Nobody is waiting.");
        number = std::get<2>(*state.queue.begin());
    }
    Conversation* conversation = state.find(*number);
    if (conversation == nullptr || conversation->state != ChatState::waiting)
        return Error::make(ErrorCode::conflict, "This chat is no longer waiting.");
    const TimePoint now = state.clock.now();
    state.dequeue(*conversation);
    conversation->state = ChatState::talking;
    conversation->accepted = now;
    conversation->staff = staff;
    conversation->staff_name = member.pseudonym;
    member.held.insert(conversation->number);
    ++member.talking;
    state.send_state(*conversation);
    for (auto& listener : member.listeners) listener->conversation(state.view_of(*conversation));
    // Colleagues see at once that it is taken (visitors hear their new place with the next tick).
    state.send_queue_to_staff(now);
    return conversation->number;
}

Result<void> ChatHub::staff_message(UserId staff, ConversationNumber number, std::int64_t seq, std::string_view text) {
    auto cleaned = clean_chat_text(text, kChatTextMax, "text");
    if (!cleaned) return cleaned.error();
    if (trim(*cleaned).empty()) return Error::invalid("text", "Type a message first.");
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    if (seq <= conversation->staff_received) {
        state.tell_staff_of(*conversation, [&](StaffListener& listener) { listener.acknowledged(number, seq); });
        return Ok{};
    }
    if (conversation->state != ChatState::talking) return Error::make(ErrorCode::conflict, "This chat has ended.");
    if (seq != conversation->staff_received + 1)
        return Error::invalid("seq", "A message is missing: send the earlier ones first.");
    if (conversation->lines.size() >= state.settings.max_conversation_lines ||
        conversation->text_bytes + cleaned->size() > state.settings.max_conversation_bytes)
        return Error::make(ErrorCode::too_large, "This chat is very long. Please call us or start a new chat.");
    conversation->text_bytes += cleaned->size();
    conversation->staff_received = seq;
    conversation->lines.push_back(
        ChatLine{ChatAuthor::staff, seq, std::move(*cleaned), conversation->staff_name, state.clock.now()});
    const ChatLine& line = conversation->lines.back();
    // The sender hears the ack; other tabs of the same person need the line
    // itself (with one console open, that is one frame less per message).
    const auto member = state.staff.find(staff);
    const bool several_consoles = member != state.staff.end() && member->second.listeners.size() > 1;
    state.tell_staff_of(*conversation, [&](StaffListener& listener) {
        listener.acknowledged(number, seq);
        if (several_consoles) listener.message(number, line);
    });
    for (auto& visitor : conversation->visitors) visitor->message(line);
    return Ok{};
}

void ChatHub::staff_typing(UserId staff, ConversationNumber number, bool on) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff || conversation->state != ChatState::talking) return;
    for (auto& visitor : conversation->visitors) visitor->typing(on);
}

Result<void> ChatHub::transfer(UserId staff, ConversationNumber number, std::optional<UserId> to) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    if (conversation->state != ChatState::talking) return Error::make(ErrorCode::conflict, "This chat has ended.");
    StaffMember* receiver = nullptr;
    if (to) {
        const auto it = state.staff.find(*to);
        if (it == state.staff.end() || it->second.offline_since || *to == staff)
            return Error::invalid("to", "That colleague is not online in the chat.");
        if (it->second.talking >= state.settings.chats_per_staff)
            return Error::make(ErrorCode::conflict, "That colleague already holds the most chats one person holds.");
        receiver = &it->second;
    }
    StaffMember& giver = state.staff.at(staff);
    state.tell_staff_of(*conversation, [&](StaffListener& listener) { listener.released(number); });
    giver.held.erase(number);
    --giver.talking;
    for (auto& visitor : conversation->visitors) visitor->typing(false);
    if (receiver == nullptr) {
        conversation->state = ChatState::waiting;
        conversation->staff.reset();
        conversation->staff_name.clear();
        state.enqueue(*conversation);
        state.send_state(*conversation);
        return Ok{};
    }
    conversation->staff = *to;
    conversation->staff_name = receiver->pseudonym;
    receiver->held.insert(number);
    ++receiver->talking;
    state.send_state(*conversation);
    for (auto& listener : receiver->listeners) listener->conversation(state.view_of(*conversation));
    return Ok{};
}

Result<void> ChatHub::staff_end(UserId staff, ConversationNumber number) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    state.end(*conversation, ChatEndedBy::staff, state.clock.now());
    return Ok{};
}

Result<ConversationView> ChatHub::conversation_for(UserId staff, ConversationNumber number) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    return state.view_of(*conversation);
}

Result<ChatHub::RegistrationClaim> ChatHub::claim_registration(UserId staff, ConversationNumber number) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    if (conversation->registering) return Error::make(ErrorCode::conflict, "This chat is being registered just now.");
    if (conversation->registered_as && conversation->registered_lines >= conversation->lines.size())
        return Error::make(ErrorCode::conflict, "This chat is already registered.");
    conversation->registering = true;
    return RegistrationClaim{state.view_of(*conversation), conversation->registered_lines};
}

void ChatHub::release_registration(UserId staff, ConversationNumber number) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation != nullptr && conversation->staff == staff) conversation->registering = false;
}

Result<void> ChatHub::finish_registration(UserId staff, ConversationNumber number, SignalId signal, std::size_t lines,
                                          std::string_view receipt) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find(number);
    if (conversation == nullptr || conversation->staff != staff) return not_yours();
    conversation->registering = false;
    conversation->registered_as = signal;
    conversation->registered_lines = std::max(conversation->registered_lines, lines);
    const bool complete = conversation->registered_lines >= conversation->lines.size();
    if (conversation->state == ChatState::ended && complete) state.staff.at(staff).held.erase(number);
    if (conversation->state != ChatState::ended && !receipt.empty()) {
        // Shown to the visitor: on their open connection now, or on their next page.
        if (conversation->visitors.empty()) {
            conversation->pending_receipt = std::string(receipt);
        } else {
            for (auto& visitor : conversation->visitors) visitor->receipt(receipt);
        }
    }
    state.tell_staff_of(*conversation, [&](StaffListener& listener) { listener.conversation(state.view_of(*conversation)); });
    return Ok{};
}

std::vector<ConversationView> ChatHub::held_by(UserId staff) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    std::vector<ConversationView> views;
    if (const auto it = state.staff.find(staff); it != state.staff.end())
        for (ConversationNumber number : it->second.held)
            if (const Conversation* conversation = state.find(number)) views.push_back(state.view_of(*conversation));
    return views;
}

}  // namespace meldpunt::domain
