// The chat on the public site. GET /chat shows whether the chat is open and
// the two safety questions. With JavaScript (static/chat.js) the form starts a
// WebSocket chat in the page; without it, POST /chat starts the same kind of
// conversation and answers with a page (a POST answer, so the address bar only
// ever says /chat) holding a self-refreshing frame with the messages and a form
// to send. Page tokens in the forms and the frame live one page and die with
// the chat (domain/chat_hub.hpp), so the browser history reopens nothing.
#include <algorithm>
#include <cctype>

#include "domain/chat_hub.hpp"
#include "web/chat_availability.hpp"
#include "web/chat_site.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"
#include "web/staff_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kSendPath = "/chat/gesprek";
constexpr std::string_view kStopPath = "/chat/stoppen";
constexpr std::string_view kFramePrefix = "/chat/gesprek/";
// The latest messages only: a page that grows without end helps nobody on a phone.
constexpr std::size_t kFrameLines = 200;

// The conversation page shows our own frame; the frame may only sit in our pages.
constexpr std::string_view kConversationPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
constexpr std::string_view kFramePolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'self'; base-uri 'none'";

// The "end and leave" form posts to /chat/stoppen, which sends the browser on
// to the quick-exit site; browsers hold a form's redirects to form-action too,
// so that site's origin is allowed there (only when it is a plain http(s) origin).
std::string conversation_policy(const Site& site) {
    std::string policy(kConversationPolicy);
    const std::string_view url = site.settings.quick_exit_url;
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return policy;
    const std::string_view scheme = url.substr(0, scheme_end);
    if (scheme != "https" && scheme != "http") return policy;
    const std::string_view origin = url.substr(0, url.find_first_of("/?#", scheme_end + 3));
    const std::string_view host = origin.substr(scheme_end + 3);
    const auto host_character = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == ':';
    };
    if (host.empty() || !std::all_of(host.begin(), host.end(), host_character)) return policy;
    const std::string_view self = "form-action 'self'";
    if (const auto at = policy.find(self); at != std::string::npos)
        policy.insert(at + self.size(), " " + std::string(origin));
    return policy;
}

Language language_of_code(std::string_view code) {
    return code == "en" ? Language::en : Language::nl;
}

struct StartForm {
    std::string danger;
    std::string safe;
    std::string nickname;
    std::vector<Error> errors;
};

void add_choices(ctemplate::TemplateDictionary& values, const Site& site, Language language, std::string_view section,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> choices, std::string_view chosen) {
    for (const auto& [value, label] : choices) {
        auto* item = values.AddSectionDictionary(std::string(section));
        item->SetValue("VALUE", std::string(value));
        item->SetValue("LABEL", std::string(site.tr(language, label)));
        if (value == chosen) item->ShowSection("CHECKED");
    }
}

// The texts chat.js shows, translated here so the script needs no catalogue.
void add_script_texts(ctemplate::TemplateDictionary& values, const Site& site, Language language) {
    const auto set = [&](std::string_view key, std::string_view english) {
        values.SetValue(std::string(key), std::string(site.tr(language, english)));
    };
    set("TEXT_WAITING", "Please wait: someone will be with you soon.");
    set("TEXT_POSITION", "You are number {position} in the queue. Expected wait: about {minutes} minutes.");
    set("TEXT_TALKING", "You are chatting with {name}.");
    set("TEXT_ENDED", "The chat has ended. Thank you for talking with us.");
    set("TEXT_CLOSED", "The chat is closed now. Call us day and night: 088 2220500.");
    set("TEXT_RECONNECTING", "The connection was lost. Trying again...");
    set("TEXT_TYPING", "{name} is typing...");
    set("TEXT_YOU", "You");
    set("TEXT_RECEIPT", "Your code for the mailbox. Write it down somewhere safe: it is shown only once.");
    set("TEXT_DANGER", "Call 112 now if you are in danger. You can keep chatting with us.");
    set("TEXT_TOO_LONG", "The message is too long: at most 2,000 characters. Send it in parts.");
    set("TEXT_TOO_MANY", "Too many messages at once. Wait a moment.");
    set("TEXT_ERROR", "Something went wrong. Try again, or call us: 088 2220500.");
}

