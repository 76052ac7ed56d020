// The staff JSON API outside signals: registering a call, the audit trail.
// (Sign-in, password change and sign-out follow with the accounts service.)
#include "security/staff_sessions.hpp"
#include "web/json_api.hpp"
#include "web/site.hpp"
#include "web/staff_json.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;
namespace json = boost::json;

void add_staff_account_api_routes(Site&, std::vector<Route>&) {}
void add_staff_page_routes(Site&, std::vector<Route>&) {}

}  // namespace meldpunt::web
