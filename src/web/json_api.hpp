// Helpers for the JSON API: one error shape ({"error": {"code", "field"?,
// "message"}}), one mapping from ErrorCode to HTTP status, and strict reading of
// request bodies (media type, depth, types, unknown keys). Thread-safe.
#pragma once

#include <boost/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/signal.hpp"
#include "web/http_types.hpp"

namespace meldpunt::web {

int status_of(ErrorCode code);
Response json_error(const Error& error);
Response json_error(int status, std::string_view code, std::string_view message, std::string_view field = {});
Response json_response(int status, const boost::json::value& value);

// Checks the media type and parses a JSON object body.
Result<boost::json::object> read_json_object(const Request& request);

// Each getter: absent -> nullopt (or default); wrong type -> invalid_input naming `field`.
Result<std::optional<std::string>> get_string(const boost::json::object& object, std::string_view key,
                                              std::string_view field);
Result<std::optional<bool>> get_bool(const boost::json::object& object, std::string_view key, std::string_view field);
Result<std::optional<std::vector<std::string>>> get_string_array(const boost::json::object& object,
                                                                 std::string_view key, std::string_view field,
                                                                 std::size_t max_items);
// Refuses keys outside `allowed`, so a typo is an error and not silently lost.
Result<void> check_known_keys(const boost::json::object& object, std::initializer_list<std::string_view> allowed,
                              std::string_view prefix);

// The signal shape of POST /api/v1/signals, also used when staff register a
// call through the API: strict about keys and types.
Result<domain::SignalInput> signal_input_from_json(const boost::json::object& body);

// A JSON object body whose members are all optional strings, named in `keys`
// (others are refused): the values sent, by key.
Result<std::map<std::string, std::string>> read_string_fields(const Request& request,
                                                              std::initializer_list<std::string_view> keys);

// "Bearer <token>" -> token, or empty.
std::string bearer_token(const Request& request);

}  // namespace meldpunt::web
