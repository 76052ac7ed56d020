#include "domain/reporter_desk.hpp"

#include <gtest/gtest.h>

#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "domain/sealed_content.hpp"
#include "security/sodium_vault.hpp"
#include "storage/memory/memory_signal_repository.hpp"

namespace meldpunt::domain {

namespace {

class ReporterDeskTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        security::Keyring keyring;
        keyring.service_public_key.resize(32);
        m_private_key = SecretBytes(32);
        crypto_box_keypair(keyring.service_public_key.data(), m_private_key.data());
        keyring.receipt_lookup_secret = SecretBytes(random_bytes(32));
        keyring.receipt_wrap_secret = SecretBytes(random_bytes(32));
        m_vault = std::make_unique<security::SodiumVault>(std::move(keyring));
        m_desk = std::make_unique<ReporterDesk>(m_repository, *m_vault, m_clock);
    }

    SignalDraft draft() {
        SignalInput input;
        input.kind = "report";
        input.description = "Werkgever houdt paspoorten vast.";
        input.forms = {"labour"};
        input.reporter_role = "professional";
        input.anonymity = "shielded";
        input.contact.name = "Huisarts";
        input.contact.phone = "0612345678";
        input.postcode = "8251";
        return validate_signal(input).value();
    }

    storage::memory::MemorySignalRepository m_repository;
    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    SecretBytes m_private_key;
    std::unique_ptr<security::SodiumVault> m_vault;
    std::unique_ptr<ReporterDesk> m_desk;
};

}  // namespace

TEST_F(ReporterDeskTest, StoresCategoriesInTheClearAndTextSealed) {
    const auto submission = m_desk->submit(draft());
    ASSERT_TRUE(submission.ok());
    const auto stored = m_repository.find_signal(submission->id).value().value();
    EXPECT_EQ(stored.municipality, Municipality::dronten);
    EXPECT_EQ(stored.forms, std::vector<ExploitationForm>{ExploitationForm::labour});
    const std::string sealed = to_string(stored.sealed_content);
    EXPECT_EQ(sealed.find("paspoorten"), std::string::npos);
    EXPECT_EQ(sealed.find("Huisarts"), std::string::npos);
    EXPECT_NE(stored.receipt_lookup, to_bytes(submission->receipt.canonical()));

    // The service key opens it too (the staff side of the next issue).
    auto key = m_vault->open_key_with_service_key(stored.key_for_service, m_private_key);
    ASSERT_TRUE(key.ok());
    auto plain = m_vault->decrypt(*key, stored.sealed_content, kContentContext);
    ASSERT_TRUE(plain.ok());
    const auto content = decode_sealed_content(*plain).value();
    EXPECT_EQ(content.description, "Werkgever houdt paspoorten vast.");
    EXPECT_EQ(content.contact.name, "Huisarts");
    EXPECT_EQ(content.postcode_area, 8251);
}

TEST_F(ReporterDeskTest, TheReceiptOpensTheMailboxAndItsThread) {
    const auto submission = m_desk->submit(draft()).value();
    auto key = m_desk->open_mailbox(to_lower_ascii(submission.receipt.grouped()));
    ASSERT_TRUE(key.ok());
    ASSERT_TRUE(m_desk->add_reporter_message(*key, "Nog iets: ze werken 's nachts.").ok());

    // A staff question, sealed as the staff side will do it.
    StoredMessage question;
    question.signal_id = submission.id;
    question.author = MessageAuthor::staff;
    question.sent_at = m_clock.now();
    question.sealed_body =
        m_vault->encrypt(key->signal_key, "Waar is het adres?", message_context(MessageAuthor::staff, submission.id));
    ASSERT_TRUE(m_repository.add_message(question).ok());

    const auto view = m_desk->read_mailbox(*key).value();
    EXPECT_EQ(view.status, Status::new_signal);
    EXPECT_EQ(view.description, "Werkgever houdt paspoorten vast.");
    ASSERT_EQ(view.messages.size(), 2u);
    EXPECT_EQ(view.messages[0].author, MessageAuthor::reporter);
    EXPECT_EQ(view.messages[1].body, "Waar is het adres?");
}

TEST_F(ReporterDeskTest, WrongReceiptsAllGetTheSameAnswer) {
    (void)m_desk->submit(draft()).value();
    const auto unknown = m_desk->open_mailbox(Receipt::generate().canonical());
    const auto malformed = m_desk->open_mailbox("hello");
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
    EXPECT_EQ(unknown.error().message, malformed.error().message);
}

TEST_F(ReporterDeskTest, AMailboxHoldsABoundedNumberOfReporterMessages) {
    SignalLimits limits;
    limits.reporter_messages_max = 3;
    ReporterDesk desk(m_repository, *m_vault, m_clock, limits);
    const auto submission = desk.submit(draft()).value();
    auto key = desk.open_mailbox(submission.receipt.canonical()).value();
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(desk.add_reporter_message(key, "bericht").ok());
    const auto refused = desk.add_reporter_message(key, "een te veel");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::rate_limited);
    EXPECT_FALSE(desk.add_reporter_message(key, std::string(10001, 'a')).ok());
}

TEST_F(ReporterDeskTest, AStaffMessageSealedForAnotherSignalDoesNotOpen) {
    const auto first = m_desk->submit(draft()).value();
    const auto second = m_desk->submit(draft()).value();
    auto key = m_desk->open_mailbox(first.receipt.canonical()).value();
    StoredMessage moved;
    moved.signal_id = first.id;
    moved.author = MessageAuthor::staff;
    moved.sealed_body = m_vault->encrypt(key.signal_key, "elders", message_context(MessageAuthor::staff, second.id));
    ASSERT_TRUE(m_repository.add_message(moved).ok());
    EXPECT_FALSE(m_desk->read_mailbox(key).ok());
}

TEST_F(ReporterDeskTest, EmptyMessagesAreRefused) {
    const auto submission = m_desk->submit(draft()).value();
    auto key = m_desk->open_mailbox(submission.receipt.canonical()).value();
    const auto result = m_desk->add_reporter_message(key, "  \n ");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, "body");
}

}  // namespace meldpunt::domain
