// SqliteChatSettingsRepository: the ChatSettingsRepository port (office
// hours, closures, canned answers; schema v3) on a shared SqliteStore. Writes
// go through the store's writer and are durable before they return; the
// office hours are read in one read transaction, so a save is seen whole or
// not at all. Thread-safe.
#pragma once

#include <functional>
#include <memory>

#include "domain/chat_settings_ports.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteChatSettingsRepository final : public domain::ChatSettingsRepository {
  public:
    explicit SqliteChatSettingsRepository(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    Result<domain::OfficeHoursSettings> load_office_hours() override;
    Result<void> save_weekly_hours(const domain::WeeklyHours& hours) override;
    Result<void> add_closure(const domain::Closure& closure) override;
    Result<void> remove_closure(Date date) override;

    Result<std::vector<domain::CannedAnswer>> list_canned_answers() override;
    Result<std::int64_t> add_canned_answer(const domain::CannedAnswer& answer) override;
    Result<void> update_canned_answer(const domain::CannedAnswer& answer) override;
    Result<void> remove_canned_answer(std::int64_t id) override;

  private:
    // Runs one statement on the writer; not_found when it touched no row.
    Result<void> change_one_row(std::string_view sql, const std::function<void(Statement&)>& bind,
                                std::string_view missing);

    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite
