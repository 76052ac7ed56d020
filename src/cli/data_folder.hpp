// What every command but `serve` opens: the keyring and the SQLite store in the
// data folder, the staff stores on it, the audit log and StaffAccounts, in the
// same way as `serve` (keys from open_or_create_keyring, <data>/meldpunt.db).
// One per command run; owned by the command, used from its thread only.
#pragma once

#include <filesystem>
#include <memory>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "security/chained_audit_log.hpp"
#include "security/keyring.hpp"
#include "security/staff_accounts.hpp"
#include "storage/sqlite/sqlite_audit_store.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "storage/sqlite/sqlite_user_repository.hpp"

namespace meldpunt::cli {

enum class CreateFolder { if_missing, never };

struct DataFolder {
    std::filesystem::path dir;
    security::Keyring keyring;
    std::shared_ptr<storage::sqlite::SqliteStore> store;
};

// Sets the umask, readies libsodium and opens (or, if allowed, creates) the
// folder. Errors carry a message fit for stderr.
Result<DataFolder> open_data_folder(const std::filesystem::path& dir, CreateFolder create);

// The account services over an opened folder. Not movable: the parts refer to
// each other.
class StaffTools {
  public:
    explicit StaffTools(const DataFolder& folder);
    StaffTools(const StaffTools&) = delete;
    StaffTools& operator=(const StaffTools&) = delete;

    security::StaffAccounts& accounts() { return m_accounts; }

  private:
    const SystemClock m_clock;
    storage::sqlite::SqliteUserRepository m_users;
    storage::sqlite::SqliteAuditStore m_audit_store;
    security::ChainedAuditLog m_audit;
    security::StaffAccounts m_accounts;
};

// Reads the recovery key file and opens the service private key with it.
Result<SecretBytes> service_key_from_recovery_file(const security::Keyring& keyring,
                                                   const std::filesystem::path& recovery_key_file);

}  // namespace meldpunt::cli
