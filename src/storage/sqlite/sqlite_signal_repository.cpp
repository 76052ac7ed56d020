#include "storage/sqlite/sqlite_signal_repository.hpp"

#include "storage/sqlite/signal_rows.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

const std::string kInsertSignal = "INSERT INTO signals (version, " + std::string(kSignalDataColumns) +
                                  ") VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                                  "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)";

Result<SignalId> insert_signal(Database& database, const StoredSignal& signal) {
    auto inserted = run_bound(database, kInsertSignal, [&](Statement& insert) { bind_signal_data(insert, signal); });
    if (!inserted) return inserted.error();
    const SignalId id = database.last_insert_id();
    if (auto lists = write_signal_lists(database, id, signal, false); !lists) return lists.error();
    return id;
}

}  // namespace

Result<std::unique_ptr<SqliteSignalRepository>> SqliteSignalRepository::open(const std::filesystem::path& file,
                                                                             std::size_t readers) {
    auto store = SqliteStore::open(file, readers);
    if (!store) return store.error();
    return std::make_unique<SqliteSignalRepository>(std::move(*store));
}

Result<SignalId> SqliteSignalRepository::add_signal(const StoredSignal& signal) {
    return m_store->writer().write<SignalId>(
        [&](Database& database) -> Result<SignalId> { return insert_signal(database, signal); });
}

Result<void> SqliteSignalRepository::add_signals_bulk(std::span<const StoredSignal> signals,
                                                      std::span<const std::vector<Person>> persons_per_signal) {
    if (!persons_per_signal.empty() && persons_per_signal.size() != signals.size()) {
        return Error::invalid("persons_per_signal", "give one list of persons per signal, or none");
    }
    // One writer job: the batch shares the writer's transaction and its one
    // fsync, and a failure anywhere rolls the whole batch back.
    auto loaded = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        for (std::size_t i = 0; i < signals.size(); ++i) {
            auto id = insert_signal(database, signals[i]);
            if (!id) return id.error();
            if (persons_per_signal.empty()) continue;
            for (Person person : persons_per_signal[i]) {
                person.signal_id = *id;
                if (auto added = insert_person(database, person); !added) return added.error();
            }
        }
        return true;
    });
    if (!loaded) return loaded.error();
    return Ok{};
}

Result<std::int64_t> SqliteSignalRepository::add_message(const StoredMessage& message) {
    return m_store->writer().write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        auto inserted =
            run_bound(database, "INSERT INTO messages (signal_id, author, sent_at, sealed_body) VALUES (?, ?, ?, ?)",
                      [&](Statement& insert) {
                          insert.bind(1, message.signal_id).bind(2, code_of(message.author));
                          insert.bind(3, to_unix_millis(message.sent_at)).bind(4, message.sealed_body);
                      });
        if (!inserted) return inserted.error();
        return database.last_insert_id();
    });
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_where(std::string_view condition,
                                                                       const std::function<void(Statement&)>& bind) {
    auto database = m_store->read();
    auto loan = database->cached("SELECT " + std::string(kSignalSelectColumns) + " FROM signals WHERE " +
                                 std::string(condition));
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    bind(*query);
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) return std::optional<StoredSignal>{};
    auto signal = read_signal(*query);
    if (!signal) return signal.error();
    if (auto loaded = load_signal_lists(*database, *signal); !loaded) return loaded.error();
    return std::optional<StoredSignal>{std::move(*signal)};
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_signal(SignalId id) {
    return find_where("id = ?", [&](Statement& query) { query.bind(1, id); });
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_signal_by_receipt(const Bytes& receipt_lookup) {
    return find_where("receipt_lookup = ?", [&](Statement& query) { query.bind(1, receipt_lookup); });
}

Result<std::vector<StoredMessage>> SqliteSignalRepository::list_messages(SignalId id) {
    auto database = m_store->read();
    auto loan =
        database->cached("SELECT id, author, sent_at, sealed_body FROM messages WHERE signal_id = ? ORDER BY id");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    query->bind(1, id);
    std::vector<StoredMessage> messages;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return messages;
        StoredMessage message;
        message.id = query->column_int(0);
        message.signal_id = id;
        message.author = parse_message_author(query->column_text(1)).value_or(MessageAuthor::staff);
        message.sent_at = from_unix_millis(query->column_int(2));
        message.sealed_body = query->column_blob(3);
        messages.push_back(std::move(message));
    }
}

Result<std::int64_t> SqliteSignalRepository::count_signals() {
    auto database = m_store->read();
    auto loan = database->cached("SELECT COUNT(*) FROM signals");
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    if (auto row = query->step(); !row) return row.error();
    return query->column_int(0);
}

}  // namespace meldpunt::storage::sqlite
