#include "chat/chat_frames.hpp"

#include <boost/json.hpp>

namespace meldpunt::chat {

namespace json = boost::json;

namespace {

Error bad_frame(std::string text) {
    return Error::invalid("frame", std::move(text));
}

// One JSON object with a "type"; members outside `allowed` are refused so a
// typo is an error, not silently lost.
Result<json::object> parse_object(std::string_view text, std::string& type) {
    if (text.size() > kMaxFrameBytes) return Error::make(ErrorCode::too_large, "The frame is larger than 8 KiB.");
    json::parse_options options;
    options.max_depth = 4;
    boost::system::error_code error;
    json::value value = json::parse(text, error, {}, options);
    if (error || !value.is_object()) return bad_frame("A frame is one JSON object.");
    auto& object = value.as_object();
    const auto* found = object.if_contains("type");
    if (found == nullptr || !found->is_string()) return bad_frame("The frame has no \"type\".");
    type = std::string(found->as_string());
    return std::move(object);
}

Result<void> only_keys(const json::object& object, std::initializer_list<std::string_view> allowed) {
    for (const auto& member : object) {
        const std::string_view key = member.key();
        if (key == "type") continue;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            return bad_frame("The frame has a member this type does not take.");
    }
    return Ok{};
}

Result<std::int64_t> number(const json::object& object, std::string_view key) {
    const auto* found = object.if_contains(key);
    if (found == nullptr || !found->is_int64() || found->as_int64() < 0)
        return bad_frame("\"" + std::string(key) + "\" must be a whole number, 0 or more.");
    return found->as_int64();
}

Result<std::optional<std::int64_t>> optional_number(const json::object& object, std::string_view key) {
    const auto* found = object.if_contains(key);
    if (found == nullptr || found->is_null()) return std::optional<std::int64_t>{};
    auto value = number(object, key);
    if (!value) return value.error();
    return std::optional<std::int64_t>{*value};
}

Result<std::string> text(const json::object& object, std::string_view key, bool required) {
    const auto* found = object.if_contains(key);
    if (found == nullptr && !required) return std::string();
    if (found == nullptr || !found->is_string()) return bad_frame("\"" + std::string(key) + "\" must be text.");
    return std::string(found->as_string());
}

Result<bool> flag(const json::object& object, std::string_view key) {
    const auto* found = object.if_contains(key);
    if (found == nullptr || !found->is_bool()) return bad_frame("\"" + std::string(key) + "\" must be true or false.");
    return found->as_bool();
}

std::string serialise(json::object object) {
    return json::serialize(object);
}

std::string iso(TimePoint at) {
    return format_iso8601_utc(at);
}

json::object line_object(const domain::ChatLine& line) {
    json::object object{{"from", line.from == domain::ChatAuthor::visitor ? "visitor" : "staff"},
                        {"seq", line.seq},
                        {"text", line.text},
                        {"at", iso(line.at)}};
    if (line.from == domain::ChatAuthor::staff) object["staff"] = line.staff_name;
    return object;
}

#define MELDPUNT_TRY(name, expression)   \
    auto name = (expression);            \
    if (!name) return name.error()

Result<visitor::Command> read_start(const json::object& object) {
    if (auto known = only_keys(object, {"nickname", "danger", "safe", "language"}); !known) return known.error();
    MELDPUNT_TRY(nickname, text(object, "nickname", false));
    MELDPUNT_TRY(danger_code, text(object, "danger", true));
    MELDPUNT_TRY(safe_code, text(object, "safe", true));
    MELDPUNT_TRY(language, text(object, "language", false));
    const auto danger = domain::parse_chat_danger(*danger_code);
    if (!danger) return bad_frame("\"danger\" is yes, no or unsure.");
    if (*safe_code != "yes" && *safe_code != "no") return bad_frame("\"safe\" is yes or no.");
    visitor::Start start;
    start.start.nickname = std::move(*nickname);
    start.start.danger = *danger;
    start.start.safe_to_chat = *safe_code == "yes";
    start.start.language = language->empty() ? "nl" : *language;
    return visitor::Command{std::move(start)};
}

}  // namespace

Result<visitor::Command> read_visitor_frame(std::string_view frame) {
    std::string type;
    auto parsed = parse_object(frame, type);
    if (!parsed) return parsed.error();
    const json::object& object = *parsed;
    if (type == "start") return read_start(object);
    if (type == "resume") {
        if (auto known = only_keys(object, {"conversation", "received"}); !known) return known.error();
        MELDPUNT_TRY(token, text(object, "conversation", true));
        MELDPUNT_TRY(received, number(object, "received"));
        return visitor::Command{visitor::Resume{std::move(*token), *received}};
    }
    if (type == "message") {
        if (auto known = only_keys(object, {"seq", "text"}); !known) return known.error();
        MELDPUNT_TRY(seq, number(object, "seq"));
        MELDPUNT_TRY(body, text(object, "text", true));
        return visitor::Command{visitor::Message{*seq, std::move(*body)}};
    }
    if (type == "ack") {
        if (auto known = only_keys(object, {"seq"}); !known) return known.error();
        MELDPUNT_TRY(seq, number(object, "seq"));
        return visitor::Command{visitor::Ack{*seq}};
    }
    if (type == "typing") {
        if (auto known = only_keys(object, {"on"}); !known) return known.error();
        MELDPUNT_TRY(on, flag(object, "on"));
        return visitor::Command{visitor::Typing{*on}};
    }
    if (type == "end") {
        if (auto known = only_keys(object, {}); !known) return known.error();
        return visitor::Command{visitor::End{}};
    }
    return bad_frame("Unknown frame type.");
}

Result<staff::Command> read_staff_frame(std::string_view frame) {
    std::string type;
    auto parsed = parse_object(frame, type);
    if (!parsed) return parsed.error();
    const json::object& object = *parsed;
    if (type == "pseudonym") {
        if (auto known = only_keys(object, {"name"}); !known) return known.error();
        MELDPUNT_TRY(name, text(object, "name", true));
        return staff::Command{staff::Pseudonym{std::move(*name)}};
    }
    if (type == "accept") {
        if (auto known = only_keys(object, {"conversation"}); !known) return known.error();
        MELDPUNT_TRY(conversation, optional_number(object, "conversation"));
        return staff::Command{staff::Accept{*conversation}};
    }
    if (auto known = only_keys(object, {"conversation", "seq", "text", "on", "to"}); !known) return known.error();
    MELDPUNT_TRY(conversation, number(object, "conversation"));
    if (type == "message") {
        if (auto known = only_keys(object, {"conversation", "seq", "text"}); !known) return known.error();
        MELDPUNT_TRY(seq, number(object, "seq"));
        MELDPUNT_TRY(body, text(object, "text", true));
        return staff::Command{staff::Message{*conversation, *seq, std::move(*body)}};
    }
    if (type == "typing") {
        MELDPUNT_TRY(on, flag(object, "on"));
        return staff::Command{staff::Typing{*conversation, *on}};
    }
    if (type == "transfer") {
        if (object.if_contains("to") == nullptr) return bad_frame("\"to\" is a colleague's id, or null for the queue.");
        MELDPUNT_TRY(to, optional_number(object, "to"));
        return staff::Command{staff::Transfer{*conversation, *to}};
    }
    if (type == "end") return staff::Command{staff::End{*conversation}};
    return bad_frame("Unknown frame type.");
}

#undef MELDPUNT_TRY

std::string started_frame(const domain::ChatStarted& started) {
    return serialise({{"type", "started"}, {"conversation", started.token}, {"priority", code_of(started.priority)}});
}

std::string resumed_frame(std::int64_t received) {
    return serialise({{"type", "resumed"}, {"received", received}});
}

std::string closed_frame(const std::optional<TimePoint>& next_open) {
    json::object object{{"type", "closed"}};
    object["next_open"] = next_open ? json::value(iso(*next_open)) : json::value(nullptr);
    return serialise(std::move(object));
}

std::string queue_frame(std::size_t position, int wait_minutes) {
    return serialise({{"type", "queue"}, {"position", position}, {"wait_minutes", wait_minutes}});
}

std::string state_frame(domain::ChatState state, std::string_view staff_name) {
    json::object object{{"type", "state"}, {"state", code_of(state)}};
    if (state == domain::ChatState::talking) object["staff"] = staff_name;
    return serialise(std::move(object));
}

std::string visitor_message_frame(const domain::ChatLine& line) {
    return serialise({{"type", "message"}, {"seq", line.seq}, {"text", line.text}, {"staff", line.staff_name},
                      {"at", iso(line.at)}});
}

std::string ack_frame(std::int64_t seq) {
    return serialise({{"type", "ack"}, {"seq", seq}});
}

std::string typing_frame(bool on) {
    return serialise({{"type", "typing"}, {"on", on}});
}

std::string receipt_frame(std::string_view code) {
    return serialise({{"type", "receipt"}, {"code", code}});
}

std::string error_frame(std::string_view code, std::string_view message) {
    return serialise({{"type", "error"}, {"code", code}, {"message", message}});
}

std::string error_frame(const Error& error) {
    std::string_view code = error.field == "frame" ? "bad_frame" : to_string(error.code);
    return error_frame(code, error.message);
}

std::string message_error_frame(const Error& error, std::int64_t seq,
                                std::optional<domain::ConversationNumber> conversation) {
    json::object object{{"type", "error"},
                        {"code", error.field == "frame" ? "bad_frame" : to_string(error.code)},
                        {"message", error.message},
                        {"seq", seq}};
    if (conversation) object["conversation"] = *conversation;
    return serialise(std::move(object));
}

std::string welcome_frame(std::string_view pseudonym, std::size_t limit,
                          const std::vector<domain::ChatColleague>& colleagues) {
    json::array list;
    for (const auto& colleague : colleagues)
        list.push_back(json::object{{"id", colleague.id}, {"pseudonym", colleague.pseudonym}, {"holding", colleague.holding}});
    return serialise({{"type", "welcome"}, {"pseudonym", pseudonym}, {"limit", limit}, {"colleagues", std::move(list)}});
}

std::string staff_queue_frame(const std::vector<domain::WaitingConversation>& first, std::size_t total,
                              TimePoint now) {
    json::array waiting;
    for (const auto& item : first)
        waiting.push_back(json::object{
            {"conversation", item.number},
            {"priority", code_of(item.priority)},
            {"nickname", item.nickname},
            {"language", item.language},
            {"waiting_seconds", std::chrono::duration_cast<std::chrono::seconds>(now - item.since).count()}});
    return serialise({{"type", "queue"}, {"waiting", std::move(waiting)}, {"total", total}});
}

std::string conversation_frame(const domain::ConversationView& view) {
    json::array lines;
    for (const auto& line : view.lines) lines.push_back(line_object(line));
    json::object object{{"type", "conversation"},
                        {"conversation", view.number},
                        {"state", code_of(view.state)},
                        {"nickname", view.nickname},
                        {"language", view.language},
                        {"priority", code_of(view.priority)},
                        {"danger", code_of(view.danger)},
                        {"safe", view.safe_to_chat ? "yes" : "no"},
                        {"started", iso(view.started)},
                        {"staff_received", view.staff_received},
                        {"messages", std::move(lines)}};
    object["registered_as"] = view.registered_as ? json::value(*view.registered_as) : json::value(nullptr);
    if (view.ended_by) object["ended_by"] = code_of(*view.ended_by);
    return serialise(std::move(object));
}

std::string staff_message_frame(domain::ConversationNumber number, const domain::ChatLine& line) {
    json::object object = line_object(line);
    object["type"] = "message";
    object["conversation"] = number;
    return serialise(std::move(object));
}

std::string staff_ack_frame(domain::ConversationNumber number, std::int64_t seq) {
    return serialise({{"type", "ack"}, {"conversation", number}, {"seq", seq}});
}

std::string staff_typing_frame(domain::ConversationNumber number, bool on) {
    return serialise({{"type", "typing"}, {"conversation", number}, {"on", on}});
}

std::string ended_frame(domain::ConversationNumber number, domain::ChatEndedBy by) {
    return serialise({{"type", "ended"}, {"conversation", number}, {"by", code_of(by)}});
}

std::string released_frame(domain::ConversationNumber number) {
    return serialise({{"type", "released"}, {"conversation", number}});
}

}  // namespace meldpunt::chat
