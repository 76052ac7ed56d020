#include "web/templates.hpp"

#include <gtest/gtest.h>

#include "domain/signal.hpp"
#include "web/embedded_files.hpp"
#include "web/labels.hpp"
#include "web/public_paths.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {
const Translations& translations() {
    static const Translations loaded = Translations::load_embedded().value();
    return loaded;
}
}  // namespace

TEST(Templates, EveryTemplateStartsWithTheAutoescapePragma) {
    int count = 0;
    for (const auto& file : embedded_files()) {
        if (!file.path.starts_with("templates/")) continue;
        ++count;
        EXPECT_TRUE(file.data.starts_with(kAutoescapePragma)) << file.path << " lacks AUTOESCAPE";
    }
    EXPECT_GE(count, 8);
}

TEST(Templates, EveryTextInATemplateHasADutchTranslation) {
    for (const auto& file : embedded_files()) {
        if (!file.path.starts_with("templates/")) continue;
        for (const auto& marker : Templates::markers(file.data)) {
            EXPECT_TRUE(translations().has(Language::nl, marker)) << file.path << ": \"" << marker << "\"";
        }
    }
}

TEST(Templates, EveryLabelHasADutchTranslation) {
    std::vector<std::string_view> labels;
    for (auto role : all_reporter_roles()) labels.push_back(label_of(role));
    for (auto sector : all_sectors()) labels.push_back(label_of(sector));
    for (auto level : all_anonymity_levels()) {
        labels.push_back(label_of(level));
        labels.push_back(hint_of(level));
    }
    for (auto form : all_exploitation_forms()) {
        labels.push_back(label_of(form));
        labels.push_back(hint_of(form));
    }
    for (auto answer : all_minors_answers()) labels.push_back(label_of(answer));
    for (const auto& signal : signal_checklist()) labels.push_back(signal.label);
    for (auto group :
         {SignalGroup::general, SignalGroup::sexual, SignalGroup::labour, SignalGroup::criminal, SignalGroup::school}) {
        labels.push_back(label_of(group));
    }
    for (auto status :
         {Status::new_signal, Status::safety_assessment, Status::decided, Status::referred, Status::handed_over,
          Status::conditions_follow_up, Status::investigation, Status::monitoring, Status::closed}) {
        labels.push_back(label_of(status));
    }
    labels.push_back(label_of(SignalKind::report));
    labels.push_back(label_of(SignalKind::advice));
    labels.push_back(label_of(MessageAuthor::reporter));
    labels.push_back(label_of(MessageAuthor::staff));
    labels.push_back(label_of(Municipality::outside));
    for (const auto& address : page_addresses()) {
        if (!address.nav_label.empty()) labels.push_back(address.nav_label);
    }
    for (auto label : labels) EXPECT_TRUE(translations().has(Language::nl, label)) << "\"" << label << "\"";
}

TEST(Templates, EveryValidationMessageHasADutchTranslation) {
    SignalInput bad;
    bad.kind = "x";
    bad.forms = {"x"};
    bad.reporter_role = "x";
    bad.anonymity = "identified";
    bad.sector = "x";
    bad.contact.email = "x";
    bad.contact.phone = "x";
    bad.postcode = "x";
    bad.municipality = "x";
    bad.minors_involved = "x";
    bad.signals = {"x"};
    auto errors = validation_errors(bad);
    SignalInput other;
    other.anonymity = "anonymous";
    other.contact.name = "x";
    other.description = std::string(20001, 'a');
    other.postcode = "1315";
    other.municipality = "GM0995";
    for (auto& error : validation_errors(other)) errors.push_back(error);
    other.description = "a\x01";
    other.reporter_role = "resident";
    other.sector = "education";
    for (auto& error : validation_errors(other)) errors.push_back(error);
    other.description = "\xFF";
    other.anonymity = "identified";
    other.contact = {};
    for (auto& error : validation_errors(other)) errors.push_back(error);
    EXPECT_GE(errors.size(), 15u);
    for (const auto& error : errors) {
        EXPECT_TRUE(translations().has(Language::nl, error.message)) << "\"" << error.message << "\"";
    }
}

TEST(Templates, TranslationReplacesMarkersAndEscapesThem) {
    const auto dutch = Templates::translate("<p>[[Quick exit]]</p>", Language::nl, translations());
    ASSERT_TRUE(dutch.ok());
    EXPECT_EQ(*dutch, "<p>Snel weg</p>");
    EXPECT_EQ(*Templates::translate("[[a < b]]", Language::en, translations()), "a &lt; b");
    EXPECT_FALSE(Templates::translate("[[unclosed", Language::en, translations()).ok());
}

TEST(Templates, VariablesAreEscapedWhenRendered) {
    auto templates = Templates::load(translations());
    ASSERT_TRUE(templates.ok()) << templates.error().message;
    ctemplate::TemplateDictionary values("message");
    values.SetValue("HEADING", "<script>alert(1)</script>");
    values.SetValue("TEXT", "\" onmouseover=\"x");
    values.SetValue("LINK_URL", "javascript:alert(1)");
    values.SetValue("LINK_LABEL", "ok");
    const std::string html = templates->render(Language::en, "message_page.tpl", values);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    EXPECT_EQ(html.find("javascript:"), std::string::npos);  // URL context: unsafe schemes are replaced
}

}  // namespace meldpunt::web
