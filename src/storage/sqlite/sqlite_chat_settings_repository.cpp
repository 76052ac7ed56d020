#include "storage/sqlite/sqlite_chat_settings_repository.hpp"

#include "storage/sqlite/signal_rows.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kAnswerColumns = "id, language, title, body, position";

Result<void> read_weekly_hours(Database& database, OfficeHoursSettings& settings) {
    auto loan = database.cached("SELECT liberation_day, closed_on_good_friday FROM chat_office_hours WHERE id = 1");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) return Ok{};  // never saved: the defaults stand
    auto liberation_day = decode(parse_liberation_day(query->column_text(0)), "chat_office_hours.liberation_day");
    if (!liberation_day) return liberation_day.error();
    settings.liberation_day = *liberation_day;
    settings.closed_on_good_friday = query->column_int(1) != 0;

    auto windows_loan = database.cached(
        "SELECT weekday, from_minute, to_minute FROM chat_office_hours_windows ORDER BY weekday, from_minute");
    if (!windows_loan) return windows_loan.error();
    CachedStatement windows = std::move(*windows_loan);
    settings.windows.clear();  // a saved week without windows means: never open
    while (true) {
        auto next = windows->step();
        if (!next) return next.error();
        if (!*next) return Ok{};
        settings.windows.push_back({std::chrono::weekday{static_cast<unsigned>(windows->column_int(0))},
                                    std::chrono::minutes{windows->column_int(1)},
                                    std::chrono::minutes{windows->column_int(2)}});
    }
}

Result<void> read_closures(Database& database, OfficeHoursSettings& settings) {
    auto loan = database.cached("SELECT date, label FROM chat_closures ORDER BY date");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return Ok{};
        auto date = decode(parse_date(query->column_text(0)), "chat_closures.date");
        if (!date) return date.error();
        settings.closures.push_back({*date, query->column_text(1)});
    }
}

CannedAnswer read_answer(const Statement& row) {
    CannedAnswer answer;
    answer.id = row.column_int(0);
    answer.language = row.column_text(1);
    answer.title = row.column_text(2);
    answer.body = row.column_text(3);
    answer.position = static_cast<int>(row.column_int(4));
    return answer;
}

}  // namespace

Result<OfficeHoursSettings> SqliteChatSettingsRepository::load_office_hours() {
    auto database = m_store->read();
    // One snapshot for the three tables: a save in between is seen whole or not at all.
    if (auto begun = database->run_cached("BEGIN"); !begun) return begun.error();
    OfficeHoursSettings settings;
    auto read = read_weekly_hours(*database, settings);
    if (read) read = read_closures(*database, settings);
    (void)database->run_cached(read ? "COMMIT" : "ROLLBACK");
    if (!read) return read.error();
    return settings;
}

Result<void> SqliteChatSettingsRepository::save_weekly_hours(const WeeklyHours& hours) {
    auto saved = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto settings = run_bound(database,
                                  "INSERT INTO chat_office_hours (id, liberation_day, closed_on_good_friday) "
                                  "VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE SET "
                                  "liberation_day = ?1, closed_on_good_friday = ?2",
                                  [&](Statement& upsert) {
                                      upsert.bind(1, code_of(hours.liberation_day))
                                          .bind(2, std::int64_t{hours.closed_on_good_friday ? 1 : 0});
                                  });
        if (!settings) return settings.error();
        if (auto cleared = database.run_cached("DELETE FROM chat_office_hours_windows"); !cleared)
            return cleared.error();
        for (const WeeklyWindow& window : hours.windows) {
            auto inserted = run_bound(
                database, "INSERT INTO chat_office_hours_windows (weekday, from_minute, to_minute) VALUES (?, ?, ?)",
                [&](Statement& insert) {
                    insert.bind(1, std::int64_t{window.day.c_encoding()})
                        .bind(2, std::int64_t{window.from.count()})
                        .bind(3, std::int64_t{window.to.count()});
                });
            if (!inserted) return inserted.error();
        }
        return true;
    });
    if (!saved) return saved.error();
    return Ok{};
}

Result<void> SqliteChatSettingsRepository::add_closure(const Closure& closure) {
    // A date that has one fails the primary key, which comes back as conflict.
    auto added = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto inserted =
            run_bound(database, "INSERT INTO chat_closures (date, label) VALUES (?, ?)",
                      [&](Statement& insert) { insert.bind(1, format_date(closure.date)).bind(2, closure.label); });
        if (!inserted) return inserted.error();
        return true;
    });
    if (!added) return added.error();
    return Ok{};
}

Result<void> SqliteChatSettingsRepository::remove_closure(Date date) {
    return change_one_row(
        "DELETE FROM chat_closures WHERE date = ?", [&](Statement& remove) { remove.bind(1, format_date(date)); },
        "no such closure");
}

Result<std::vector<CannedAnswer>> SqliteChatSettingsRepository::list_canned_answers() {
    auto database = m_store->read();
    auto loan = database->cached("SELECT " + std::string(kAnswerColumns) +
                                 " FROM chat_canned_answers ORDER BY language, position, id");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    std::vector<CannedAnswer> answers;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return answers;
        answers.push_back(read_answer(*query));
    }
}

Result<std::int64_t> SqliteChatSettingsRepository::add_canned_answer(const CannedAnswer& answer) {
    return m_store->writer().write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        auto inserted =
            run_bound(database, "INSERT INTO chat_canned_answers (language, title, body, position) VALUES (?, ?, ?, ?)",
                      [&](Statement& insert) {
                          insert.bind(1, answer.language).bind(2, answer.title).bind(3, answer.body);
                          insert.bind(4, std::int64_t{answer.position});
                      });
        if (!inserted) return inserted.error();
        return database.last_insert_id();
    });
}

Result<void> SqliteChatSettingsRepository::update_canned_answer(const CannedAnswer& answer) {
    return change_one_row(
        "UPDATE chat_canned_answers SET language = ?, title = ?, body = ?, position = ? WHERE id = ?",
        [&](Statement& update) {
            update.bind(1, answer.language).bind(2, answer.title).bind(3, answer.body);
            update.bind(4, std::int64_t{answer.position}).bind(5, answer.id);
        },
        "no such answer");
}

Result<void> SqliteChatSettingsRepository::remove_canned_answer(std::int64_t id) {
    return change_one_row(
        "DELETE FROM chat_canned_answers WHERE id = ?", [&](Statement& remove) { remove.bind(1, id); },
        "no such answer");
}

Result<void> SqliteChatSettingsRepository::change_one_row(std::string_view sql,
                                                          const std::function<void(Statement&)>& bind,
                                                          std::string_view missing) {
    auto changed = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto run = run_bound(database, sql, bind);
        if (!run) return run.error();
        if (database.changes() == 0) return Error::make(ErrorCode::not_found, std::string(missing));
        return true;
    });
    if (!changed) return changed.error();
    return Ok{};
}

}  // namespace meldpunt::storage::sqlite
