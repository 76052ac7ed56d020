#include "web/staff_json.hpp"

#include "web/json_api.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

namespace {

json::value time_or_null(const std::optional<TimePoint>& at) {
    if (!at) return nullptr;
    return json::value(format_iso8601_utc(*at));
}

template <typename T>
json::value id_or_null(const std::optional<T>& id) {
    if (!id) return nullptr;
    return json::value(*id);
}

template <typename Enum>
json::array codes(const std::vector<Enum>& values) {
    json::array array;
    for (const auto& value : values) array.emplace_back(code_of(value));
    return array;
}

json::array strings(const std::vector<std::string>& values) {
    json::array array;
    for (const auto& value : values) array.emplace_back(value);
    return array;
}

json::object person_json(const Person& person) {
    return {{"id", person.id},
            {"role", code_of(person.role)},
            {"age", person.age ? json::value(*person.age) : json::value(nullptr)},
            {"age_estimated", person.age_estimated},
            {"minor", code_of(minor_now(person))},
            {"minor_at_start", code_of(person.minor_at_start)},
            {"gender", code_of(person.gender)},
            {"nationality", person.nationality.empty() ? json::value(nullptr) : json::value(person.nationality)},
            {"identity", person.identity}};
}

}  // namespace

json::object summary_json(const SignalSummary& summary, TimePoint now) {
    return {{"id", summary.id},
            {"version", summary.version},
            {"kind", code_of(summary.kind)},
            {"status", code_of(summary.status)},
            {"channel", code_of(summary.channel)},
            {"acute", summary.acute},
            {"received_at", format_iso8601_utc(summary.received_at)},
            {"deadline", time_or_null(summary.deadline)},
            {"overdue", summary.deadline.has_value() && *summary.deadline < now},
            {"assigned_to", id_or_null(summary.assigned_to)},
            {"municipality", code_of(summary.municipality)},
            {"minors_involved", code_of(summary.minors_involved)},
            {"forms", codes(summary.forms)}};
}

json::object signal_json(const SignalView& view, TimePoint now) {
    const StoredSignal& signal = view.signal;
    json::object object{
        {"id", signal.id},
        {"version", signal.version},
        {"kind", code_of(signal.kind)},
        {"status", code_of(signal.status)},
        {"channel", code_of(signal.channel)},
        {"received_at", format_iso8601_utc(signal.received_at)},
        {"updated_at", format_iso8601_utc(signal.updated_at)},
        {"deadline", time_or_null(signal.deadline)},
        {"overdue", signal.deadline.has_value() && *signal.deadline < now},
        {"description", view.description},
        {"acute", signal.acute},
        {"forms", codes(signal.forms)},
        {"sub_forms", strings(signal.sub_forms)},
        {"signals", strings(signal.signal_codes)},
        {"scope", code_of(signal.scope)},
        {"safety_outcome", signal.safety_outcome ? json::value(code_of(*signal.safety_outcome)) : nullptr},
        {"minors_involved", code_of(signal.minors_involved)},
        {"municipality", code_of(signal.municipality)},
        {"postcode", view.postcode_area ? json::value(std::to_string(*view.postcode_area)) : nullptr},
        {"assigned_to", id_or_null(signal.assigned_to)},
        {"registered_by", id_or_null(signal.registered_by)},
        {"investigation_started_at", time_or_null(signal.investigation_started_at)},
        {"closed_at", time_or_null(signal.closed_at)},
        {"next_states", codes(view.next_states)},
    };
    json::object reporter{{"role", code_of(signal.reporter_role)},
                          {"sector", signal.sector ? json::value(code_of(*signal.sector)) : nullptr},
                          {"anonymity", code_of(signal.anonymity)},
                          {"contact_hidden", view.contact_hidden}};
    if (!view.contact_hidden && !view.contact.empty()) {
        reporter["name"] = view.contact.name;
        reporter["phone"] = view.contact.phone;
        reporter["email"] = view.contact.email;
        reporter["organisation"] = view.contact.organisation;
    }
    object["reporter"] = std::move(reporter);
    json::array persons;
    for (const auto& person : view.persons) persons.push_back(person_json(person));
    object["persons"] = std::move(persons);
    json::array referrals;
    for (const auto& referral : view.referrals)
        referrals.push_back(json::object{{"id", referral.id},
                                         {"partner", code_of(referral.partner)},
                                         {"referred_at", format_iso8601_utc(referral.referred_at)},
                                         {"outcome", code_of(referral.outcome)},
                                         {"by", referral.by}});
    object["referrals"] = std::move(referrals);
    json::array entries;
    for (const auto& entry : view.entries)
        entries.push_back(json::object{{"id", entry.entry.id},
                                       {"kind", code_of(entry.entry.kind)},
                                       {"author", entry.entry.author},
                                       {"at", format_iso8601_utc(entry.entry.at)},
                                       {"body", entry.body}});
    object["log"] = std::move(entries);
    json::array messages;
    for (const auto& message : view.messages)
        messages.push_back(json::object{{"author", code_of(message.author)},
                                        {"sent_at", format_iso8601_utc(message.sent_at)},
                                        {"body", message.body}});
    object["messages"] = std::move(messages);
    return object;
}

