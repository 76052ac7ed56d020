#include "web/staff_queries.hpp"

#include <charconv>
#include <cstdint>

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

template <typename Parse>
Result<void> query_code(const Request& request, const std::string& key, Parse parse, auto& target) {
    const std::string text = query_value(request, key);
    if (text.empty()) return Ok{};
    const auto parsed = parse(text);
    if (!parsed) return Error::invalid(key, "Unknown value for " + key + ".");
    target = *parsed;
    return Ok{};
}

}  // namespace

std::optional<std::int64_t> parse_id(std::string_view text) {
    std::int64_t id = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (problem != std::errc{} || end != text.data() + text.size() || id <= 0) return std::nullopt;
    return id;
}

std::string query_value(const Request& request, const std::string& key) {
    const auto it = request.query.find(key);
    return it == request.query.end() ? std::string() : it->second;
}

std::optional<QueueCursor> parse_cursor(std::string_view text) {
    const auto dot = text.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    QueueCursor cursor;
    const auto first = text.substr(0, dot);
    const auto second = text.substr(dot + 1);
    const auto [end, problem] = std::from_chars(first.data(), first.data() + first.size(), cursor.deadline_key);
    if (problem != std::errc{} || end != first.data() + first.size()) return std::nullopt;
    const auto id = parse_id(second);
    if (!id) return std::nullopt;
    cursor.id = *id;
    return cursor;
}

std::string cursor_after(const SignalSummary& last) {
    const std::int64_t key = last.deadline ? to_unix_millis(*last.deadline) : INT64_MAX;
    return std::to_string(key) + "." + std::to_string(last.id);
}

Result<SignalQuery> query_from(const Request& request, const StaffIdentity& staff, TimePoint now) {
    SignalQuery query;
    if (auto done = query_code(request, "status", parse_status, query.status); !done) return done.error();
    if (auto done = query_code(request, "kind", parse_signal_kind, query.kind); !done) return done.error();
    if (auto done = query_code(request, "channel", parse_channel, query.channel); !done) return done.error();
    if (auto done = query_code(request, "municipality", parse_municipality, query.municipality); !done)
        return done.error();
    if (auto done = query_code(request, "form", parse_exploitation_form, query.form); !done) return done.error();
    const std::string assigned = query_value(request, "assigned_to");
    if (assigned == "me") {
        query.assigned_to = staff.id;
    } else if (assigned == "none") {
        query.unassigned_only = true;
    } else if (!assigned.empty()) {
        const auto id = parse_id(assigned);
        if (!id) return Error::invalid("assigned_to", "assigned_to is me, none or a user number.");
        query.assigned_to = *id;
    }
    if (query_value(request, "overdue") == "true") query.overdue_at = now;
    if (query_value(request, "acute") == "true") query.acute_only = true;
    if (query_value(request, "include_closed") == "true" || query.status == Status::closed) query.include_closed = true;
    if (const std::string id = query_value(request, "id"); !id.empty()) {
        const auto parsed = parse_id(id);
        if (!parsed) return Error::invalid("id", "Search by the signal's number (digits only).");
        query.id = *parsed;
    }
    if (const std::string limit = query_value(request, "limit"); !limit.empty()) {
        const auto parsed = parse_id(limit);
        if (!parsed || *parsed > 200) return Error::invalid("limit", "limit is a number from 1 to 200.");
        query.limit = static_cast<std::size_t>(*parsed);
    }
    if (const std::string after = query_value(request, "after"); !after.empty()) {
        query.after = parse_cursor(after);
        if (!query.after) return Error::invalid("after", "Use the `next` value of the previous page.");
    }
    return query;
}

}  // namespace meldpunt::web
