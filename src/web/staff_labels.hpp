// The English words staff read for the codes of the staff side (channels,
// route outcomes, persons, partners, roles, audit actions). They are msgids:
// pages pass them through Translations. Constant; thread-safe.
#pragma once

#include <string_view>

#include "domain/audit.hpp"
#include "domain/case_file.hpp"
#include "domain/staff.hpp"

namespace meldpunt::web {

// Short names of the route's steps for staff (the reporter reads longer ones).
std::string_view staff_label_of(domain::Status status);
std::string_view label_of(domain::Channel channel);
std::string_view label_of(domain::Scope scope);
std::string_view label_of(domain::SafetyOutcome outcome);
std::string_view label_of(domain::PersonRole role);
std::string_view label_of(domain::Gender gender);
std::string_view label_of(domain::Partner partner);
std::string_view label_of(domain::ReferralOutcome outcome);
std::string_view label_of(domain::CaseEntryKind kind);
std::string_view label_of(domain::Role role);
std::string_view label_of(domain::AuditAction action);

}  // namespace meldpunt::web
