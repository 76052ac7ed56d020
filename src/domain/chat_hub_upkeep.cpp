// ChatHub, what happens with time and without JavaScript: the once-a-second
// upkeep (queue news, visitors and staff who went away, forgetting old
// transcripts), the coordinator's overview, and the page tokens of the plain
// HTML chat.
#include <algorithm>
#include <functional>

#include "domain/chat_hub.hpp"
#include "domain/chat_hub_state.hpp"

namespace meldpunt::domain {

namespace {

// A registered chat stays a little while, so the visitor can still read the
// receipt; its transcript is in the signal by then.
constexpr auto kKeepRegistered = std::chrono::minutes(15);
constexpr auto kShowReceipt = std::chrono::minutes(3);

}  // namespace

void ChatHub::tick() {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const TimePoint now = state.clock.now();
    ++state.ticks;

    // Staff who did not come back: their chats go back to the queue, in their old place.
    for (auto it = state.staff.begin(); it != state.staff.end();) {
        StaffMember& member = it->second;
        if (!member.offline_since || now - *member.offline_since < state.settings.staff_grace) {
            ++it;
            continue;
        }
        for (auto held = member.held.begin(); held != member.held.end();) {
            Conversation* conversation = state.find(*held);
            if (conversation != nullptr && conversation->state == ChatState::talking) {
                conversation->state = ChatState::waiting;
                conversation->staff.reset();
                conversation->staff_name.clear();
                state.enqueue(*conversation);
                state.send_state(*conversation);
                held = member.held.erase(held);
            } else {
                ++held;
            }
        }
        member.talking = 0;
        it = member.held.empty() ? state.staff.erase(it) : std::next(it);
    }

    std::vector<ConversationNumber> to_forget;
    std::vector<ConversationNumber> to_end;
    for (auto& [number, conversation] : state.conversations) {
        if (conversation.state == ChatState::ended) {
            const auto kept = conversation.registered_as ? std::chrono::duration_cast<std::chrono::milliseconds>(kKeepRegistered)
                                                         : std::chrono::duration_cast<std::chrono::milliseconds>(
                                                               state.settings.unregistered_retention);
            if (now - conversation.ended >= kept) to_forget.push_back(number);
            continue;
        }
        if (!conversation.visitors.empty()) continue;
        const bool refreshing_page = conversation.plain_html && conversation.frame_refreshing;
        const auto gone_after = refreshing_page                              ? state.settings.plain_html_gone
                                : conversation.state == ChatState::waiting ? state.settings.visitor_gone_waiting
                                                                           : state.settings.visitor_gone_talking;
        if (now - conversation.visitor_seen >= gone_after) to_end.push_back(number);
    }
    for (ConversationNumber number : to_end)
        if (Conversation* conversation = state.find(number)) state.end(*conversation, ChatEndedBy::timeout, now);
    for (ConversationNumber number : to_forget)
        if (Conversation* conversation = state.find(number)) state.forget(*conversation);

    if (state.queue_changed) {
        state.send_queue_to_staff(now);
        state.queue_changed = false;
        if (state.ticks % 2 == 0) state.send_queue_to_visitors(false);
        else state.queue_changed = true;  // visitors hear it next second (at most every 2 s)
    }
}

ChatOverview ChatHub::overview() {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const TimePoint now = state.clock.now();
    ChatOverview overview;
    overview.waiting = state.queue.size();
    for (const auto& [number, conversation] : state.conversations) {
        if (conversation.state == ChatState::talking) ++overview.talking;
        if (conversation.state == ChatState::ended && !conversation.registered_as) ++overview.ended_unregistered;
        if (conversation.state == ChatState::waiting) {
            const auto waited = std::chrono::duration_cast<std::chrono::seconds>(now - conversation.started);
            if (!overview.longest_wait || waited > *overview.longest_wait) overview.longest_wait = waited;
            if (conversation.priority == ChatPriority::urgent) ++overview.waiting_urgent;
        }
    }
    overview.staff = state.colleagues();
    overview.staff_online = overview.staff.size();
    return overview;
}

std::string ChatHub::first_page_token(std::string_view token) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_token(token);
    if (conversation == nullptr || conversation->state == ChatState::ended) return {};
    if (!conversation->page_token.empty()) state.by_page_token.erase(conversation->page_token);
    conversation->page_token = state.new_token();
    state.by_page_token.emplace(conversation->page_token, conversation->number);
    return conversation->page_token;
}

