#include "web/figures_report.hpp"

#include <cstdio>

#include "base/working_days.hpp"
#include "domain/municipality.hpp"
#include "stats/published_figures.hpp"
#include "web/figure_labels.hpp"
#include "web/staff_figures.hpp"

namespace meldpunt::web {

namespace {

// The numbers in sentences are the tables' own (a total as published), so a
// sentence never shows what suppression hid there, nor a number counted
// differently from the tables (which a difference would give away).
std::string shown_cell(const Translations& words, Language language, const stats::ShownCount& count) {
    return count ? format_count(*count, language) : std::string(words.get(language, "a number we do not show"));
}

const stats::PublishedFigureTable* find_table(const stats::PublishedFigures& published, std::string_view id) {
    for (const auto& table : published.tables)
        if (table.definition->id == id) return &table;
    return nullptr;
}

// A bar per row of a published table, from its row totals; a hidden total
// gets no bar (the table beside it shows the ".").
exports::BarChart chart_of_rows(const Translations& words, Language language, std::string_view title,
                                std::string_view unit_msgid, const stats::PublishedFigureTable& now,
                                const stats::PublishedFigureTable* before) {
    exports::BarChart chart{std::string(words.get(language, title)), std::string(words.get(language, unit_msgid)),
                            before ? std::string(words.get(language, "the period before")) : std::string(), {}};
    const std::string_view dimension = stats::code_of(now.definition->rows);
    for (std::size_t r = 0; r < now.table.rows.size(); ++r) {
        const auto& total = now.table.row_totals[r];
        if (!total || *total == 0) continue;
        std::int64_t previous = -1;
        if (before && r < before->table.row_totals.size() && before->table.row_totals[r])
            previous = *before->table.row_totals[r];
        chart.bars.push_back({figure_value_label(words, language, dimension, now.table.rows[r]), *total, previous});
    }
    return chart;
}

std::vector<std::string> explanation(const Translations& words, Language language,
                                     const stats::DisclosureSettings& settings) {
    return {
        std::string(words.get(language,
                              "A signal is an advice question or a report about possible human trafficking that came "
                              "in at the Meld- en Adviespunt Mensenhandel, by form, chat, phone or otherwise. Signals "
                              "are counted in the period they came in, and under the municipality they are about.")),
        std::string(words.get(language,
                              "People are counted once: when staff find that several signals are about the same "
                              "person, that person counts once in the figures of possible victims, in each period "
                              "and area they appear in. A signal can name more than one form of exploitation, so "
                              "totals across forms are not shown (.).")),
        settings.method == stats::DisclosureMethod::rounding
            ? words.fill(language,
                         "To protect the people behind the figures, every number is rounded to a multiple of {base}; "
                         "a number above zero is never shown as 0.",
                         {{"base", format_count(settings.base, language)}})
            : words.fill(language,
                         "To protect the people behind the figures, numbers from 1 to {below} are not shown. Where "
                         "such a number could be worked out from the totals, more numbers are hidden. A hidden "
                         "number is shown as a dot (.).",
                         {{"below", format_count(settings.k - 1, language)}}),
        std::string(words.get(language,
                              "The tables of people count each person once per row: someone who appears in two "
                              "municipalities, or with two ages in one period, is in two rows, so their totals can "
                              "be higher than the number of people.")),
        std::string(words.get(language,
                              "No table shows minors together with both their nationality and their municipality.")),
    };
}

}  // namespace

std::string suppression_note(const Translations& words, Language language, const stats::DisclosureSettings& settings) {
    if (settings.method == stats::DisclosureMethod::rounding)
        return words.fill(language, "Every number is rounded to a multiple of {base}.",
                          {{"base", format_count(settings.base, language)}});
    return words.fill(language, ". = fewer than {k}, or hidden because it would reveal such a number.",
                      {{"k", format_count(settings.k, language)}});
}

Result<exports::ReportDocument> figures_report(const Translations& words, Language language,
                                               stats::FiguresSource& figures, const stats::Period& period,
                                               const stats::DisclosureSettings& settings, TimePoint made_at) {
    auto region = stats::publish_figures(figures, period, stats::kRegion, settings);
    if (!region) return region.error();
    auto region_before = stats::publish_figures(figures, period.previous(), stats::kRegion, settings);
    if (!region_before) return region_before.error();

    exports::ReportDocument document{};
    document.language = std::string(language == Language::nl ? std::string_view("nl") : std::string_view("en"));
    document.title = words.fill(language, "Human trafficking in Flevoland: figures {period}",
                                {{"period", period_label(words, language, period)}});
    document.subtitle = std::string(words.get(language, "Meld- en Adviespunt Mensenhandel, Veilig Thuis Flevoland"));
    document.explanation_heading = std::string(words.get(language, "How these figures are made"));
    document.explanation = explanation(words, language, settings);
    document.suppressed_note = suppression_note(words, language, settings);
    const Date day = local_date(made_at);
    char made_on[16];
    std::snprintf(made_on, sizeof made_on, "%02u-%02u-%04d", static_cast<unsigned>(day.day()),
                  static_cast<unsigned>(day.month()), static_cast<int>(day.year()));
    document.footer = words.fill(language, "Made on {date}", {{"date", made_on}});
    document.continued_label = std::string(words.get(language, "(continued)"));

    const auto* by_kind = find_table(*region, "municipality_by_kind");
    // The region first, then each municipality with its own publication.
    exports::ReportSection whole{area_label(words, language, stats::kRegion), {}, {}, {}};
    if (!by_kind) return Error::make(ErrorCode::internal, "The table per municipality is missing.");
    whole.paragraphs.push_back(words.fill(language, "In {period}, {signals} signals came in.",
                                          {{"period", period_label(words, language, period)},
                                           {"signals", shown_cell(words, language, by_kind->table.total)}}));
    whole.charts.push_back(chart_of_rows(words, language, "Signals per municipality", "signals", *by_kind,
                                         find_table(*region_before, "municipality_by_kind")));
    if (const auto* forms = find_table(*region, "scope_by_form"))
        whole.charts.push_back(chart_of_rows(words, language, "Signals per form of exploitation", "signals", *forms,
                                             find_table(*region_before, "scope_by_form")));
    if (const auto* ages = find_table(*region, "victims_by_age_and_gender"))
        whole.charts.push_back(chart_of_rows(words, language, "Possible victims by age", "possible victims", *ages,
                                             find_table(*region_before, "victims_by_age_and_gender")));
    for (const auto& table : region->tables) whole.tables.push_back(labelled_table(words, language, table));
    document.sections.push_back(std::move(whole));

    const auto row_of = [&](std::string_view code) {
        for (std::size_t r = 0; r < by_kind->table.rows.size(); ++r)
            if (by_kind->table.rows[r] == code) return by_kind->table.row_totals[r];
        return stats::ShownCount{};
    };
    for (const auto& municipality : domain::flevoland_municipalities()) {
        const std::string_view code = municipality.cbs_code;
        auto own = stats::publish_figures(figures, period, code, settings);
        if (!own) return own.error();
        auto own_before = stats::publish_figures(figures, period.previous(), code, settings);
        if (!own_before) return own_before.error();
        exports::ReportSection section{std::string(municipality.name), {}, {}, {}};
        section.paragraphs.push_back(words.fill(language, "In {period}, {signals} signals were about {municipality}.",
                                                {{"period", period_label(words, language, period)},
                                                 {"signals", shown_cell(words, language, row_of(code))},
                                                 {"municipality", std::string(municipality.name)}}));
        if (const auto* forms = find_table(*own, "scope_by_form"))
            section.charts.push_back(chart_of_rows(words, language, "Signals per form of exploitation", "signals",
                                                   *forms, find_table(*own_before, "scope_by_form")));
        for (const auto& table : own->tables) section.tables.push_back(labelled_table(words, language, table));
        document.sections.push_back(std::move(section));
    }
    return document;
}

}  // namespace meldpunt::web
