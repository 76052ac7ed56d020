#include "domain/chat_hub.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {
namespace {

using namespace std::chrono_literals;

// Wednesday 25 November 2026, 10:00 in Amsterdam: the chat is open.
const TimePoint kOpen = from_unix_millis(1795597200000);

struct VisitorLog final : VisitorListener {
    std::vector<std::size_t> positions;
    std::vector<ChatState> states;
    std::vector<ChatLine> messages;
    std::vector<std::int64_t> acks;
    std::vector<std::string> receipts;
    void queue_position(std::size_t position, int) override { positions.push_back(position); }
    void state_changed(ChatState state, std::string_view) override { states.push_back(state); }
    void message(const ChatLine& line) override { messages.push_back(line); }
    void acknowledged(std::int64_t seq) override { acks.push_back(seq); }
    void typing(bool) override {}
    void receipt(std::string_view code) override { receipts.emplace_back(code); }
};

struct StaffLog final : StaffListener {
    std::size_t queue_total = 0;
    std::vector<ConversationView> conversations;
    std::vector<ChatLine> messages;
    std::vector<std::int64_t> acks;
    std::vector<ConversationNumber> ended_numbers;
    std::vector<ConversationNumber> released_numbers;
    void welcome(std::string_view, std::size_t, const std::vector<ChatColleague>&) override {}
    void queue(const std::vector<WaitingConversation>&, std::size_t total, TimePoint) override { queue_total = total; }
    void conversation(const ConversationView& view) override { conversations.push_back(view); }
    void message(ConversationNumber, const ChatLine& line) override { messages.push_back(line); }
    void acknowledged(ConversationNumber, std::int64_t seq) override { acks.push_back(seq); }
    void typing(ConversationNumber, bool) override {}
    void ended(ConversationNumber number, ChatEndedBy) override { ended_numbers.push_back(number); }
    void released(ConversationNumber number) override { released_numbers.push_back(number); }
};

class ChatHubTest : public ::testing::Test {
  protected:
    FixedClock clock{kOpen};
    FixedOfficeHours calendar;
    ChatHub hub{calendar, clock};
    StaffIdentity sanne{1, "sanne", RoleSet{Role::intake}};
    StaffIdentity ali{2, "ali", RoleSet{Role::intake}};

    ChatStarted start(std::shared_ptr<VisitorLog> visitor, ChatDanger danger = ChatDanger::no, bool safe = true) {
        auto started = hub.start(ChatStart{"Sam", danger, safe, "nl"}, visitor);
        EXPECT_TRUE(started) << (started ? "" : started.error().message);
        return *started;
    }
};

TEST_F(ChatHubTest, ClosedOutsideOfficeHours) {
    clock.set(kOpen + 8h);  // 18:00
    auto started = hub.start(ChatStart{}, nullptr);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, ErrorCode::unavailable);
    ChatHub always(calendar, clock, ChatHubSettings{.always_open = true});
    EXPECT_TRUE(always.start(ChatStart{}, nullptr));
}

TEST_F(ChatHubTest, RefusesBadNicknameAndLanguage) {
    EXPECT_FALSE(hub.start(ChatStart{std::string(41, 'a'), ChatDanger::no, true, "nl"}, nullptr));
    EXPECT_FALSE(hub.start(ChatStart{"a\nb", ChatDanger::no, true, "nl"}, nullptr));
    EXPECT_FALSE(hub.start(ChatStart{"Sam", ChatDanger::no, true, "de"}, nullptr));
}

TEST_F(ChatHubTest, DangerGoesFirstThenUnsafeThenOrderOfArrival) {
    const auto normal = start(std::make_shared<VisitorLog>());
    clock.advance(1s);
    const auto unsafe = start(std::make_shared<VisitorLog>(), ChatDanger::no, false);
    clock.advance(1s);
    const auto danger = start(std::make_shared<VisitorLog>(), ChatDanger::yes);
    EXPECT_EQ(danger.priority, ChatPriority::urgent);
    auto staff = std::make_shared<StaffLog>();
    hub.connect_staff(sanne, staff);
    EXPECT_EQ(*hub.accept(sanne.id, std::nullopt), danger.number);
    EXPECT_EQ(*hub.accept(sanne.id, std::nullopt), unsafe.number);
    EXPECT_EQ(*hub.accept(sanne.id, std::nullopt), normal.number);
}

