#include "security/staff_credentials.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <regex>
#include <set>

#include "base/secure_random.hpp"

namespace meldpunt::security {

class StaffCredentialsTest : public ::testing::Test {
  protected:
    void SetUp() override { initialise_crypto(); }
};

TEST_F(StaffCredentialsTest, DerivationIsDeterministicPerSaltAndPassword) {
    const Bytes salt = new_password_salt();
    ASSERT_EQ(salt.size(), crypto_pwhash_SALTBYTES);
    auto first = derive_from_password("correct horse battery", salt);
    auto again = derive_from_password("correct horse battery", salt);
    ASSERT_TRUE(first.ok()) << first.error().message;
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(first->verifier.size(), 32u);
    EXPECT_EQ(first->key_encryption_key.size(), 32u);
    EXPECT_TRUE(same_verifier(first->verifier, again->verifier));
    EXPECT_EQ(first->key_encryption_key.bytes(), again->key_encryption_key.bytes());
    // The verifier is not the key, nor derived from it in any visible way.
    EXPECT_NE(first->verifier, first->key_encryption_key.bytes());

    auto other_salt = derive_from_password("correct horse battery", new_password_salt());
    auto other_password = derive_from_password("correct horse batterz", salt);
    ASSERT_TRUE(other_salt.ok());
    ASSERT_TRUE(other_password.ok());
    EXPECT_FALSE(same_verifier(first->verifier, other_salt->verifier));
    EXPECT_FALSE(same_verifier(first->verifier, other_password->verifier));
    EXPECT_NE(first->key_encryption_key.bytes(), other_password->key_encryption_key.bytes());
}

TEST_F(StaffCredentialsTest, RefusesASaltOfTheWrongSize) {
    auto derived = derive_from_password("correct horse battery", Bytes(8));
    ASSERT_FALSE(derived.ok());
    EXPECT_EQ(derived.error().code, ErrorCode::internal);
}

TEST_F(StaffCredentialsTest, SameVerifierComparesSizesAndBytes) {
    EXPECT_TRUE(same_verifier(Bytes{1, 2, 3}, Bytes{1, 2, 3}));
    EXPECT_FALSE(same_verifier(Bytes{1, 2, 3}, Bytes{1, 2, 4}));
    EXPECT_FALSE(same_verifier(Bytes{1, 2, 3}, Bytes{1, 2}));
    EXPECT_FALSE(same_verifier(Bytes{}, Bytes{}));
}

TEST_F(StaffCredentialsTest, OneTimePasswordsAreReadableAndUnique) {
    const std::regex format("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){3}");
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string password = generate_one_time_password();
        EXPECT_TRUE(std::regex_match(password, format)) << password;
        EXPECT_TRUE(check_new_password(password, "coordinator").ok()) << password;
        seen.insert(password);
    }
    EXPECT_EQ(seen.size(), 200u);
}

TEST_F(StaffCredentialsTest, PasswordPolicy) {
    EXPECT_TRUE(check_new_password("tulpen in de polder", "anna").ok());
    EXPECT_TRUE(check_new_password("abababababab", "anna").ok());
    EXPECT_TRUE(check_new_password(std::string(256, 'x').replace(0, 1, "y"), "anna").ok());

    for (const std::string& bad :
         {std::string("short pass"), std::string(257, 'a') + "b", std::string("valid start \xff\xfe end"),
          std::string("aaaaaaaaaaaaaaaa"), std::string("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"),
          std::string("Anna.de.Vries")}) {
        auto checked = check_new_password(bad, "anna.de.vries");
        ASSERT_FALSE(checked.ok()) << bad;
        EXPECT_EQ(checked.error().code, ErrorCode::invalid_input);
        EXPECT_EQ(checked.error().field, "new_password");
        EXPECT_FALSE(checked.error().message.empty());
    }
    EXPECT_NE(check_new_password("short", "x").error().message.find("at least 12"), std::string::npos);
    // Twelve bytes is the floor: a password of twelve ASCII characters passes.
    EXPECT_TRUE(check_new_password("twelve chars", "anna").ok());
}

TEST_F(StaffCredentialsTest, PrivateKeyWrapsForOnePasswordAndOneUser) {
    const StaffKeyPair pair = new_staff_key_pair();
    ASSERT_EQ(pair.public_key.size(), crypto_box_PUBLICKEYBYTES);
    const SecretBytes key(random_bytes(32));
    const Bytes wrapped = wrap_staff_private_key(key, pair.private_key, 7);

    auto opened = unwrap_staff_private_key(key, wrapped, 7);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->bytes(), pair.private_key.bytes());

    auto wrong_key = unwrap_staff_private_key(SecretBytes(random_bytes(32)), wrapped, 7);
    ASSERT_FALSE(wrong_key.ok());
    EXPECT_EQ(wrong_key.error().code, ErrorCode::unauthorized);
    auto wrong_user = unwrap_staff_private_key(key, wrapped, 8);
    ASSERT_FALSE(wrong_user.ok());
    EXPECT_EQ(wrong_user.error().code, ErrorCode::unauthorized);
}

TEST_F(StaffCredentialsTest, GrantOpensOnlyWithTheRightKeyPair) {
    const StaffKeyPair staff = new_staff_key_pair();
    const StaffKeyPair other = new_staff_key_pair();
    const SecretBytes service_key(random_bytes(crypto_box_SECRETKEYBYTES));
    const Bytes grant = grant_service_key(staff.public_key, service_key);
    ASSERT_FALSE(grant.empty());

    auto opened = open_service_key_grant(grant, staff.public_key, staff.private_key);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->bytes(), service_key.bytes());

    auto wrong = open_service_key_grant(grant, other.public_key, other.private_key);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::unauthorized);
    EXPECT_FALSE(open_service_key_grant(Bytes(10), staff.public_key, staff.private_key).ok());
    EXPECT_TRUE(grant_service_key(Bytes(5), service_key).empty());
}

}  // namespace meldpunt::security
