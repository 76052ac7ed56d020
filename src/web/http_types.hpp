// Request and Response as the handlers see them: plain values with no HTTP
// library behind them, so web/ compiles without Beast. http/ fills a Request
// from the wire (already size-checked and decoded) and writes the Response back.
// Values; not shared between threads.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace meldpunt::security {
struct StaffSession;
}

namespace meldpunt::web {

enum class Method { get, head, post, patch, put, del, options, other };

enum class Language { nl, en };
std::string_view code_of(Language language);

// Form fields keep their order and repeats (checkbox groups send one per box).
using FormFields = std::vector<std::pair<std::string, std::string>>;

struct Request {
    Method method = Method::get;
    std::string path;  // decoded, without the query
    std::map<std::string, std::string> query;
    std::string content_type;  // media type only, lower case
    std::string authorization;
    std::string fetch_site;  // Sec-Fetch-Site, sent by browsers
    std::string cookie;       // the raw Cookie header (only the staff side sets one)
    std::string csrf_header;  // X-CSRF-Token, for staff API calls signed in by cookie
    bool over_https = false;  // our TLS proxy says so: cookies get `Secure`
    std::string body;
    FormFields form;  // for x-www-form-urlencoded bodies
    std::map<std::string, std::string> path_parameters;
    // Only for the rate limiters, which hash it with a secret salt in memory.
    // Never logged, never stored.
    std::string client_address;
    // Set by the access check for routes that need a signed-in member of staff.
    std::shared_ptr<const security::StaffSession> staff;
    // False for a check that is no use of the session (an open chat console
    // looking whether its session still holds): the idle timeout keeps running.
    bool touches_session = true;
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static Response text(int status, std::string body);
    static Response json(int status, std::string body);
    static Response html(int status, std::string body);
};

// All values of a repeated form field, and the first value of a single one.
std::vector<std::string> form_values(const FormFields& form, std::string_view name);
std::string form_value(const FormFields& form, std::string_view name);

}  // namespace meldpunt::web
