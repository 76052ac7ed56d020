// Made-up Dutch text for demo signals: a description that fits the signal's
// forms and reporter, and contact details for reporters who are not anonymous.
// Plausible, never real: names come from short common lists, phone numbers from
// the 06 range, addresses from the reserved example.nl domain.
// Free functions; thread-safe as long as each thread has its own generator.
#pragma once

#include <random>
#include <string>

#include "domain/ports.hpp"

namespace meldpunt::cli {

std::string demo_description(std::mt19937_64& random, const domain::StoredSignal& signal);
domain::ContactDetails demo_contact(std::mt19937_64& random, const domain::StoredSignal& signal);

}  // namespace meldpunt::cli
