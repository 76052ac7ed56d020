#include "cli/data_folder.hpp"

#include <sys/stat.h>

#include <iostream>

#include "base/secure_random.hpp"

namespace meldpunt::cli {

Result<DataFolder> open_data_folder(const std::filesystem::path& dir, CreateFolder create) {
    initialise_crypto();
    ::umask(077);  // the database, its journal and the keys are for this user only
    // A typo in --data must not quietly start an empty service next to the real one.
    if (create == CreateFolder::never && !std::filesystem::exists(dir / "keys")) {
        return Error::make(ErrorCode::not_found, "there is no data folder at " + dir.string());
    }
    auto keys = security::open_or_create_keyring(dir);
    if (!keys) return Error::make(keys.error().code, "cannot open the data folder: " + keys.error().message);
    if (keys->created) {
        std::cerr << "A new data folder was created in " << dir.string() << ".\n"
                  << "WARNING: move the recovery key " << keys->recovery_key_path.string()
                  << " offline now, and delete it here.\n";
    }
    auto store = storage::sqlite::SqliteStore::open(dir / "meldpunt.db");
    if (!store) return Error::make(store.error().code, "cannot open the database: " + store.error().message);
    return DataFolder{dir, std::move(keys->keyring), std::move(*store)};
}

StaffTools::StaffTools(const DataFolder& folder)
    : m_users(folder.store),
      m_audit_store(folder.store),
      m_audit(m_audit_store, folder.keyring.audit_chain_secret, m_clock),
      m_accounts(m_users, m_audit, folder.keyring, m_clock) {}

Result<SecretBytes> service_key_from_recovery_file(const security::Keyring& keyring,
                                                   const std::filesystem::path& recovery_key_file) {
    auto recovery_key = security::read_recovery_key(recovery_key_file);
    if (!recovery_key) {
        return Error::make(recovery_key.error().code, "cannot read the recovery key " + recovery_key_file.string() +
                                                          ": " + recovery_key.error().message);
    }
    return security::unseal_service_private_key(keyring, *recovery_key);
}

}  // namespace meldpunt::cli
