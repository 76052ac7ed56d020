#include "domain/signal.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {

namespace {
SignalInput valid_input() {
    SignalInput input;
    input.kind = "report";
    input.description = "  Mijn buurmeisje wordt elke avond opgehaald.  ";
    input.forms = {"sexual"};
    input.reporter_role = "resident";
    input.anonymity = "anonymous";
    return input;
}

bool has_error_on(const std::vector<Error>& errors, std::string_view field) {
    for (const auto& error : errors) {
        if (error.field == field) return true;
    }
    return false;
}
}  // namespace

TEST(SignalValidation, AcceptsAMinimalAnonymousReport) {
    const auto draft = validate_signal(valid_input());
    ASSERT_TRUE(draft.ok()) << draft.error().message;
    EXPECT_EQ(draft->description, "Mijn buurmeisje wordt elke avond opgehaald.");
    EXPECT_EQ(draft->municipality, Municipality::unknown);
    EXPECT_EQ(draft->minors_involved, MinorsInvolved::unknown);
}

TEST(SignalValidation, AnonymousWithContactDetailsIsRefused) {
    auto input = valid_input();
    input.contact.email = "a@example.nl";
    const auto errors = validation_errors(input);
    EXPECT_TRUE(has_error_on(errors, "reporter.anonymity"));
}

TEST(SignalValidation, IdentifiedNeedsAWayToReachTheReporter) {
    auto input = valid_input();
    input.anonymity = "identified";
    EXPECT_TRUE(has_error_on(validation_errors(input), "reporter.name"));
    input.contact.email = "not-an-address";
    EXPECT_TRUE(has_error_on(validation_errors(input), "reporter.email"));
    input.contact.email = "juf@school.nl";
    input.contact.phone = "call me";
    EXPECT_TRUE(has_error_on(validation_errors(input), "reporter.phone"));
    input.contact.phone = "+31 6 1234 5678";
    EXPECT_TRUE(validate_signal(input).ok());
}

TEST(SignalValidation, DescriptionLimits) {
    auto input = valid_input();
    input.description = "   ";
    EXPECT_TRUE(has_error_on(validation_errors(input), "description"));
    input.description = std::string(20000, 'a');
    EXPECT_TRUE(validate_signal(input).ok());
    input.description = std::string(20001, 'a');
    EXPECT_TRUE(has_error_on(validation_errors(input), "description"));
    input.description = std::string(20000, 'a');
    input.description.replace(0, 1, "\xC3\xA9");  // still 20,000 code points
    EXPECT_TRUE(validate_signal(input).ok());
    input.description = "bad \xFF byte";
    EXPECT_TRUE(has_error_on(validation_errors(input), "description"));
}

TEST(SignalValidation, PostcodeDerivesTheMunicipalityAndMustAgree) {
    auto input = valid_input();
    input.postcode = "8321 AB";
    auto draft = validate_signal(input);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->municipality, Municipality::urk);
    EXPECT_EQ(draft->postcode_area, 8321);

    input.postcode = "1385";  // Weesp: a trap
    EXPECT_EQ(validate_signal(input)->municipality, Municipality::outside);

    input.postcode = "1315";
    input.municipality = "GM0995";
    EXPECT_TRUE(has_error_on(validation_errors(input), "postcode"));

    input.postcode = "";
    EXPECT_EQ(validate_signal(input)->municipality, Municipality::lelystad);
}

TEST(SignalValidation, UnknownCodesNameTheirField) {
    auto input = valid_input();
    input.forms = {"sexual", "slavery"};
    input.reporter_role = "boss";
    input.minors_involved = "maybe";
    input.signals = {"coerced", "nonsense"};
    input.kind = "complaint";
    const auto errors = validation_errors(input);
    for (const auto* field : {"forms", "reporter.role", "minors_involved", "signals", "kind"}) {
        EXPECT_TRUE(has_error_on(errors, field)) << field;
    }
}

TEST(SignalValidation, SectorOnlyForProfessionals) {
    auto input = valid_input();
    input.sector = "education";
    EXPECT_TRUE(has_error_on(validation_errors(input), "reporter.sector"));
    input.reporter_role = "professional";
    EXPECT_EQ(validate_signal(input)->sector, Sector::education);
}

TEST(SignalValidation, DuplicatesAreFolded) {
    auto input = valid_input();
    input.forms = {"labour", "labour", "criminal"};
    input.signals = {"coerced", "coerced"};
    const auto draft = validate_signal(input);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->forms.size(), 2u);
    EXPECT_EQ(draft->signal_codes.size(), 1u);
}

TEST(Taxonomy, EveryCodeRoundTrips) {
    for (auto form : all_exploitation_forms()) EXPECT_EQ(parse_exploitation_form(code_of(form)), form);
    for (auto role : all_reporter_roles()) EXPECT_EQ(parse_reporter_role(code_of(role)), role);
    for (auto sector : all_sectors()) EXPECT_EQ(parse_sector(code_of(sector)), sector);
    for (auto level : all_anonymity_levels()) EXPECT_EQ(parse_anonymity(code_of(level)), level);
    for (const auto& definition : signal_checklist()) {
        EXPECT_EQ(find_signal_definition(definition.code), &definition);
    }
}

}  // namespace meldpunt::domain
