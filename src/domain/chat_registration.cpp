#include "domain/chat_registration.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "base/text.hpp"
#include "base/working_days.hpp"

namespace meldpunt::domain {

namespace {

// Word stems, lower case, Dutch and English, as people write them in a chat.
// A stem found in a visitor's line adds its form and checklist signal. These
// are a first guess for staff to check, never a decision.
struct Cue {
    std::string_view stem;
    std::string_view form;    // "" when the cue says nothing about the form
    std::string_view signal;  // "" when it points to no checklist item
};

constexpr std::array kCues = {
    Cue{"seks", "sexual", ""},
    Cue{"sex", "sexual", ""},
    Cue{"prostitu", "sexual", ""},
    Cue{"escort", "sexual", "sexual_advertised"},
    Cue{"klanten", "sexual", ""},
    Cue{"loverboy", "sexual", "sexual_older_partner"},
    Cue{"pooier", "sexual", "sexual_hands_over_earnings"},
    Cue{"pimp", "sexual", "sexual_hands_over_earnings"},
    Cue{"webcam", "sexual", "sexual_forced_webcam"},
    Cue{"naaktfoto", "sexual", "sexual_image_blackmail"},
    Cue{"nude", "sexual", "sexual_image_blackmail"},
    Cue{"paspoort", "labour", "labour_employer_holds_id"},
    Cue{"passport", "labour", "labour_employer_holds_id"},
    Cue{"werkgever", "labour", ""},
    Cue{"mijn baas", "labour", ""},
    Cue{"employer", "labour", ""},
    Cue{"my boss", "labour", ""},
    Cue{"uitzendbureau", "labour", ""},
    Cue{"loon", "labour", "labour_underpaid"},
    Cue{"salaris", "labour", "labour_underpaid"},
    Cue{"wage", "labour", "labour_underpaid"},
    Cue{"uur per dag", "labour", "labour_long_days"},
    Cue{"hours a day", "labour", "labour_long_days"},
    Cue{"drugs", "criminal", ""},
    Cue{"dealen", "criminal", "criminal_pressured"},
    Cue{"koerier", "criminal", "criminal_pressured"},
    Cue{"runner", "criminal", "criminal_pressured"},
    Cue{"stelen", "criminal", "criminal_pressured"},
    Cue{"steal", "criminal", "criminal_pressured"},
    Cue{"bankpas", "criminal", "criminal_lends_bank_account"},
    Cue{"pinpas", "criminal", "criminal_lends_bank_account"},
    Cue{"bank card", "criminal", "criminal_lends_bank_account"},
    Cue{"spijbel", "", "criminal_truancy"},
    Cue{"schuld", "", "debt_to_exploiter"},
    Cue{"debt", "", "debt_to_exploiter"},
    Cue{"bedreig", "", "coerced"},
    Cue{"threat", "", "coerced"},
    Cue{"chanteer", "", "coerced"},
    Cue{"blackmail", "", "coerced"},
};

void add_unique(std::vector<std::string>& list, std::string_view code) {
    if (!code.empty() && std::find(list.begin(), list.end(), code) == list.end()) list.emplace_back(code);
}

// "ik ben 15", "15 jaar", "I am 16", "16 years": an age under 18 said by the visitor.
bool mentions_minor_age(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))))
            continue;
        std::size_t end = i;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
        if (end - i > 2) continue;
        const int age = std::stoi(std::string(text.substr(i, end - i)));
        if (age < 10 || age >= 18) continue;
        const std::string_view before = text.substr(0, i);
        const std::string_view after = text.substr(end);
        const auto ends_with = [&](std::string_view word) {
            const auto trimmed = trim(before);
            return trimmed.size() >= word.size() && trimmed.substr(trimmed.size() - word.size()) == word;
        };
        const auto starts_with = [&](std::string_view word) {
            const auto trimmed = trim(after);
            return trimmed.substr(0, word.size()) == word;
        };
        if (ends_with("ik ben") || ends_with("i am") || ends_with("i'm") || ends_with("ben") ||
            starts_with("jaar") || starts_with("year") || starts_with("jr"))
            return true;
    }
    return false;
}

}  // namespace

ChatSuggestion suggest_from_chat(const std::vector<ChatLine>& lines) {
    ChatSuggestion suggestion;
    suggestion.forms.clear();
    for (const auto& line : lines) {
        if (line.from != ChatAuthor::visitor) continue;
        const std::string text = to_lower_ascii(line.text);
        for (const auto& cue : kCues) {
            if (text.find(cue.stem) == std::string::npos) continue;
            add_unique(suggestion.forms, cue.form);
            add_unique(suggestion.signals, cue.signal);
        }
        if (mentions_minor_age(text)) suggestion.minors_involved = "yes";
    }
    if (suggestion.forms.empty()) suggestion.forms.emplace_back("unknown");
    return suggestion;
}

std::string chat_transcript(const ConversationView& view, std::string_view visitor_label) {
    std::string text;
    for (const auto& line : view.lines) {
        const auto minutes = local_minutes(line.at).count();
        char clock[8];
        std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
        text += "[";
        text += clock;
        text += "] ";
        text += line.from == ChatAuthor::visitor ? std::string(visitor_label) : line.staff_name;
        text += ": ";
        text += line.text;
        text += "\n";
    }
    return text;
}

SignalInput chat_signal_input(const ConversationView& view, const ChatSuggestion& suggestion,
                              std::string_view empty_description) {
    SignalInput input;
    input.kind = "advice";
    input.reporter_role = "other";
    input.anonymity = "anonymous";
    input.forms = suggestion.forms;
    input.signals = suggestion.signals;
    input.minors_involved = suggestion.minors_involved;
    input.acute = view.danger == ChatDanger::yes;  // the visitor said so before the chat began
    const SignalLimits limits;
    for (const auto& line : view.lines) {
        if (line.from != ChatAuthor::visitor) continue;
        if (utf8_length(input.description) + utf8_length(line.text) + 1 > limits.description_max) break;
        if (!input.description.empty()) input.description += "\n";
        input.description += line.text;
    }
    if (trim(input.description).empty()) input.description = std::string(empty_description);
    return input;
}

}  // namespace meldpunt::domain
