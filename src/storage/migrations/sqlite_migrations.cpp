#include "storage/migrations/sqlite_migrations.hpp"

#include <array>
#include <string>

#include "storage/migrations/figure_triggers.hpp"

namespace meldpunt::storage {

namespace {

// Categorical columns are plain text codes (statistics need them). What a person
// typed lives only in the sealed_* blobs. No column holds an address, a user
// agent or a receipt.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE signals (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    kind             TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    reporter_role    TEXT    NOT NULL,
    sector           TEXT,
    anonymity        TEXT    NOT NULL,
    municipality     TEXT    NOT NULL,
    minors_involved  TEXT    NOT NULL,
    acute            INTEGER NOT NULL,
    received_at      INTEGER NOT NULL,
    receipt_lookup   BLOB    NOT NULL UNIQUE,
    sealed_content   BLOB    NOT NULL,
    key_for_service  BLOB    NOT NULL,
    key_for_receipt  BLOB    NOT NULL
);
CREATE TABLE signal_forms (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    form      TEXT    NOT NULL,
    PRIMARY KEY (signal_id, form)
) WITHOUT ROWID;
CREATE TABLE signal_indicators (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    PRIMARY KEY (signal_id, code)
) WITHOUT ROWID;
CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    signal_id   INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    author      TEXT    NOT NULL,
    sent_at     INTEGER NOT NULL,
    sealed_body BLOB    NOT NULL
);
CREATE INDEX messages_by_signal ON messages(signal_id, id);
)sql";

// Staff side. Times are unix milliseconds. deadline_key repeats the deadline
// (or INT64_MAX without one) so the queue's order is one plain index walk, with
// signals without a deadline last. Who did something is a users.id, not a name.
constexpr std::string_view kSchemaV2 = R"sql(
ALTER TABLE signals ADD COLUMN scope TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE signals ADD COLUMN safety_outcome TEXT;
ALTER TABLE signals ADD COLUMN assigned_to INTEGER;
ALTER TABLE signals ADD COLUMN registered_by INTEGER;
ALTER TABLE signals ADD COLUMN deadline INTEGER;
ALTER TABLE signals ADD COLUMN deadline_key INTEGER NOT NULL DEFAULT 9223372036854775807;
ALTER TABLE signals ADD COLUMN investigation_started_at INTEGER;
ALTER TABLE signals ADD COLUMN closed_at INTEGER;
ALTER TABLE signals ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE signals SET updated_at = received_at;

CREATE INDEX signals_open_queue ON signals(deadline_key, id) WHERE status <> 'closed';
CREATE INDEX signals_by_assignee ON signals(assigned_to, deadline_key, id);
-- One step of the route, closed ones included (the archive), in queue order.
CREATE INDEX signals_by_status ON signals(status, deadline_key, id);

CREATE TABLE signal_sub_forms (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    sub_form  TEXT    NOT NULL,
    PRIMARY KEY (signal_id, sub_form)
) WITHOUT ROWID;

CREATE TABLE persons (
    id             INTEGER PRIMARY KEY,
    signal_id      INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    role           TEXT    NOT NULL,
    age            INTEGER,
    age_estimated  INTEGER NOT NULL,
    minor_at_start TEXT    NOT NULL,
    gender         TEXT    NOT NULL,
    nationality    TEXT    NOT NULL,
    identity       INTEGER NOT NULL
);
CREATE INDEX persons_by_signal ON persons(signal_id, id);
CREATE INDEX persons_by_identity ON persons(identity);

CREATE TABLE referrals (
    id          INTEGER PRIMARY KEY,
    signal_id   INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    partner     TEXT    NOT NULL,
    referred_at INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    by          INTEGER NOT NULL
);
CREATE INDEX referrals_by_signal ON referrals(signal_id, id);

