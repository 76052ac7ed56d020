// The SQL of migration v5's triggers. For people, over figure_person_facts.
// For signals, their forms, sub-forms and referrals: which facts each row
// adds to figure_signal_counts (the same as stats/figures says; the figures
// contract test holds the two to each other),
// written as plain SQL rather than calls to the figure_*_facts functions,
// because they run on every public report and plain SQL is several times
// cheaper there than building and parsing JSON. Built once; pure.
#pragma once

#include <string>

namespace meldpunt::storage {

std::string figure_signal_triggers();
// The people's: a fact of a record counts when no other record of the same
// identity has it (figure_person_facts, one definition in C++).
std::string figure_person_triggers();

}  // namespace meldpunt::storage
