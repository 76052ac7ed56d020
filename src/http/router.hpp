// Router: finds the route for a method and path. Exact paths are a hash look-up;
// patterns with {name} segments are tried in order. Also tells which methods a
// known path allows, for 405 answers. Beast-free; immutable after construction,
// so thread-safe.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "web/site.hpp"

namespace meldpunt::http {

struct RouteMatch {
    const web::Route* route = nullptr;  // null: no route for this method
    std::map<std::string, std::string> parameters;
    std::string allowed_methods;  // non-empty when the path exists
};

class Router {
  public:
    explicit Router(std::vector<web::Route> routes);
    RouteMatch match(web::Method method, std::string_view path) const;
    const std::vector<web::Route>& routes() const { return m_routes; }

  private:
    std::vector<web::Route> m_routes;
    std::unordered_map<std::string, std::vector<std::size_t>> m_exact;  // path -> route indexes
    std::vector<std::size_t> m_patterns;
};

std::string_view method_name(web::Method method);
web::Method parse_method(std::string_view name);

}  // namespace meldpunt::http