json::object audit_json(const AuditRecord& record) {
    const AuditEntry& entry = record.entry;
    return {{"sequence", entry.sequence},
            {"at", format_iso8601_utc(entry.at)},
            {"actor", entry.actor_user_id},
            {"action", code_of(entry.action)},
            {"signal", id_or_null(entry.signal_id)},
            {"subject_user", id_or_null(entry.subject_user_id)}};
}

Result<std::optional<std::int64_t>> get_integer(const json::object& object, std::string_view key, std::int64_t min,
                                                std::int64_t max) {
    const auto* value = object.if_contains(key);
    if (!value) return std::optional<std::int64_t>{};
    if (!value->is_int64() && !value->is_uint64())
        return Error::invalid(std::string(key), std::string(key) + " must be a whole number.");
    const std::int64_t number = value->is_int64() ? value->as_int64() : static_cast<std::int64_t>(value->as_uint64());
    if (number < min || number > max)
        return Error::invalid(std::string(key), std::string(key) + " is out of range.");
    return std::optional<std::int64_t>{number};
}

Result<SignalPatch> read_signal_patch(const json::object& body) {
    if (auto known = check_known_keys(body,
                                      {"version", "kind", "kind_reason", "reporter_role", "sector", "anonymity",
                                       "forms", "sub_forms", "signals", "scope", "safety_outcome", "minors_involved",
                                       "municipality", "postcode", "acute", "contact"},
                                      "");
        !known)
        return known.error();
    SignalPatch patch;
    auto version = get_integer(body, "version", 1, 1'000'000'000);
    if (!version) return version.error();
    if (!*version) return Error::invalid("version", "Send the version you read, so a conflict can be detected.");
    patch.version = static_cast<int>(**version);
    SignalUpdate& update = patch.update;

    for (auto [key, target] : {std::pair{"kind", &update.kind}, std::pair{"kind_reason", &update.kind_reason},
                               std::pair{"reporter_role", &update.reporter_role}, std::pair{"sector", &update.sector},
                               std::pair{"anonymity", &update.anonymity}, std::pair{"scope", &update.scope},
                               std::pair{"safety_outcome", &update.safety_outcome},
                               std::pair{"minors_involved", &update.minors_involved},
                               std::pair{"municipality", &update.municipality}, std::pair{"postcode", &update.postcode}}) {
        // null clears the optional fields (sector, safety outcome).
        if (const auto* value = body.if_contains(key); value && value->is_null()) {
            *target = std::string();
            continue;
        }
        auto text = get_string(body, key, key);
        if (!text) return text.error();
        if (*text) *target = std::move(**text);
    }
    for (auto [key, target] : {std::pair{"forms", &update.forms}, std::pair{"sub_forms", &update.sub_forms},
                               std::pair{"signals", &update.signals}}) {
        auto list = get_string_array(body, key, key, 100);
        if (!list) return list.error();
        if (*list) *target = std::move(**list);
    }
    auto acute = get_bool(body, "acute", "acute");
    if (!acute) return acute.error();
    update.acute = *acute;
    if (const auto* contact = body.if_contains("contact")) {
        if (!contact->is_object())
            return Error::invalid("contact", "contact must be an object with name, phone, email, organisation.");
        const auto& fields = contact->as_object();
        if (auto known = check_known_keys(fields, {"name", "phone", "email", "organisation"}, "contact."); !known)
            return known.error();
        ContactDetails details;
        for (auto [key, target] : {std::pair{"name", &details.name}, std::pair{"phone", &details.phone},
                                   std::pair{"email", &details.email},
                                   std::pair{"organisation", &details.organisation}}) {
            auto text = get_string(fields, key, std::string("contact.") + key);
            if (!text) return text.error();
            if (*text) *target = std::move(**text);
        }
        update.contact = std::move(details);
    }
    return patch;
}

}  // namespace meldpunt::web
