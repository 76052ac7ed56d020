// The English words people read for each code of the domain's vocabulary. They
// are msgids: pages pass them through Translations. Constant; thread-safe.
#pragma once

#include <string_view>

#include "domain/reporter_desk.hpp"

namespace meldpunt::web {

std::string_view label_of(domain::ReporterRole role);
std::string_view label_of(domain::Sector sector);
std::string_view label_of(domain::Anonymity anonymity);
std::string_view hint_of(domain::Anonymity anonymity);
std::string_view label_of(domain::ExploitationForm form);
std::string_view hint_of(domain::ExploitationForm form);
std::string_view label_of(domain::SignalGroup group);
std::string_view label_of(domain::MinorsInvolved answer);
std::string_view label_of(domain::Status status);
std::string_view label_of(domain::SignalKind kind);
std::string_view label_of(domain::MessageAuthor author);
std::string_view label_of(domain::Municipality municipality);

}  // namespace meldpunt::web
