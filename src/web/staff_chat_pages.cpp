// The chat for staff: the console (the page; the talking happens over
// /staff/chat/ws, see static/staff_chat.js), registering a chat as a signal
// with its transcript sealed in the contact log, and the coordinator's live
// view (page and JSON).
#include <boost/json.hpp>

#include "base/text.hpp"

#include "domain/chat_registration.hpp"
#include "domain/chat_settings_ports.hpp"
#include "security/staff_sessions.hpp"
#include "web/chat_availability.hpp"
#include "web/chat_site.hpp"
#include "web/json_api.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

// A contact-log entry holds at most this many code points (CaseDeskSettings);
// a long chat is kept in several entries, cut between messages.
constexpr std::size_t kEntryCodePoints = 9000;

std::vector<std::string> transcript_parts(const std::string& transcript) {
    std::vector<std::string> parts(1);
    for (const auto& line : split(transcript, '\n')) {
        if (line.empty()) continue;
        std::string piece(line);
        piece += '\n';
        while (utf8_length(piece) > kEntryCodePoints) {  // one very long message: cut it at a character boundary
            std::size_t cut = kEntryCodePoints;
            while (cut > 0 && (static_cast<unsigned char>(piece[cut]) & 0xC0) == 0x80) --cut;
            parts.push_back(piece.substr(0, cut));
            piece.erase(0, cut);
        }
        if (utf8_length(parts.back()) + utf8_length(piece) > kEntryCodePoints) parts.emplace_back();
        parts.back() += piece;
    }
    if (parts.back().empty()) parts.pop_back();
    return parts;
}

void set_texts(ctemplate::TemplateDictionary& values, const Site& site, Language language,
               std::initializer_list<std::pair<std::string_view, std::string_view>> texts) {
    for (const auto& [key, english] : texts) values.SetValue(std::string(key), std::string(site.tr(language, english)));
}

Response console(Site& site, const Request& request) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_chat");
    values.SetValue("REGISTER_URL", staff_path(language, "/chat/"));
    // The server words its error frames in the console's language.
    values.SetValue("SOCKET_PATH", language == Language::en ? "/staff/chat/ws?lang=en" : "/staff/chat/ws");
    values.SetValue("SIGNAL_URL", staff_path(language, "/signals/"));
    set_texts(values, site, language,
              {{"TEXT_VISITOR", "Visitor"},
               {"TEXT_WAITING", "waiting"},
               {"TEXT_NONE_WAITING", "Nobody is waiting."},
               {"TEXT_ENDED", "The chat has ended."},
               {"TEXT_REGISTER", "Register as signal"},
               {"TEXT_REGISTERED", "Registered as signal"},
               {"TEXT_SEND", "Send"},
               {"TEXT_END", "End the chat"},
               {"TEXT_TRANSFER", "Hand over to"},
               {"TEXT_TO_QUEUE", "back to the queue"},
               {"TEXT_CANNED", "Standard answer"},
               {"TEXT_MESSAGE", "Message"},
               {"TEXT_TYPING", "The visitor is typing..."},
               {"TEXT_DANGER", "In danger: advise 112"},
               {"TEXT_UNSAFE", "Not safe to chat: keep it short"},
               {"TEXT_TAKE", "Take"},
               {"TEXT_CONNECTION_LOST", "The connection was lost. Trying again..."},
               {"TEXT_URGENT", "danger"},
               {"TEXT_HIGH", "high"},
               {"TEXT_NORMAL", "normal"},
               {"TEXT_SECONDS", "s"}});
    if (auto answers = site.staff->chat_settings.list_canned_answers()) {
        for (const auto& answer : *answers) {
            auto* item = values.AddSectionDictionary("ANSWER");
            item->SetValue("ID", std::to_string(answer.id));
            item->SetValue("LANGUAGE", answer.language);
            item->SetValue("TITLE", answer.title);
            item->SetValue("BODY", answer.body);
        }
    }
    return staff_page(site, request, 200, StaffSection::chat, site.tr(language, "Chat console"), "staff_chat.tpl",
                      values);
}

