// Small helpers the staff pages share for forms: element ids from field names,
// the error summary with links to the fields, choice lists that keep what was
// picked, query strings, and where a member of staff starts after signing in.
// Free functions; thread-safe.
#pragma once

#include <ctemplate/template.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/staff.hpp"
#include "domain/staff_ports.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

// "reporter.role" -> "reporter-role": the element id of a form field.
std::string element_id(std::string_view field);

// Shows {{#ERRORS}} with one {{#ERROR}} per error (FIELD_ID, MESSAGE, translated)
// and, once per field, {{#ERR_<FIELD>}} with MESSAGE ("reporter.role" ->
// ERR_REPORTER_ROLE) so the template can put the message next to the field.
// An error without a field links to the summary itself.
void add_errors(const Site& site, Language language, ctemplate::TemplateDictionary& values,
                const std::vector<Error>& errors);

// One entry of a list of choices (radio, checkbox, option): VALUE, LABEL,
// CHECKED when picked.
ctemplate::TemplateDictionary* add_choice(ctemplate::TemplateDictionary& values, const char* section,
                                          std::string_view value, std::string_view label, bool checked);

// Percent-encodes everything but letters, digits and -._~ (for query strings).
std::string url_encode(std::string_view text);

// Account numbers to usernames, for showing who did what.
std::map<domain::UserId, std::string> usernames_of(const std::vector<domain::StaffAccount>& accounts);
// The same for every account in the store; empty when it cannot be read (the
// page then shows numbers instead of names).
std::map<domain::UserId, std::string> usernames(domain::UserRepository& users);

// The first page this person's roles open: the queue, else accounts, else the
// audit log, else their own password page.
std::string staff_home(const domain::RoleSet& roles, Language language);

}  // namespace meldpunt::web
