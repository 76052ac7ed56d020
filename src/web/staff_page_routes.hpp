// The staff pages, one adder per file. Every page exists twice: Dutch under
// /staff, English under /en/staff. Every route names its permission.
#pragma once

#include <vector>

#include "web/site.hpp"

namespace meldpunt::web {

void add_staff_auth_pages(Site& site, std::vector<Route>& routes);    // sign in, first use, password, sign out
void add_staff_queue_pages(Site& site, std::vector<Route>& routes);   // the queue of signals
void add_staff_phone_pages(Site& site, std::vector<Route>& routes);   // registering a call
void add_staff_admin_pages(Site& site, std::vector<Route>& routes);   // audit log, accounts, case access
void add_staff_signal_pages(Site& site, std::vector<Route>& routes);  // one signal and what is done with it
void add_staff_office_hours_pages(Site& site, std::vector<Route>& routes);    // the chat's hours and closures
void add_staff_canned_answer_pages(Site& site, std::vector<Route>& routes);  // the chat console's answers
void add_staff_chat_pages(Site& site, std::vector<Route>& routes);  // the chat console, registering, live view
void add_staff_figures_pages(Site& site, std::vector<Route>& routes);            // the coordinator's dashboard
void add_staff_published_figures_pages(Site& site, std::vector<Route>& routes);  // published tables and downloads

}  // namespace meldpunt::web
