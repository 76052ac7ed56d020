// The SQL functions migration v5's triggers call to learn which facts a row
// adds to the figures: figure_signal_facts, figure_form_facts,
// figure_referral_facts (JSON arrays of [dimension, value]) and
// figure_person_facts (JSON arrays of [dimension, period, area, value]). They
// wrap stats/figures, so the definition of a fact lives in one place.
// Registered on every connection (a writer needs them, a reader's recount too).
#pragma once

struct sqlite3;

namespace meldpunt::storage::sqlite {

// False when SQLite refused one.
bool register_figure_functions(sqlite3* db);

}  // namespace meldpunt::storage::sqlite