// The chat becomes an advice signal (anonymous; staff convert it when needed)
// with what the visitor wrote as its description, the transcript in the
// sealed contact log, and a first guess of the structured fields. Registered
// while it goes on (to give the visitor a receipt), the rest of the transcript
// is added to the same signal with the next registration.
Response register_chat(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const auto& session = *request.staff;
    const std::string number_text = request.path_parameters.at("number");
    if (number_text.empty() || number_text.size() > 12 || number_text.find_first_not_of("0123456789") != std::string::npos)
        return message_page(site, 404, language, site.tr(language, "This chat does not exist"),
                            site.tr(language, "Check the number of the chat."));
    // Without case access the transcript cannot be sealed: refuse before anything is stored.
    if (session.service_key.empty())
        return message_page(site, 403, language, site.tr(language, "The chat could not be registered"),
                            site.tr(language, "Your account has no access to case files yet. Ask a coordinator."));
    const ConversationNumber number = std::stoll(number_text);
    auto claim = site.chat->hub.claim_registration(session.identity.id, number);
    if (!claim) {
        const bool gone = claim.error().code == ErrorCode::forbidden;
        return message_page(site, gone ? 404 : 409, language,
                            site.tr(language, gone ? "This chat is not yours" : "The chat could not be registered"),
                            site.tr(language, gone ? "Only the person holding a chat registers it."
                                                   : std::string_view(claim.error().message)));
    }
    const ConversationView& view = claim->view;
    const auto give_back = [&](int status, std::string_view heading, std::string_view text) {
        site.chat->hub.release_registration(session.identity.id, number);
        return message_page(site, status, language, site.tr(language, heading), site.tr(language, text));
    };
    std::optional<SignalId> signal = view.registered_as;
    std::string receipt;
    if (!signal) {
        const auto input = chat_signal_input(view, suggest_from_chat(view.lines),
                                             site.tr(language, "(a chat without messages)"));
        auto registration = site.staff->desk.register_signal(session.identity, input, Channel::chat);
        if (!registration)
            return give_back(status_of(registration.error().code), "The chat could not be registered",
                             registration.error().message);
        signal = registration->id;
        receipt = registration->receipt.grouped();
    }
    ConversationView rest = view;
    rest.lines.assign(view.lines.begin() + static_cast<std::ptrdiff_t>(std::min(claim->first_line, view.lines.size())),
                      view.lines.end());
    for (const auto& part : transcript_parts(chat_transcript(rest, site.tr(language, "Visitor")))) {
        auto added =
            site.staff->desk.add_entry(session.identity, session.service_key, *signal, CaseEntryKind::chat, part);
        if (!added) return give_back(503, "The transcript could not be saved", added.error().message);
    }
    (void)site.chat->hub.finish_registration(session.identity.id, number, *signal, view.lines.size(), receipt);
    return see_other(staff_path(language, "/signals/" + std::to_string(*signal)));
}

std::string wait_text(const std::optional<std::chrono::seconds>& wait) {
    if (!wait) return "-";
    const auto minutes = wait->count() / 60;
    const auto seconds = wait->count() % 60;
    return std::to_string(minutes) + ":" + (seconds < 10 ? "0" : "") + std::to_string(seconds);
}

Response overview_page(Site& site, const Request& request) {
    const Language language = staff_language(request);
    const ChatOverview overview = site.chat->hub.overview();
    ctemplate::TemplateDictionary values("staff_chat_overview");
    values.SetValue("AVAILABILITY", chat_availability(site, language, site.clock.now()).sentence);
    values.SetValue("WAITING", std::to_string(overview.waiting));
    values.SetValue("URGENT", std::to_string(overview.waiting_urgent));
    values.SetValue("LONGEST_WAIT", wait_text(overview.longest_wait));
    values.SetValue("TALKING", std::to_string(overview.talking));
    values.SetValue("STAFF_ONLINE", std::to_string(overview.staff_online));
    values.SetValue("UNREGISTERED", std::to_string(overview.ended_unregistered));
    if (overview.staff.empty()) values.ShowSection("NO_STAFF");
    for (const auto& colleague : overview.staff) {
        auto* row = values.AddSectionDictionary("STAFF");
        row->SetValue("PSEUDONYM", colleague.pseudonym);
        row->SetValue("HOLDING", std::to_string(colleague.holding));
    }
    return staff_page(site, request, 200, StaffSection::chat_overview, site.tr(language, "The chat now"),
                      "staff_chat_overview.tpl", values);
}

Response overview_json(Site& site) {
    const ChatOverview overview = site.chat->hub.overview();
    boost::json::array staff;
    for (const auto& colleague : overview.staff)
        staff.push_back(boost::json::object{{"pseudonym", colleague.pseudonym}, {"holding", colleague.holding}});
    boost::json::object body{{"waiting", overview.waiting},
                             {"waiting_in_danger", overview.waiting_urgent},
                             {"talking", overview.talking},
                             {"staff_online", overview.staff_online},
                             {"ended_unregistered", overview.ended_unregistered},
                             {"staff", std::move(staff)}};
    body["longest_wait_seconds"] =
        overview.longest_wait ? boost::json::value(overview.longest_wait->count()) : boost::json::value(nullptr);
    return json_response(200, body);
}

}  // namespace

void add_staff_chat_pages(Site& site, std::vector<Route>& routes) {
    if (site.chat == nullptr) return;
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/chat"), Permission::chat_answer,
                          [&site](const Request& request) { return console(site, request); }});
        routes.push_back({Method::post, staff_path(language, "/chat/{number}/register"), Permission::chat_answer,
                          [&site](const Request& request) { return register_chat(site, request); }});
        routes.push_back({Method::get, staff_path(language, "/chat/overview"), Permission::chat_overview,
                          [&site](const Request& request) { return overview_page(site, request); }});
    }
    routes.push_back({Method::get, "/api/v1/chat/overview", Permission::chat_overview,
                      [&site](const Request&) { return overview_json(site); }});
}

}  // namespace meldpunt::web
