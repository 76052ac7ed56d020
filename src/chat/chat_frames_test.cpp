#include "chat/chat_frames.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace meldpunt::chat {
namespace {

TEST(VisitorFrames, ReadsEveryKind) {
    auto start = read_visitor_frame(R"({"type":"start","nickname":"Sam","danger":"unsure","safe":"no","language":"en"})");
    ASSERT_TRUE(start);
    const auto& s = std::get<visitor::Start>(*start).start;
    EXPECT_EQ(s.nickname, "Sam");
    EXPECT_EQ(s.danger, domain::ChatDanger::unsure);
    EXPECT_FALSE(s.safe_to_chat);
    EXPECT_EQ(s.language, "en");
    auto resume = read_visitor_frame(R"({"type":"resume","conversation":"abc","received":5})");
    ASSERT_TRUE(resume);
    EXPECT_EQ(std::get<visitor::Resume>(*resume).received, 5);
    auto message = read_visitor_frame(R"({"type":"message","seq":3,"text":"hoi"})");
    ASSERT_TRUE(message);
    EXPECT_EQ(std::get<visitor::Message>(*message).text, "hoi");
    EXPECT_TRUE(read_visitor_frame(R"({"type":"ack","seq":1})"));
    EXPECT_TRUE(read_visitor_frame(R"({"type":"typing","on":true})"));
    EXPECT_TRUE(read_visitor_frame(R"({"type":"end"})"));
}

TEST(VisitorFrames, RefusesWhatIsNotTheProtocol) {
    for (const char* bad : {"", "[]", "not json", R"({"seq":1})", R"({"type":"shout"})",
                            R"({"type":"message","seq":"1","text":"x"})", R"({"type":"message","seq":-1,"text":"x"})",
                            R"({"type":"message","seq":1})", R"({"type":"message","seq":1,"text":"x","extra":1})",
                            R"({"type":"start","danger":"maybe","safe":"yes"})", R"({"type":"start","danger":"no"})",
                            R"({"type":"typing","on":"yes"})", R"({"type":"a","b":{"c":{"d":{"e":{}}}}})"}) {
        auto read = read_visitor_frame(bad);
        EXPECT_FALSE(read) << bad;
        if (!read) {
            EXPECT_NE(error_frame(read.error()).find("\"bad_frame\""), std::string::npos) << bad;
        }
    }
    const std::string huge = R"({"type":"message","seq":1,"text":")" + std::string(9000, 'x') + "\"}";
    auto too_large = read_visitor_frame(huge);
    ASSERT_FALSE(too_large);
    EXPECT_EQ(too_large.error().code, ErrorCode::too_large);
}

TEST(StaffFrames, ReadsEveryKind) {
    auto accept_any = read_staff_frame(R"({"type":"accept","conversation":null})");
    ASSERT_TRUE(accept_any);
    EXPECT_FALSE(std::get<staff::Accept>(*accept_any).conversation);
    auto accept = read_staff_frame(R"({"type":"accept","conversation":7})");
    EXPECT_EQ(std::get<staff::Accept>(*accept).conversation, 7);
    auto message = read_staff_frame(R"({"type":"message","conversation":7,"seq":2,"text":"Hoi"})");
    ASSERT_TRUE(message);
    EXPECT_EQ(std::get<staff::Message>(*message).seq, 2);
    auto back = read_staff_frame(R"({"type":"transfer","conversation":7,"to":null})");
    ASSERT_TRUE(back);
    EXPECT_FALSE(std::get<staff::Transfer>(*back).to);
    EXPECT_EQ(std::get<staff::Transfer>(*read_staff_frame(R"({"type":"transfer","conversation":7,"to":12})")).to, 12);
    EXPECT_TRUE(read_staff_frame(R"({"type":"end","conversation":7})"));
    EXPECT_TRUE(read_staff_frame(R"({"type":"pseudonym","name":"Sanne"})"));
    EXPECT_FALSE(read_staff_frame(R"({"type":"transfer","conversation":7})"));
    EXPECT_FALSE(read_staff_frame(R"({"type":"end"})"));
    EXPECT_FALSE(read_staff_frame(R"({"type":"message","conversation":7,"seq":2,"text":"Hoi","to":1})"));
}

TEST(ServerFrames, AreJsonWithTheDocumentedMembers) {
    namespace json = boost::json;
    domain::ChatLine line{domain::ChatAuthor::staff, 4, "Hoi \"Sam\"\n", "Sanne", from_unix_millis(0)};
    auto message = json::parse(visitor_message_frame(line)).as_object();
    EXPECT_EQ(message.at("type"), "message");
    EXPECT_EQ(message.at("seq"), 4);
    EXPECT_EQ(message.at("text"), "Hoi \"Sam\"\n");
    EXPECT_EQ(message.at("staff"), "Sanne");
    auto closed = json::parse(closed_frame(std::nullopt)).as_object();
    EXPECT_TRUE(closed.at("next_open").is_null());
    auto state = json::parse(state_frame(domain::ChatState::talking, "Sanne")).as_object();
    EXPECT_EQ(state.at("staff"), "Sanne");
    domain::ConversationView view;
    view.number = 7;
    view.lines.push_back(line);
    auto conversation = json::parse(conversation_frame(view)).as_object();
    EXPECT_EQ(conversation.at("messages").as_array().size(), 1u);
    EXPECT_TRUE(conversation.at("registered_as").is_null());
}

}  // namespace
}  // namespace meldpunt::chat