// The conversation behind a page token, marked as seen; null when the token is dead.
ChatHub::Conversation* ChatHub::State::find_by_page(std::string_view page_token) {
    const auto it = by_page_token.find(std::string(page_token));
    if (it == by_page_token.end()) return nullptr;
    Conversation* conversation = find(it->second);
    if (conversation != nullptr) conversation->visitor_seen = clock.now();
    return conversation;
}

std::optional<std::string> ChatHub::token_of_page(std::string_view page_token) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    const Conversation* conversation = state.find_by_page(page_token);
    if (conversation == nullptr) return std::nullopt;
    return conversation->token;
}

// What the visitor's page shows; a waiting receipt is handed over (once).
VisitorPage ChatHub::State::page_view(Conversation& conversation, std::size_t last_lines) {
    VisitorPage page;
    page.page_token = conversation.page_token;
    page.state = conversation.state;
    page.staff_name = conversation.staff_name;
    page.position = conversation.state == ChatState::waiting ? conversation.position_sent : 0;
    page.wait_minutes = conversation.wait_sent;
    page.next_seq = conversation.visitor_received + 1;
    page.language = conversation.start.language;
    page.in_danger = conversation.start.danger == ChatDanger::yes;
    const std::size_t first = conversation.lines.size() > last_lines ? conversation.lines.size() - last_lines : 0;
    page.lines.assign(conversation.lines.begin() + static_cast<std::ptrdiff_t>(first), conversation.lines.end());
    // The plain HTML chat shows the receipt for a few minutes (its frame
    // refreshes every 5 s), then it is gone from memory.
    if (conversation.pending_receipt) {
        const TimePoint now = clock.now();
        if (!conversation.receipt_shown) conversation.receipt_shown = now;
        if (now - *conversation.receipt_shown < kShowReceipt) {
            page.receipt = conversation.pending_receipt;
        } else {
            conversation.pending_receipt.reset();
        }
    }
    return page;
}

// Loading the page in the page (the newest token) kills the one before; loading
// the one in the address bar again (a reload) keeps both.
std::optional<VisitorPage> ChatHub::take_page(std::string_view page_token) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_page(page_token);
    if (conversation == nullptr) return std::nullopt;
    if (page_token == conversation->page_token) {
        if (!conversation->previous_page_token.empty()) state.by_page_token.erase(conversation->previous_page_token);
        conversation->previous_page_token = conversation->page_token;
        conversation->page_token = state.new_token();
        state.by_page_token.emplace(conversation->page_token, conversation->number);
    }
    return state.page_view(*conversation, 0);
}

std::optional<VisitorPage> ChatHub::peek_page(std::string_view page_token, bool refreshing, std::size_t last_lines) {
    State& state = *m_state;
    std::lock_guard lock(state.mutex);
    Conversation* conversation = state.find_by_page(page_token);
    if (conversation == nullptr) return std::nullopt;
    conversation->frame_refreshing = refreshing;
    // The newest page's frame has loaded: the page before it (the one Back
    // and "resend" would bring up on a shared phone) no longer opens the chat.
    if (page_token == conversation->page_token && !conversation->previous_page_token.empty()) {
        state.by_page_token.erase(conversation->previous_page_token);
        conversation->previous_page_token.clear();
    }
    return state.page_view(*conversation, last_lines);
}

}  // namespace meldpunt::domain