CREATE TABLE case_entries (
    id          INTEGER PRIMARY KEY,
    signal_id   INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    author      INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    sealed_body BLOB    NOT NULL
);
CREATE INDEX case_entries_by_signal ON case_entries(signal_id, id);

-- fields: the changed field names, comma-separated.
CREATE TABLE signal_changes (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    by        INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    fields    TEXT    NOT NULL,
    PRIMARY KEY (signal_id, version)
) WITHOUT ROWID;

CREATE TABLE users (
    id                       INTEGER PRIMARY KEY,
    username                 TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    roles                    TEXT    NOT NULL,
    disabled                 INTEGER NOT NULL,
    password_salt            BLOB    NOT NULL,
    password_verifier        BLOB    NOT NULL,
    password_change_required INTEGER NOT NULL,
    totp_secret_sealed       BLOB    NOT NULL,
    totp_last_step           INTEGER NOT NULL,
    totp_enrolled            INTEGER NOT NULL,
    failed_logins            INTEGER NOT NULL,
    locked_until             INTEGER,
    public_key               BLOB    NOT NULL,
    private_key_wrapped      BLOB    NOT NULL,
    service_key_grant        BLOB    NOT NULL,
    created_at               INTEGER NOT NULL
);

-- Append-only, also against someone with the file and the sqlite3 shell: the
-- triggers refuse change and removal, and the hash chain shows what got past.
CREATE TABLE audit_log (
    sequence        INTEGER PRIMARY KEY CHECK (sequence >= 1),
    at              INTEGER NOT NULL,
    actor           INTEGER NOT NULL,
    action          TEXT    NOT NULL,
    signal_id       INTEGER,
    subject_user_id INTEGER,
    hash            BLOB    NOT NULL
);
CREATE INDEX audit_log_by_actor ON audit_log(actor, sequence);
CREATE INDEX audit_log_by_signal ON audit_log(signal_id, sequence) WHERE signal_id IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

// The chat's settings (issue 4). chat_office_hours has at most one row; until
// it exists the defaults in the code apply (Monday to Friday, 09:00-17:00).
// Windows are local minutes after midnight on a weekday (0 = Sunday, as
// std::chrono::weekday::c_encoding). Closure dates are "YYYY-MM-DD".
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE chat_office_hours (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    liberation_day        TEXT    NOT NULL,
    closed_on_good_friday INTEGER NOT NULL
);
CREATE TABLE chat_office_hours_windows (
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    from_minute INTEGER NOT NULL CHECK (from_minute >= 0),
    to_minute   INTEGER NOT NULL CHECK (to_minute <= 1440 AND to_minute > from_minute),
    PRIMARY KEY (weekday, from_minute)
) WITHOUT ROWID;
CREATE TABLE chat_closures (
    date  TEXT NOT NULL PRIMARY KEY,
    label TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE chat_canned_answers (
    id       INTEGER PRIMARY KEY,
    language TEXT    NOT NULL CHECK (language IN ('nl', 'en')),
    title    TEXT    NOT NULL,
    body     TEXT    NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX chat_canned_answers_in_order ON chat_canned_answers(language, position, id);
)sql";

// Figures (issue 5): counts per local month kept by triggers in the same
// transaction as every change, so they are never behind and never a nightly
// guess. Dimensions of a signal: all, kind, channel, municipality,
// reporter_role, minors, scope, status; form and sub_form from their tables.
// A count may reach 0 and stay as a row. local_month() is registered by
// storage::sqlite::Database on every connection.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE stats_signal_counts (
    month     INTEGER NOT NULL,
    dimension TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (month, dimension, value)
) WITHOUT ROWID;
CREATE TRIGGER stats_signal_added AFTER INSERT ON signals BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(NEW.received_at), dimension, value, 1 FROM (SELECT 'all' AS dimension, '' AS value
      UNION ALL SELECT 'kind' AS dimension, NEW.kind AS value
      UNION ALL SELECT 'channel' AS dimension, NEW.channel AS value
      UNION ALL SELECT 'municipality' AS dimension, NEW.municipality AS value
      UNION ALL SELECT 'reporter_role' AS dimension, NEW.reporter_role AS value
      UNION ALL SELECT 'minors' AS dimension, NEW.minors_involved AS value
      UNION ALL SELECT 'scope' AS dimension, NEW.scope AS value
      UNION ALL SELECT 'status' AS dimension, NEW.status AS value)
    WHERE true ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER stats_signal_changed AFTER UPDATE OF kind, channel, municipality, reporter_role, minors_involved,
    scope, status, received_at ON signals BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(OLD.received_at), dimension, value, -1 FROM (SELECT 'all' AS dimension, '' AS value
      UNION ALL SELECT 'kind' AS dimension, OLD.kind AS value
      UNION ALL SELECT 'channel' AS dimension, OLD.channel AS value
      UNION ALL SELECT 'municipality' AS dimension, OLD.municipality AS value
      UNION ALL SELECT 'reporter_role' AS dimension, OLD.reporter_role AS value
      UNION ALL SELECT 'minors' AS dimension, OLD.minors_involved AS value
      UNION ALL SELECT 'scope' AS dimension, OLD.scope AS value
      UNION ALL SELECT 'status' AS dimension, OLD.status AS value)
    WHERE true ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(NEW.received_at), dimension, value, 1 FROM (SELECT 'all' AS dimension, '' AS value
      UNION ALL SELECT 'kind' AS dimension, NEW.kind AS value
      UNION ALL SELECT 'channel' AS dimension, NEW.channel AS value
      UNION ALL SELECT 'municipality' AS dimension, NEW.municipality AS value
      UNION ALL SELECT 'reporter_role' AS dimension, NEW.reporter_role AS value
      UNION ALL SELECT 'minors' AS dimension, NEW.minors_involved AS value
      UNION ALL SELECT 'scope' AS dimension, NEW.scope AS value
      UNION ALL SELECT 'status' AS dimension, NEW.status AS value)
    WHERE true ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
