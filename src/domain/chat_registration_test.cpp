#include "domain/chat_registration.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {
namespace {

ChatLine visitor(std::string text) {
    return ChatLine{ChatAuthor::visitor, 1, std::move(text), "", from_unix_millis(1795597200000)};
}
ChatLine staff(std::string text) {
    return ChatLine{ChatAuthor::staff, 1, std::move(text), "Sanne", from_unix_millis(1795597260000)};
}

TEST(ChatSuggestion, RecognisesFormsAndSignalsInWhatTheVisitorSaid) {
    const auto suggestion = suggest_from_chat(
        {visitor("Mijn baas heeft mijn paspoort en ik werk 14 uur per dag"), staff("Gaat het om seks?")});
    EXPECT_EQ(suggestion.forms, (std::vector<std::string>{"labour"}));
    EXPECT_EQ(suggestion.signals, (std::vector<std::string>{"labour_employer_holds_id", "labour_long_days"}));
    EXPECT_EQ(suggestion.minors_involved, "unknown");
}

TEST(ChatSuggestion, SaysMinorWhenTheVisitorGivesAnAgeUnder18) {
    EXPECT_EQ(suggest_from_chat({visitor("ik ben 15 en moet drugs dealen")}).minors_involved, "yes");
    EXPECT_EQ(suggest_from_chat({visitor("I am 16")}).minors_involved, "yes");
    EXPECT_EQ(suggest_from_chat({visitor("mijn zus is 14 jaar")}).minors_involved, "yes");
    EXPECT_EQ(suggest_from_chat({visitor("ik ben 34 jaar")}).minors_involved, "unknown");
    EXPECT_EQ(suggest_from_chat({visitor("ik moet 150 euro betalen")}).minors_involved, "unknown");
    EXPECT_EQ(suggest_from_chat({visitor("ik moet drugs dealen")}).forms, (std::vector<std::string>{"criminal"}));
}

TEST(ChatSuggestion, UnknownWhenNothingIsRecognised) {
    EXPECT_EQ(suggest_from_chat({visitor("hallo")}).forms, (std::vector<std::string>{"unknown"}));
}

TEST(ChatRegistration, MakesAValidAnonymousAdvice) {
    ConversationView view;
    view.lines = {visitor("Hallo"), staff("Hoi, ik ben Sanne."), visitor("mijn paspoort\tis weg")};
    const auto input = chat_signal_input(view, suggest_from_chat(view.lines), "(chat)");
    EXPECT_EQ(input.kind, "advice");
    EXPECT_EQ(input.anonymity, "anonymous");
    EXPECT_EQ(input.description, "Hallo\nmijn paspoort\tis weg");
    EXPECT_TRUE(validate_signal(input)) << validate_signal(input).error().message;
    EXPECT_FALSE(input.acute);
    view.danger = ChatDanger::yes;
    EXPECT_TRUE(chat_signal_input(view, suggest_from_chat(view.lines), "(chat)").acute);
    ConversationView silent;
    EXPECT_EQ(chat_signal_input(silent, suggest_from_chat({}), "(chat without messages)").description,
              "(chat without messages)");
}

TEST(ChatRegistration, TranscriptNamesTheSpeakersInAmsterdamTime) {
    ConversationView view;
    view.lines = {visitor("Hallo"), staff("Hoi")};
    EXPECT_EQ(chat_transcript(view, "Bezoeker"), "[10:00] Bezoeker: Hallo\n[10:01] Sanne: Hoi\n");
}

}  // namespace
}  // namespace meldpunt::domain