TEST_F(ChatHubTest, NewVisitorHearsTheirPlace) {
    auto first = std::make_shared<VisitorLog>();
    auto second = std::make_shared<VisitorLog>();
    auto urgent = std::make_shared<VisitorLog>();
    start(first);
    start(second);
    start(urgent, ChatDanger::yes);
    EXPECT_EQ(first->positions.back(), 1u);
    EXPECT_EQ(second->positions.back(), 2u);
    EXPECT_EQ(urgent->positions.back(), 1u);
    clock.advance(1s);
    hub.tick();
    hub.tick();  // visitors hear queue news at most every two seconds
    EXPECT_EQ(first->positions.back(), 2u);
    EXPECT_EQ(second->positions.back(), 3u);
}

TEST_F(ChatHubTest, ResentMessagesAreAcknowledgedAgainButKeptOnce) {
    auto visitor = std::make_shared<VisitorLog>();
    const auto started = start(visitor);
    auto staff = std::make_shared<StaffLog>();
    hub.connect_staff(sanne, staff);
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    ASSERT_TRUE(hub.visitor_message(started.token, 1, "Hallo"));
    ASSERT_TRUE(hub.visitor_message(started.token, 2, "Mijn baas heeft mijn paspoort"));
    ASSERT_TRUE(hub.visitor_message(started.token, 2, "Mijn baas heeft mijn paspoort"));  // resent after a drop
    EXPECT_EQ(visitor->acks, (std::vector<std::int64_t>{1, 2, 2}));
    EXPECT_EQ(staff->messages.size(), 2u);
    auto gap = hub.visitor_message(started.token, 4, "skipped three");
    ASSERT_FALSE(gap);
    EXPECT_EQ(gap.error().field, "seq");
    EXPECT_FALSE(hub.visitor_message(started.token, 3, ""));
    EXPECT_FALSE(hub.visitor_message(started.token, 3, std::string(2001, 'x')));
    EXPECT_FALSE(hub.visitor_message(started.token, 3, "bell \a"));
    EXPECT_EQ(hub.conversation_for(sanne.id, started.number)->lines.size(), 2u);
}

TEST_F(ChatHubTest, ResumeReplaysWhatTheVisitorMissed) {
    auto visitor = std::make_shared<VisitorLog>();
    const auto started = start(visitor);
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    ASSERT_TRUE(hub.visitor_message(started.token, 1, "Hallo"));
    ASSERT_TRUE(hub.staff_message(sanne.id, started.number, 1, "Hoi, ik ben er."));
    hub.detach_visitor(started.token, visitor.get());
    ASSERT_TRUE(hub.staff_message(sanne.id, started.number, 2, "Ben je er nog?"));
    ASSERT_TRUE(hub.staff_message(sanne.id, started.number, 3, "Neem je tijd."));
    auto again = std::make_shared<VisitorLog>();
    auto resumed = hub.resume(started.token, 1, again);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->visitor_received, 1);
    ASSERT_EQ(again->messages.size(), 2u);
    EXPECT_EQ(again->messages[0].seq, 2);
    EXPECT_EQ(again->messages[1].text, "Neem je tijd.");
    EXPECT_EQ(again->states.back(), ChatState::talking);
    EXPECT_FALSE(hub.resume("not-a-token", 0, again));
}

TEST_F(ChatHubTest, StaffResendIsKeptOnceAndNumbersContinueAfterTransfer) {
    const auto started = start(std::make_shared<VisitorLog>());
    auto sanne_console = std::make_shared<StaffLog>();
    auto ali_console = std::make_shared<StaffLog>();
    hub.connect_staff(sanne, sanne_console);
    hub.connect_staff(ali, ali_console);
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    ASSERT_TRUE(hub.staff_message(sanne.id, started.number, 1, "Hoi"));
    ASSERT_TRUE(hub.staff_message(sanne.id, started.number, 1, "Hoi"));
    ASSERT_TRUE(hub.transfer(sanne.id, started.number, ali.id));
    EXPECT_EQ(sanne_console->released_numbers, (std::vector{started.number}));
    ASSERT_FALSE(ali_console->conversations.empty());
    EXPECT_EQ(ali_console->conversations.back().staff_received, 1);
    EXPECT_FALSE(hub.staff_message(sanne.id, started.number, 2, "still mine?"));
    ASSERT_TRUE(hub.staff_message(ali.id, started.number, 2, "Ik neem het over."));
    EXPECT_EQ(hub.conversation_for(ali.id, started.number)->lines.size(), 2u);
}

