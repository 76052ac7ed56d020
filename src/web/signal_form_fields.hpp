// The form fields of a signal (the public report form and the staff phone
// intake share their names) read into a domain::SignalInput. Thread-safe.
#pragma once

#include "domain/signal.hpp"
#include "web/http_types.hpp"

namespace meldpunt::web {

// `kind` comes from the field of that name; the public form sets it from the page.
domain::SignalInput signal_input_from_form(const FormFields& posted);

}  // namespace meldpunt::web