-- Before the row goes: its forms are still there (a cascade deletes them
-- after the signal, when their own triggers no longer find it).
CREATE TRIGGER stats_signal_removed BEFORE DELETE ON signals BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(OLD.received_at), dimension, value, -1 FROM (SELECT 'all' AS dimension, '' AS value
      UNION ALL SELECT 'kind' AS dimension, OLD.kind AS value
      UNION ALL SELECT 'channel' AS dimension, OLD.channel AS value
      UNION ALL SELECT 'municipality' AS dimension, OLD.municipality AS value
      UNION ALL SELECT 'reporter_role' AS dimension, OLD.reporter_role AS value
      UNION ALL SELECT 'minors' AS dimension, OLD.minors_involved AS value
      UNION ALL SELECT 'scope' AS dimension, OLD.scope AS value
      UNION ALL SELECT 'status' AS dimension, OLD.status AS value)
    WHERE true ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(OLD.received_at), 'form', form, -1 FROM signal_forms WHERE signal_id = OLD.id ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(OLD.received_at), 'sub_form', sub_form, -1 FROM signal_sub_forms WHERE signal_id = OLD.id
    ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER stats_form_added AFTER INSERT ON signal_forms BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(received_at), 'form', NEW.form, 1 FROM signals WHERE id = NEW.signal_id ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER stats_form_removed AFTER DELETE ON signal_forms BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(received_at), 'form', OLD.form, -1 FROM signals WHERE id = OLD.signal_id ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER stats_sub_form_added AFTER INSERT ON signal_sub_forms BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(received_at), 'sub_form', NEW.sub_form, 1 FROM signals WHERE id = NEW.signal_id ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER stats_sub_form_removed AFTER DELETE ON signal_sub_forms BEGIN
  INSERT INTO stats_signal_counts (month, dimension, value, count)
    SELECT local_month(received_at), 'sub_form', OLD.sub_form, -1 FROM signals WHERE id = OLD.signal_id ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count;