TEST_F(ChatHubTest, OnePersonHoldsAtMostTheLimit) {
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    for (int i = 0; i < 4; ++i) start(std::make_shared<VisitorLog>());
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(hub.accept(sanne.id, std::nullopt));
    auto fourth = hub.accept(sanne.id, std::nullopt);
    ASSERT_FALSE(fourth);
    EXPECT_EQ(fourth.error().code, ErrorCode::conflict);
}

TEST_F(ChatHubTest, TransferBackToTheQueueKeepsTheOldPlace) {
    const auto first = start(std::make_shared<VisitorLog>());
    clock.advance(1s);
    const auto second = start(std::make_shared<VisitorLog>());
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, first.number));
    ASSERT_TRUE(hub.transfer(sanne.id, first.number, std::nullopt));
    EXPECT_EQ(*hub.accept(sanne.id, std::nullopt), first.number);
    EXPECT_EQ(*hub.accept(sanne.id, std::nullopt), second.number);
}

TEST_F(ChatHubTest, VisitorWhoLeftWithoutEndingIsTimedOut) {
    auto visitor = std::make_shared<VisitorLog>();
    const auto started = start(visitor);
    hub.detach_visitor(started.token, visitor.get());
    clock.advance(119s);
    hub.tick();
    EXPECT_EQ(hub.overview().waiting, 1u);
    clock.advance(2s);
    hub.tick();
    EXPECT_EQ(hub.overview().waiting, 0u);
    EXPECT_FALSE(hub.resume(started.token, 0, visitor));  // nobody talked with them: forgotten
}

TEST_F(ChatHubTest, StaffWhoDoNotComeBackLoseTheirChatsToTheQueue) {
    auto visitor = std::make_shared<VisitorLog>();
    const auto started = start(visitor);
    auto console = std::make_shared<StaffLog>();
    hub.connect_staff(sanne, console);
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    hub.disconnect_staff(sanne.id, console.get());
    clock.advance(60s);
    hub.tick();
    EXPECT_EQ(hub.overview().talking, 1u);
    auto back = std::make_shared<StaffLog>();
    hub.connect_staff(sanne, back);  // a reload of the console: still hers
    ASSERT_EQ(back->conversations.size(), 1u);
    hub.disconnect_staff(sanne.id, back.get());
    clock.advance(91s);
    hub.tick();
    EXPECT_EQ(hub.overview().waiting, 1u);
    EXPECT_EQ(visitor->states.back(), ChatState::waiting);
}

TEST_F(ChatHubTest, PageTokensLiveOnePage) {
    const auto started = *hub.start(ChatStart{"", ChatDanger::no, true, "en"}, nullptr);
    const auto first = hub.first_page_token(started.token);
    auto page = hub.take_page(first);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->position, 1u);
    EXPECT_TRUE(hub.take_page(first));  // a reload of the address bar works
    const auto next = hub.take_page(first)->page_token;
    auto after = hub.take_page(next);
    ASSERT_TRUE(after);
    EXPECT_FALSE(hub.take_page(first));  // two pages back: dead
    ASSERT_TRUE(hub.token_of_page(after->page_token));
    hub.visitor_end(started.token);
    EXPECT_FALSE(hub.take_page(after->page_token));
    EXPECT_FALSE(hub.take_page(next));
}

TEST_F(ChatHubTest, RegistrationHandsTheReceiptOnceAndEndsTheHold) {
    const auto started = *hub.start(ChatStart{}, nullptr);
    const auto page_token = hub.first_page_token(started.token);
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    ASSERT_TRUE(hub.visitor_message(started.token, 1, "Hallo"));
    auto claim = hub.claim_registration(sanne.id, started.number);
    ASSERT_TRUE(claim);
    EXPECT_EQ(claim->first_line, 0u);
    EXPECT_FALSE(hub.claim_registration(sanne.id, started.number));  // one registration at a time
    ASSERT_TRUE(hub.finish_registration(sanne.id, started.number, 42, 1, "AAAA-BBBB"));
    EXPECT_FALSE(hub.claim_registration(sanne.id, started.number));  // nothing new to add
    ASSERT_TRUE(hub.visitor_message(started.token, 2, "Nog iets"));
    auto rest = hub.claim_registration(sanne.id, started.number);
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->first_line, 1u);  // the rest goes to signal 42
    EXPECT_EQ(rest->view.registered_as, 42);
    hub.release_registration(sanne.id, started.number);
    auto page = hub.take_page(page_token);
    ASSERT_TRUE(page && page->receipt);
    EXPECT_EQ(*page->receipt, "AAAA-BBBB");
    clock.advance(3min);
    EXPECT_FALSE(hub.take_page(page->page_token)->receipt);  // shown for a few minutes, then gone
    ASSERT_TRUE(hub.staff_end(sanne.id, started.number));
    EXPECT_EQ(hub.held_by(sanne.id).size(), 1u);  // "Nog iets" is not in the signal yet
    ASSERT_TRUE(hub.claim_registration(sanne.id, started.number));
    ASSERT_TRUE(hub.finish_registration(sanne.id, started.number, 42, 2, ""));
    EXPECT_TRUE(hub.held_by(sanne.id).empty());
}

