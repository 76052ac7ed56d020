#include "web/staff_labels.hpp"

#include <gtest/gtest.h>

#include "web/translations.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;

TEST(StaffLabels, EveryStaffLabelHasADutchTranslation) {
    const Translations translations = Translations::load_embedded().value();
    std::vector<std::string_view> labels;
    for (auto status : {Status::new_signal, Status::safety_assessment, Status::decided, Status::referred,
                        Status::handed_over, Status::conditions_follow_up, Status::investigation, Status::monitoring,
                        Status::closed})
        labels.push_back(staff_label_of(status));
    for (auto channel : {Channel::web, Channel::phone, Channel::chat, Channel::email, Channel::in_person})
        labels.push_back(label_of(channel));
    for (auto value : all_scopes()) labels.push_back(label_of(value));
    for (auto value : all_safety_outcomes()) labels.push_back(label_of(value));
    for (auto value : all_person_roles()) labels.push_back(label_of(value));
    for (auto value : all_genders()) labels.push_back(label_of(value));
    for (auto value : all_partners()) labels.push_back(label_of(value));
    for (auto value : all_referral_outcomes()) labels.push_back(label_of(value));
    for (auto value : all_case_entry_kinds()) labels.push_back(label_of(value));
    for (auto value : all_roles()) labels.push_back(label_of(value));
    for (auto value : all_audit_actions()) labels.push_back(label_of(value));
    for (const auto& sub_form : all_sub_forms()) labels.push_back(sub_form.label);
    for (auto label : labels) EXPECT_TRUE(translations.has(Language::nl, label)) << "\"" << label << "\"";
}

}  // namespace
}  // namespace meldpunt::web
