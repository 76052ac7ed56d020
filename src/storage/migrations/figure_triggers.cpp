#include "storage/migrations/figure_triggers.hpp"

#include <string_view>

namespace meldpunt::storage {

namespace {

using namespace std::string_literals;

// Adds `sign` (1 or -1) for every row of `select` (dimension, month, area, value).
std::string count(const std::string& select, std::string_view sign) {
    std::string sql = "  INSERT INTO figure_signal_counts (dimension, month, area, value, count)\n    " + select;
    const auto at = sql.find("{sign}");
    sql.replace(at, 6, sign);
    return sql + "\n    ON CONFLICT (dimension, month, area, value) DO UPDATE SET count = count + excluded.count;\n";
}

// A signal's own facts: all, kind, channel, reporter_role, minors, scope, status.
std::string signal_rows(std::string_view row) {
    const std::string r(row);
    return "SELECT f.dimension, local_month(" + r + ".received_at), " + r + ".municipality, f.value, {sign} FROM (\n"
           "      SELECT 'all' AS dimension, '' AS value UNION ALL SELECT 'kind', " + r + ".kind\n"
           "      UNION ALL SELECT 'channel', " + r + ".channel UNION ALL SELECT 'reporter_role', " + r + ".reporter_role\n"
           "      UNION ALL SELECT 'minors', " + r + ".minors_involved UNION ALL SELECT 'scope', " + r + ".scope\n"
           "      UNION ALL SELECT 'status', " + r + ".status) AS f WHERE true";
}

// The facts of forms (form, minors_form, scope_form): `from` gives the form
// `form`, and `signal` the row whose month, area, minors and scope apply.
std::string form_rows(std::string_view signal, std::string_view form, std::string_view from, std::string_view where) {
    const std::string s(signal), f(form);
    return "SELECT CASE d.n WHEN 0 THEN 'form' WHEN 1 THEN 'minors_form' ELSE 'scope_form' END, local_month(" + s +
           ".received_at), " + s + ".municipality,\n      CASE d.n WHEN 0 THEN " + f + " WHEN 1 THEN " + s +
           ".minors_involved || '|' || " + f + " ELSE " + s + ".scope || '|' || " + f + " END, {sign}\n    FROM " +
           std::string(from) + ", (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2) AS d WHERE " + std::string(where);
}

std::string sub_form_rows(std::string_view signal, std::string_view sub_form, std::string_view from,
                          std::string_view where) {
    const std::string s(signal);
    return "SELECT 'sub_form', local_month(" + s + ".received_at), " + s + ".municipality, " + std::string(sub_form) +
           ", {sign} FROM " + std::string(from) + " WHERE " + std::string(where);
}

// partner, referral_outcome.
std::string referral_rows(std::string_view signal, std::string_view partner, std::string_view outcome,
                          std::string_view from, std::string_view where) {
    const std::string s(signal);
    return "SELECT CASE d.n WHEN 0 THEN 'partner' ELSE 'referral_outcome' END, local_month(" + s + ".received_at), " +
           s + ".municipality,\n      CASE d.n WHEN 0 THEN " + std::string(partner) + " ELSE " + std::string(outcome) +
           " END, {sign}\n    FROM " + std::string(from) + ", (SELECT 0 AS n UNION ALL SELECT 1) AS d WHERE " +
           std::string(where);
}

// What hangs under a signal (forms, sub-forms, referrals), filed under `row`'s month, area, minors and scope.
std::string dependants(std::string_view row, std::string_view sign) {
    const std::string r(row);
    return count(form_rows(r, "x.form", "signal_forms AS x", "x.signal_id = " + r + ".id"), sign) +
           count(sub_form_rows(r, "x.sub_form", "signal_sub_forms AS x", "x.signal_id = " + r + ".id"), sign) +
           count(referral_rows(r, "x.partner", "x.outcome", "referrals AS x", "x.signal_id = " + r + ".id"), sign);
}

// Adds `sign` for each fact of `row` (OLD or NEW) that no other record of its
// identity has: the first record with a fact brings it, the last one takes it.
std::string person_count(std::string_view row, std::string_view sign) {
    const std::string r(row);
    const auto facts = [](const std::string& p) {
        return "figure_person_facts(" + p + ".role, " + p + ".age, " + p + ".minor_at_start, " + p + ".gender, " + p +
               ".nationality, " + p + ".figure_month, " + p + ".figure_area)";
    };
    return "  INSERT INTO figure_person_counts (dimension, period, area, value, count)\n"
           "    SELECT json_extract(f.value, '$[0]'), json_extract(f.value, '$[1]'), json_extract(f.value, '$[2]'), "
           "json_extract(f.value, '$[3]'), " + std::string(sign) + "\n"
           "    FROM json_each(" + facts(r) + ") AS f\n"
           "    WHERE NOT EXISTS (SELECT 1 FROM persons AS o, json_each(" + facts("o") + ") AS g\n"
           "      WHERE o.identity = " + r + ".identity AND o.id <> " + r + ".id AND g.value = f.value)\n"
           "    ON CONFLICT (dimension, period, area, value) DO UPDATE SET count = count + excluded.count;\n";
}

constexpr std::string_view kPersonColumns =
    "role, age, minor_at_start, gender, nationality, identity, figure_month, figure_area";

}  // namespace

std::string figure_person_triggers() {
    // A changed record leaves its old facts and joins with its new ones; each
    // half only looks at the identity's other records, so their order does not
    // matter. The WHEN clauses skip records not yet filed or without identity.
    return "CREATE TRIGGER figures_person_left AFTER UPDATE OF " + std::string(kPersonColumns) +
           " ON persons\n  WHEN OLD.identity <> 0 AND OLD.figure_month <> 0 BEGIN\n" + person_count("OLD", "-1") +
           "END;\n"
           "CREATE TRIGGER figures_person_joined AFTER UPDATE OF " + std::string(kPersonColumns) +
           " ON persons\n  WHEN NEW.identity <> 0 AND NEW.figure_month <> 0 BEGIN\n" + person_count("NEW", "1") +
           "END;\n"
           "CREATE TRIGGER figures_person_removed AFTER DELETE ON persons\n"
           "  WHEN OLD.identity <> 0 AND OLD.figure_month <> 0 BEGIN\n" + person_count("OLD", "-1") + "END;\n";
}

std::string figure_signal_triggers() {
    std::string sql;
    sql += "CREATE TRIGGER figures_signal_added AFTER INSERT ON signals BEGIN\n" + count(signal_rows("NEW"), "1") +
           "END;\n";
    sql +=
        "CREATE TRIGGER figures_signal_changed AFTER UPDATE OF kind, channel, reporter_role, minors_involved, scope, "
        "status,\n    municipality, received_at ON signals\n"
        "  WHEN OLD.kind IS NOT NEW.kind OR OLD.channel IS NOT NEW.channel OR OLD.reporter_role IS NOT "
        "NEW.reporter_role\n"
        "    OR OLD.minors_involved IS NOT NEW.minors_involved OR OLD.scope IS NOT NEW.scope OR OLD.status IS NOT "
        "NEW.status\n"
        "    OR OLD.municipality IS NOT NEW.municipality OR OLD.received_at IS NOT NEW.received_at BEGIN\n" +
        count(signal_rows("OLD"), "-1") + count(signal_rows("NEW"), "1") + "END;\n";
    // A signal's forms, sub-forms, referrals and people are filed under its
    // month, area, minors and scope: move them when those change.
    sql +=
        "CREATE TRIGGER figures_signal_moved AFTER UPDATE OF minors_involved, scope, municipality, received_at ON "
        "signals\n"
        "  WHEN OLD.minors_involved IS NOT NEW.minors_involved OR OLD.scope IS NOT NEW.scope\n"
        "    OR OLD.municipality IS NOT NEW.municipality OR OLD.received_at IS NOT NEW.received_at BEGIN\n" +
        dependants("OLD", "-1") + dependants("NEW", "1") +
        "  UPDATE persons SET figure_month = local_month(NEW.received_at), figure_area = NEW.municipality\n"
        "    WHERE signal_id = NEW.id;\nEND;\n";
    // Before the row goes: a cascade deletes forms, sub-forms and referrals
    // after the signal, when their own triggers no longer find it. People carry
    // their own month and area, so their trigger needs no signal.
    sql += "CREATE TRIGGER figures_signal_removed BEFORE DELETE ON signals BEGIN\n" + count(signal_rows("OLD"), "-1") +
           dependants("OLD", "-1") + "END;\n";
    sql += "CREATE TRIGGER figures_form_added AFTER INSERT ON signal_forms BEGIN\n" +
           count(form_rows("s", "NEW.form", "signals AS s", "s.id = NEW.signal_id"), "1") + "END;\n";
    sql += "CREATE TRIGGER figures_form_removed AFTER DELETE ON signal_forms BEGIN\n" +
           count(form_rows("s", "OLD.form", "signals AS s", "s.id = OLD.signal_id"), "-1") + "END;\n";
    sql += "CREATE TRIGGER figures_sub_form_added AFTER INSERT ON signal_sub_forms BEGIN\n" +
           count(sub_form_rows("s", "NEW.sub_form", "signals AS s", "s.id = NEW.signal_id"), "1") + "END;\n";
    sql += "CREATE TRIGGER figures_sub_form_removed AFTER DELETE ON signal_sub_forms BEGIN\n" +
           count(sub_form_rows("s", "OLD.sub_form", "signals AS s", "s.id = OLD.signal_id"), "-1") + "END;\n";
    sql += "CREATE TRIGGER figures_referral_added AFTER INSERT ON referrals BEGIN\n" +
           count(referral_rows("s", "NEW.partner", "NEW.outcome", "signals AS s", "s.id = NEW.signal_id"), "1") +
           "END;\n";
    sql += "CREATE TRIGGER figures_referral_changed AFTER UPDATE OF partner, outcome ON referrals BEGIN\n" +
           count(referral_rows("s", "OLD.partner", "OLD.outcome", "signals AS s", "s.id = OLD.signal_id"), "-1") +
           count(referral_rows("s", "NEW.partner", "NEW.outcome", "signals AS s", "s.id = NEW.signal_id"), "1") +
           "END;\n";
    sql += "CREATE TRIGGER figures_referral_removed AFTER DELETE ON referrals BEGIN\n" +
           count(referral_rows("s", "OLD.partner", "OLD.outcome", "signals AS s", "s.id = OLD.signal_id"), "-1") +
           "END;\n";
    return sql;
}

}  // namespace meldpunt::storage
