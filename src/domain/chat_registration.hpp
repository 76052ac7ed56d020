// From a finished (or running) chat to a signal: the transcript as text for
// the sealed contact log, and a first filling of the structured fields from
// what was said (forms, signals, minors), which staff check and correct on the
// signal's page. A chat is advice and anonymous (DOMAIN.md section 4) until
// staff convert it. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "domain/chat_conversation.hpp"
#include "domain/signal.hpp"

namespace meldpunt::domain {

struct ChatSuggestion {
    std::vector<std::string> forms;    // ExploitationForm codes; "unknown" when nothing was recognised
    std::vector<std::string> signals;  // checklist codes (taxonomy.cpp)
    std::string minors_involved = "unknown";  // "yes" when a visitor said an age under 18
};

// Reads only the visitor's lines: staff questions mention words too.
ChatSuggestion suggest_from_chat(const std::vector<ChatLine>& lines);

// "[10:02] Bezoeker: ..." / "[10:03] Sanne: ...", one line per message, in
// Europe/Amsterdam time; `visitor_label` is the translated word for the visitor.
std::string chat_transcript(const ConversationView& view, std::string_view visitor_label);

// The new signal: advice, anonymous, what the visitor wrote as the description
// (cut to the description limit), acute when they said they were in danger,
// and the suggestion.
SignalInput chat_signal_input(const ConversationView& view, const ChatSuggestion& suggestion,
                              std::string_view empty_description);

}  // namespace meldpunt::domain
