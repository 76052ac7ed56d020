// The periodic report of published figures: for one period, the region and
// each of the six municipalities, with bar charts and tables of published
// counts only (disclosure control applied; a sentence's number too) and a
// short explanation of how the figures are made and why some are hidden, as a
// municipality would put it on a council agenda. Everything worded in the
// reader's language; exports/report_pdf lays it out, exports/table_xlsx takes
// its tables. Used by `meldpunt report` and the staff downloads. Thread-safe
// (the port is).
#pragma once

#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "exports/report_document.hpp"
#include "stats/disclosure.hpp"
#include "stats/figures.hpp"
#include "web/translations.hpp"

namespace meldpunt::web {

Result<exports::ReportDocument> figures_report(const Translations& words, Language language,
                                               stats::FiguresSource& figures, const stats::Period& period,
                                               const stats::DisclosureSettings& settings, TimePoint made_at);

// What a hidden or rounded count means, for under every published table.
std::string suppression_note(const Translations& words, Language language, const stats::DisclosureSettings& settings);

}  // namespace meldpunt::web