Response start_page(Site& site, Language language, int status, const StartForm& form) {
    ctemplate::TemplateDictionary values("chat");
    const auto availability = chat_availability(site, language, site.clock.now());
    const bool open = site.chat != nullptr && site.chat->hub.opening_state_now().open;
    // The hub decides (--chat-always-open opens it outside the hours, a full hub
    // closes it inside them); the calendar's sentence only when the two agree.
    std::string sentence = availability.sentence;
    if (open && !availability.open) sentence = site.tr(language, "The chat is open now.");
    if (!open && availability.open) sentence = site.tr(language, "The chat is closed now.");
    values.SetValue("AVAILABILITY", sentence);
    values.SetValue("LANG", std::string(code_of(language)));
    values.SetValue("REPORT_URL", std::string(path_of(Page::report, language)));
    values.SetValue("ADVICE_URL", std::string(path_of(Page::advice, language)));
    if (!open) {
        values.ShowSection("CLOSED");
        return site.page_response(status, language, Page::chat, site.tr(language, "Chat with us"), "chat.tpl", values);
    }
    values.ShowSection("OPEN");
    values.SetValue("ACTION_URL", std::string(path_of(Page::chat, language)));
    values.SetValue("FORM_TOKEN", site.form_tokens.issue(site.clock.now()));
    values.SetValue("NICKNAME", form.nickname);
    add_choices(values, site, language, "DANGER", {{"yes", "Yes"}, {"no", "No"}, {"unsure", "I am not sure"}},
                form.danger);
    add_choices(values, site, language, "SAFE", {{"yes", "Yes"}, {"no", "No, someone may see it"}}, form.safe);
    add_script_texts(values, site, language);
    if (!form.errors.empty()) {
        auto* summary = values.AddSectionDictionary("ERRORS");
        for (const auto& error : form.errors) {
            auto* item = summary->AddSectionDictionary("ERROR");
            item->SetValue("FIELD_ID", error.field.empty() ? "chat-start" : error.field);
            item->SetValue("MESSAGE", std::string(site.tr(language, error.message)));
            if (error.field == "danger" || error.field == "safe" || error.field == "nickname")
                values.AddSectionDictionary("ERR_" + to_upper_ascii(error.field))
                    ->SetValue("MESSAGE", std::string(site.tr(language, error.message)));
        }
    }
    return site.page_response(status, language, Page::chat, site.tr(language, "Chat with us"), "chat.tpl", values);
}

std::string status_text(const Site& site, Language language, const VisitorPage& page) {
    switch (page.state) {
        case ChatState::waiting:
            return fill(site, language, "You are number {position} in the queue. Expected wait: about {minutes} minutes.",
                        {{"position", std::to_string(page.position)}, {"minutes", std::to_string(page.wait_minutes)}});
        case ChatState::talking:
            return fill(site, language, "You are chatting with {name}.", {{"name", page.staff_name}});
        case ChatState::ended:
            break;
    }
    return std::string(site.tr(language, "The chat has ended. Thank you for talking with us."));
}

// `paused`: the visitor stopped the frame's own refresh (WCAG 2.2.1: a page
// that changes by itself must let people stop it); they look with a button.
Response conversation_page(Site& site, const VisitorPage& page, bool paused, int status, std::string_view draft,
                           const std::optional<Error>& error) {
    const Language language = language_of_code(page.language);
    ctemplate::TemplateDictionary values("chat_conversation");
    if (page.in_danger) values.ShowSection("DANGER");
    values.SetValue("STATUS", status_text(site, language, page));
    values.SetValue("FRAME_URL", std::string(kFramePrefix) + page.page_token + (paused ? "?auto=0" : ""));
    values.SetValue("AUTO", paused ? "0" : "1");
    values.SetValue("TOGGLE_AUTO", paused ? "1" : "0");
    values.ShowSection(paused ? "PAUSED" : "REFRESHING");
    values.SetValue("SEND_URL", std::string(kSendPath));
    values.SetValue("STOP_URL", std::string(kStopPath));
    values.SetValue("PAGE", page.page_token);
    values.SetValue("SEQ", std::to_string(page.next_seq));
    values.SetValue("DRAFT", std::string(draft));
    if (page.state != ChatState::ended) values.ShowSection("CAN_SEND");
    if (error) {
        values.AddSectionDictionary("ERRORS")->AddSectionDictionary("ERROR")->SetValue(
            "MESSAGE", std::string(site.tr(language, error->message)));
    }
    // Quick exit here ends the chat on the way out: the page kept in the history
    // then opens nothing (a link cannot carry the token in a form).
    const std::string quick_exit = std::string(kStopPath) + "/" + page.page_token;
    auto response = Response::html(
        status, site.render_page(language, Page::chat, site.tr(language, "Your chat"),
                                 site.templates.render(language, "chat_conversation.tpl", values), quick_exit));
    response.headers.emplace_back("Content-Security-Policy", conversation_policy(site));
    return response;
}

