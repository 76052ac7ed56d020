#include "storage/sqlite/figure_functions.hpp"

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "stats/figures.hpp"

namespace meldpunt::storage::sqlite {

namespace {

std::string_view text_of(sqlite3_value* value) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value))) : std::string_view{};
}

// Codes are plain ASCII, but a nationality or a future code must never break the JSON.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void result_pairs(sqlite3_context* context, const std::vector<stats::Fact>& facts) {
    std::string json = "[";
    for (const auto& fact : facts) {
        if (json.size() > 1) json += ',';
        json += '[';
        append_json_string(json, fact.dimension);
        json += ',';
        append_json_string(json, fact.value);
        json += ']';
    }
    json += ']';
    sqlite3_result_text(context, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
}

void signal_facts_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    result_pairs(context, stats::signal_facts({text_of(arguments[0]), text_of(arguments[1]), text_of(arguments[2]),
                                               text_of(arguments[3]), text_of(arguments[4]), text_of(arguments[5])}));
}

void form_facts_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    result_pairs(context, stats::form_facts(text_of(arguments[0]), text_of(arguments[1]), text_of(arguments[2])));
}

void referral_facts_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    result_pairs(context, stats::referral_facts(text_of(arguments[0]), text_of(arguments[1])));
}

// (role, age, minor_at_start, gender, nationality, month, area): every fact in
// the month, its quarter and its year, for the area and for the region.
void person_facts_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    const std::int64_t month = sqlite3_value_int64(arguments[5]);
    std::string json = "[";
    if (month > 0) {
        std::optional<int> age;
        if (sqlite3_value_type(arguments[1]) != SQLITE_NULL) age = sqlite3_value_int(arguments[1]);
        const auto facts = stats::person_facts(
            {text_of(arguments[0]), age, text_of(arguments[2]), text_of(arguments[3]), text_of(arguments[4])});
        const std::string_view area = text_of(arguments[6]);
        for (const int period : stats::periods_of_month(static_cast<int>(month)))
            for (const std::string_view where : {stats::kRegion, area})
                for (const auto& fact : facts) {
                    if (json.size() > 1) json += ',';
                    json += '[';
                    append_json_string(json, fact.dimension);
                    json += ',' + std::to_string(period) + ',';
                    append_json_string(json, where);
                    json += ',';
                    append_json_string(json, fact.value);
                    json += ']';
                }
    }
    json += ']';
    sqlite3_result_text(context, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
}

bool add(sqlite3* db, const char* name, int arguments, void (*function)(sqlite3_context*, int, sqlite3_value**)) {
    return sqlite3_create_function_v2(db, name, arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, function,
                                      nullptr, nullptr, nullptr) == SQLITE_OK;
}

}  // namespace

bool register_figure_functions(sqlite3* db) {
    return add(db, "figure_signal_facts", 6, signal_facts_function) &&
           add(db, "figure_form_facts", 3, form_facts_function) &&
           add(db, "figure_referral_facts", 2, referral_facts_function) &&
           add(db, "figure_person_facts", 7, person_facts_function);
}

}  // namespace meldpunt::storage::sqlite