END;
-- What was there before this migration.
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'all', '', count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'kind', signals.kind, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'channel', signals.channel, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'municipality', signals.municipality, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'reporter_role', signals.reporter_role, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'minors', signals.minors_involved, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'scope', signals.scope, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(received_at), 'status', signals.status, count(*) FROM signals GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(s.received_at), 'form', f.form, count(*) FROM signal_forms AS f JOIN signals AS s ON s.id = f.signal_id GROUP BY 1, 3;
INSERT INTO stats_signal_counts (month, dimension, value, count)
  SELECT local_month(s.received_at), 'sub_form', f.sub_form, count(*) FROM signal_sub_forms AS f JOIN signals AS s ON s.id = f.signal_id GROUP BY 1, 3;
)sql";

// Figures, second shape (issue 5): v4's per-month counts could not be broken
// down per municipality, crossed, or count people once. The facts a person
// adds come from a C++ function (storage/sqlite/figure_functions, over
// stats/figures); those of signals, forms, sub-forms and referrals are plain
// SQL (migrations/figure_triggers: cheaper on every public report), and tests
// hold both to stats/figures (recounts with the functions, and the memory
// store's figures). The triggers only add and subtract.
// - figure_signal_counts: per Amsterdam month and area (the signal's
//   municipality); the region is the sum of the areas.
// - figure_person_counts: possible victims per period (month 202603, quarter
//   20261, year 2026) and area ('' = the region), each identity once: a fact
//   is added when no other record of the identity has it yet and taken away
//   when the last record with it goes. People cannot be summed over months or
//   areas, hence the three period lengths and the explicit region.
// - persons.figure_month / figure_area repeat the signal's month and area so
//   a person's facts never need the signal row (a cascade removes the signal
//   first); the signal's triggers keep them in step.
constexpr std::string_view kSchemaV5 = R"sql(
DROP TRIGGER stats_signal_added;
DROP TRIGGER stats_signal_changed;
DROP TRIGGER stats_signal_removed;
DROP TRIGGER stats_form_added;
DROP TRIGGER stats_form_removed;
DROP TRIGGER stats_sub_form_added;
DROP TRIGGER stats_sub_form_removed;
DROP TABLE stats_signal_counts;

CREATE TABLE figure_signal_counts (
    dimension TEXT    NOT NULL,
    month     INTEGER NOT NULL,
    area      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (dimension, month, area, value)
) WITHOUT ROWID;
CREATE TABLE figure_person_counts (
    dimension TEXT    NOT NULL,
    period    INTEGER NOT NULL,
    area      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (dimension, period, area, value)
) WITHOUT ROWID;
ALTER TABLE persons ADD COLUMN figure_month INTEGER NOT NULL DEFAULT 0;
ALTER TABLE persons ADD COLUMN figure_area TEXT NOT NULL DEFAULT '';

-- What is there already (before the triggers exist).
INSERT INTO figure_signal_counts (dimension, month, area, value, count)
  SELECT json_extract(f.value, '$[0]'), local_month(s.received_at), s.municipality, json_extract(f.value, '$[1]'), count(*)
  FROM signals AS s, json_each(figure_signal_facts(s.kind, s.channel, s.reporter_role, s.minors_involved, s.scope, s.status)) AS f
  GROUP BY 1, 2, 3, 4;
INSERT INTO figure_signal_counts (dimension, month, area, value, count)
  SELECT json_extract(f.value, '$[0]'), local_month(s.received_at), s.municipality, json_extract(f.value, '$[1]'), count(*)
  FROM signal_forms AS x JOIN signals AS s ON s.id = x.signal_id, json_each(figure_form_facts(x.form, s.minors_involved, s.scope)) AS f
  GROUP BY 1, 2, 3, 4;