Response chat_gone(Site& site, Language language) {
    return message_page(site, 404, language, site.tr(language, "This chat has ended"),
                        site.tr(language, "This chat has ended or was closed after a while without use. You can start a "
                                          "new chat, or call us day and night: 088 2220500."));
}

Response start(Site& site, const Request& request, Language language) {
    StartForm form{form_value(request.form, "danger"), form_value(request.form, "safe"),
                   form_value(request.form, "nickname"), {}};
    if (site.chat == nullptr) return not_found_page(site, language);
    const TimePoint now = site.clock.now();
    if (site.form_tokens.redeem(form_value(request.form, "form_token"), now) != security::FormTokenCheck::valid) {
        form.errors.push_back(Error::invalid("", "This page was open for too long. Please answer the questions again."));
        return start_page(site, language, 400, form);
    }
    const auto danger = parse_chat_danger(form.danger);
    if (!danger) form.errors.push_back(Error::invalid("danger", "Tell us whether you are in danger right now."));
    if (form.safe != "yes" && form.safe != "no")
        form.errors.push_back(Error::invalid("safe", "Tell us whether it is safe for you to chat now."));
    if (!form.errors.empty()) return start_page(site, language, 400, form);
    if (!site.chat->start_limiter.allow(request.client_address, now)) {
        form.errors.push_back(Error::make(ErrorCode::rate_limited,
                                          "Too many chats were started from this connection. Wait a few minutes, or "
                                          "call us."));
        return start_page(site, language, 429, form);
    }
    ChatStart chat_start{form.nickname, *danger, form.safe == "yes", std::string(code_of(language)),
                         site.chat->start_limiter.enabled() ? site.chat->start_limiter.opaque_key(request.client_address)
                                                            : 0};
    auto started = site.chat->hub.start(chat_start, nullptr);
    if (!started) {
        if (!site.chat->hub.opening_state_now().open) return start_page(site, language, 503, form);
        Error error = started.error();
        if (error.field.empty()) error.field = "chat-start";
        form.errors.push_back(error);
        return start_page(site, language, status_of(started.error().code), form);
    }
    const auto page = site.chat->hub.take_page(site.chat->hub.first_page_token(started->token));
    if (!page) return chat_gone(site, language);
    return conversation_page(site, *page, false, 200, "", std::nullopt);
}

Response send(Site& site, const Request& request) {
    if (site.chat == nullptr) return not_found_page(site, Language::nl);
    const std::string page_token = form_value(request.form, "page");
    const auto token = site.chat->hub.token_of_page(page_token);
    if (!token) return chat_gone(site, Language::nl);
    const std::string text = form_value(request.form, "text");
    std::optional<Error> error;
    if (!trim(text).empty() && !site.chat->message_limiter.allow(request.client_address, site.clock.now())) {
        error = Error::make(ErrorCode::rate_limited, "Too many messages at once. Wait a moment.");
    } else if (!trim(text).empty()) {
        std::int64_t seq = 0;
        const std::string seq_text = form_value(request.form, "seq");
        if (seq_text.empty() || seq_text.size() > 9 || seq_text.find_first_not_of("0123456789") != std::string::npos) {
            error = Error::invalid("text", "This page was open for too long. Type your message again.");
        } else {
            seq = std::stoll(seq_text);
            if (auto sent = site.chat->hub.visitor_message(*token, seq, text); !sent) error = sent.error();
        }
    }
    const auto page = site.chat->hub.take_page(page_token);
    if (!page) return chat_gone(site, Language::nl);
    // A message that could not be sent stays in the box, to fix and send again.
    const bool paused = form_value(request.form, "auto") == "0";
    return conversation_page(site, *page, paused, error ? status_of(error->code) : 200, error ? text : "", error);
}