TEST_F(ChatHubTest, UnregisteredTranscriptsAreForgottenAfterTheRetention) {
    const auto started = start(std::make_shared<VisitorLog>());
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    ASSERT_TRUE(hub.staff_end(sanne.id, started.number));
    EXPECT_EQ(hub.overview().ended_unregistered, 1u);
    EXPECT_EQ(hub.held_by(sanne.id).size(), 1u);  // to register
    clock.advance(8h);
    hub.tick();
    EXPECT_EQ(hub.overview().ended_unregistered, 0u);
    EXPECT_FALSE(hub.conversation_for(sanne.id, started.number));
}

TEST_F(ChatHubTest, PlainHtmlChatEndsSoonAfterItsFrameStops) {
    const auto started = *hub.start(ChatStart{}, nullptr);
    const auto first = hub.first_page_token(started.token);
    const auto next = hub.take_page(first)->page_token;
    EXPECT_TRUE(hub.peek_page(next));
    EXPECT_FALSE(hub.take_page(first));  // the newest frame loaded: Back and resend open nothing
    clock.advance(29s);
    hub.tick();
    EXPECT_TRUE(hub.peek_page(next));
    clock.advance(31s);
    hub.tick();
    EXPECT_FALSE(hub.peek_page(next));
}

TEST_F(ChatHubTest, AConversationIsBoundedInMemory) {
    const auto started = start(std::make_shared<VisitorLog>());
    for (int seq = 1; seq <= 20; ++seq) ASSERT_TRUE(hub.visitor_message(started.token, seq, "hallo?"));
    auto waiting_too_long = hub.visitor_message(started.token, 21, "hallo?");
    ASSERT_FALSE(waiting_too_long);
    EXPECT_EQ(waiting_too_long.error().code, ErrorCode::too_large);
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, started.number));
    const std::string block(1900, 'x');
    std::int64_t seq = 21;
    while (hub.visitor_message(started.token, seq, block)) ++seq;
    const auto blocks = static_cast<std::size_t>(seq - 21);
    EXPECT_LE(blocks * block.size(), 256u * 1024);
    EXPECT_GT((blocks + 1) * block.size() + 20 * 6, 256u * 1024);
    EXPECT_FALSE(hub.staff_message(sanne.id, started.number, 1, block));
}

TEST_F(ChatHubTest, OneClientHoldsAFewOpenChatsNotAFlood) {
    std::vector<ChatStarted> open;
    for (int i = 0; i < 5; ++i) open.push_back(*hub.start(ChatStart{"", ChatDanger::no, true, "nl", 77}, nullptr));
    auto sixth = hub.start(ChatStart{"", ChatDanger::no, true, "nl", 77}, nullptr);
    ASSERT_FALSE(sixth);
    EXPECT_EQ(sixth.error().code, ErrorCode::rate_limited);
    EXPECT_TRUE(hub.start(ChatStart{"", ChatDanger::no, true, "nl", 78}, nullptr));  // another client
    hub.visitor_end(open.front().token);
    EXPECT_TRUE(hub.start(ChatStart{"", ChatDanger::no, true, "nl", 77}, nullptr));
}

TEST_F(ChatHubTest, OverviewCountsWaitingTalkingStaffAndLongestWait) {
    start(std::make_shared<VisitorLog>(), ChatDanger::yes);
    clock.advance(30s);
    const auto second = start(std::make_shared<VisitorLog>());
    hub.connect_staff(sanne, std::make_shared<StaffLog>());
    ASSERT_TRUE(hub.accept(sanne.id, second.number));
    clock.advance(10s);
    const auto overview = hub.overview();
    EXPECT_EQ(overview.waiting, 1u);
    EXPECT_EQ(overview.waiting_urgent, 1u);
    EXPECT_EQ(overview.talking, 1u);
    EXPECT_EQ(overview.staff_online, 1u);
    EXPECT_EQ(overview.longest_wait, 40s);
}

}  // namespace
}  // namespace meldpunt::domain