INSERT INTO figure_signal_counts (dimension, month, area, value, count)
  SELECT 'sub_form', local_month(s.received_at), s.municipality, x.sub_form, count(*)
  FROM signal_sub_forms AS x JOIN signals AS s ON s.id = x.signal_id GROUP BY 1, 2, 3, 4;
INSERT INTO figure_signal_counts (dimension, month, area, value, count)
  SELECT json_extract(f.value, '$[0]'), local_month(s.received_at), s.municipality, json_extract(f.value, '$[1]'), count(*)
  FROM referrals AS x JOIN signals AS s ON s.id = x.signal_id, json_each(figure_referral_facts(x.partner, x.outcome)) AS f
  GROUP BY 1, 2, 3, 4;

)sql";

// The people's part of v5, after the generated triggers of figure_triggers.
constexpr std::string_view kSchemaV5People = R"sql(
-- People: the new record takes its signal's month and area, which fires the
-- triggers below (a record with identity 0 is not counted until it has one).
CREATE TRIGGER figures_person_added AFTER INSERT ON persons BEGIN
  UPDATE persons SET figure_month = (SELECT local_month(received_at) FROM signals WHERE id = NEW.signal_id),
                     figure_area = (SELECT municipality FROM signals WHERE id = NEW.signal_id)
    WHERE id = NEW.id;
END;
)sql";

// After the generated people's triggers: count the people already there.
constexpr std::string_view kSchemaV5Backfill = R"sql(
-- The people already there: filing them under their signal counts them.
UPDATE persons SET figure_month = (SELECT local_month(received_at) FROM signals WHERE id = persons.signal_id),
                   figure_area = (SELECT municipality FROM signals WHERE id = persons.signal_id);
)sql";

// v5's signal and people's triggers are built from parts (storage/migrations/figure_triggers).
const std::string& schema_v5() {
    static const std::string sql = std::string(kSchemaV5) + figure_signal_triggers() + std::string(kSchemaV5People) +
                                   figure_person_triggers() + std::string(kSchemaV5Backfill);
    return sql;
}

const std::array<Migration, 5>& migrations() {
    static const std::array<Migration, 5> all = {
    Migration{1, "signals, forms, indicators and mailbox messages", kSchemaV1},
    Migration{2, "case files, queue indexes, staff accounts and the audit log", kSchemaV2},
    Migration{3, "chat settings: office hours, closures and canned answers", kSchemaV3},
    Migration{4, "figures: counts per month kept by triggers", kSchemaV4},
    Migration{5, "figures per area, crossed, and possible victims counted once", schema_v5()},
    };
    return all;
}

}  // namespace

std::span<const Migration> sqlite_migrations() {
    return migrations();
}

Result<int> migrate_sqlite(sqlite::Database& database) {
    if (auto made = database.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        !made) {
        return made.error();
    }
    int version = 0;
    {
        // Finished before any migration runs: SQLite refuses DROP TABLE while a read is pending.
        auto current = database.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        if (!current) return current.error();
        if (auto row = current->step(); !row) return row.error();
        version = static_cast<int>(current->column_int(0));
    }

    for (const auto& migration : migrations()) {
        if (migration.version <= version) continue;
        if (auto begun = database.execute("BEGIN IMMEDIATE"); !begun) return begun.error();
        auto applied = database.execute(migration.sql);
        if (applied) {
            auto record = database.prepare("INSERT INTO schema_migrations(version, description) VALUES (?, ?)");
            if (!record) return record.error();
            record->bind(1, std::int64_t{migration.version}).bind(2, migration.description);
            applied = record->run();
        }
        if (!applied) {
            (void)database.execute("ROLLBACK");
            return Error::make(ErrorCode::internal, "migration " + std::to_string(migration.version) +
                                                        " failed: " + applied.error().message);
        }
        if (auto committed = database.execute("COMMIT"); !committed) return committed.error();
        version = migration.version;
    }
    return version;
}

}  // namespace meldpunt::storage
