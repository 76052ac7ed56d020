#include "http/router.hpp"

#include "base/text.hpp"

namespace meldpunt::http {

namespace {

bool match_pattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& parameters) {
    const auto want = split(pattern, '/');
    const auto have = split(path, '/');
    if (want.size() != have.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i].starts_with('{') && want[i].ends_with('}')) {
            if (have[i].empty()) return false;
            found.emplace(std::string(want[i].substr(1, want[i].size() - 2)), std::string(have[i]));
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    parameters = std::move(found);
    return true;
}

void add_allowed(std::string& allowed, web::Method method) {
    const std::string name(method_name(method));
    if (allowed.find(name) != std::string::npos) return;
    if (!allowed.empty()) allowed += ", ";
    allowed += name;
    if (method == web::Method::get) allowed += ", HEAD";
}

}  // namespace

std::string_view method_name(web::Method method) {
    switch (method) {
        case web::Method::get:
            return "GET";
        case web::Method::head:
            return "HEAD";
        case web::Method::post:
            return "POST";
        case web::Method::patch:
            return "PATCH";
        case web::Method::put:
            return "PUT";
        case web::Method::del:
            return "DELETE";
        case web::Method::options:
            return "OPTIONS";
        case web::Method::other:
            return "OTHER";
    }
    return "OTHER";
}

web::Method parse_method(std::string_view name) {
    for (auto method : {web::Method::get, web::Method::head, web::Method::post, web::Method::patch, web::Method::put,
                        web::Method::del, web::Method::options}) {
        if (method_name(method) == name) return method;
    }
    return web::Method::other;
}

Router::Router(std::vector<web::Route> routes) : m_routes(std::move(routes)) {
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        if (m_routes[i].pattern.find('{') == std::string::npos) {
            m_exact[m_routes[i].pattern].push_back(i);
        } else {
            m_patterns.push_back(i);
        }
    }
}

RouteMatch Router::match(web::Method method, std::string_view path) const {
    // HEAD is answered by the GET handler; the body is dropped on the way out.
    const web::Method wanted = method == web::Method::head ? web::Method::get : method;
    RouteMatch result;
    if (const auto it = m_exact.find(std::string(path)); it != m_exact.end()) {
        for (const std::size_t index : it->second) {
            add_allowed(result.allowed_methods, m_routes[index].method);
            if (m_routes[index].method == wanted) result.route = &m_routes[index];
        }
        if (result.route) return result;
    }
    for (const std::size_t index : m_patterns) {
        std::map<std::string, std::string> parameters;
        if (!match_pattern(m_routes[index].pattern, path, parameters)) continue;
        add_allowed(result.allowed_methods, m_routes[index].method);
        if (m_routes[index].method == wanted && !result.route) {
            result.route = &m_routes[index];
            result.parameters = std::move(parameters);
        }
    }
    return result;
}

}  // namespace meldpunt::http