Response frame(Site& site, const Request& request) {
    if (site.chat == nullptr) return not_found_page(site, Language::nl);
    const auto auto_refresh = request.query.find("auto");
    const bool refreshing = auto_refresh == request.query.end() || auto_refresh->second != "0";
    auto page = site.chat->hub.peek_page(request.path_parameters.at("page"), refreshing, kFrameLines);
    ctemplate::TemplateDictionary values("chat_frame");
    Language language = Language::nl;
    if (!page) {
        values.SetValue("STATUS", std::string(site.tr(language, "This chat has ended")));
        values.ShowSection("NO_LINES");
    } else {
        language = language_of_code(page->language);
        values.SetValue("STATUS", status_text(site, language, *page));
        if (page->state != ChatState::ended && refreshing) values.ShowSection("REFRESH");
        if (page->receipt) {
            auto* receipt = values.AddSectionDictionary("RECEIPT");
            receipt->SetValue("RECEIPT_TEXT",
                              std::string(site.tr(language, "Your code for the mailbox. Write it down somewhere safe "
                                                            "now: it disappears in a few minutes.")));
            receipt->SetValue("CODE", *page->receipt);
        }
        if (page->lines.empty()) values.ShowSection("NO_LINES");
        for (const ChatLine& line : page->lines) {
            auto* item = values.AddSectionDictionary("LINE");
            const bool mine = line.from == ChatAuthor::visitor;
            item->SetValue("FROM", mine ? "visitor" : "staff");
            item->SetValue("WHO", mine ? std::string(site.tr(language, "You")) : line.staff_name);
            item->SetValue("AT", local_clock_time(line.at));
            item->SetValue("TEXT", line.text);
        }
    }
    values.SetValue("LANG", std::string(code_of(language)));
    auto response = Response::html(page ? 200 : 404, site.templates.render(language, "chat_frame.tpl", values));
    response.headers.emplace_back("Content-Security-Policy", std::string(kFramePolicy));
    response.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
    return response;
}

// The no-JavaScript "end and leave" button, and the browser script's beacon on
// quick exit: the chat ends at once rather than after a time-out.
Response stop(Site& site, const Request& request) {
    if (site.chat != nullptr) {
        std::optional<std::string> token = site.chat->hub.token_of_page(form_value(request.form, "page"));
        if (!token) {
            const std::string conversation = form_value(request.form, "conversation");
            if (!conversation.empty()) token = conversation;
        }
        if (token) site.chat->hub.visitor_end(*token);
    }
    return see_other(site.settings.quick_exit_url);
}

// The quick exit of the plain HTML chat page: ends that chat and leaves.
Response stop_by_link(Site& site, const Request& request) {
    if (site.chat != nullptr) {
        if (const auto token = site.chat->hub.token_of_page(request.path_parameters.at("page")))
            site.chat->hub.visitor_end(*token);
    }
    return see_other(site.settings.quick_exit_url);
}

}  // namespace

void add_chat_page_routes(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        const std::string path(path_of(Page::chat, language));
        routes.push_back({Method::get, path, Permission::public_access,
                          [&site, language](const Request&) { return start_page(site, language, 200, {}); },
                          Execution::io_thread});
        routes.push_back({Method::post, path, Permission::public_access,
                          [&site, language](const Request& request) { return start(site, request, language); },
                          Execution::io_thread});
    }
    routes.push_back({Method::post, std::string(kSendPath), Permission::public_access,
                      [&site](const Request& request) { return send(site, request); }, Execution::io_thread});
    routes.push_back({Method::get, std::string(kFramePrefix) + "{page}", Permission::public_access,
                      [&site](const Request& request) { return frame(site, request); }, Execution::io_thread});
    routes.push_back({Method::get, std::string(kStopPath) + "/{page}", Permission::public_access,
                      [&site](const Request& request) { return stop_by_link(site, request); }, Execution::io_thread});
    routes.push_back({Method::post, std::string(kStopPath), Permission::public_access,
                      [&site](const Request& request) { return stop(site, request); }, Execution::io_thread});
}

}  // namespace meldpunt::web
