#include "domain/staff.hpp"

#include <gtest/gtest.h>

namespace meldpunt::domain {
namespace {

using enum Permission;

TEST(Roles, ParseAndPrintRoleSets) {
    const auto roles = RoleSet::parse("coordinator,intake");
    ASSERT_TRUE(roles);
    EXPECT_TRUE(roles->has(Role::intake));
    EXPECT_TRUE(roles->has(Role::coordinator));
    EXPECT_FALSE(roles->has(Role::admin));
    EXPECT_EQ(roles->codes(), "intake,coordinator");
    EXPECT_FALSE(RoleSet::parse("coordinator,root"));
    EXPECT_FALSE(RoleSet::parse("Admin"));
}

// The table from the issue, written out: what each role may and may not do.
TEST(Permissions, EachRoleGetsExactlyItsPermissions) {
    const auto grants = [](Role role) {
        std::vector<Permission> granted;
        for (Permission permission : all_permissions())
            if (role_grants(role, permission)) granted.push_back(permission);
        return granted;
    };
    EXPECT_EQ(grants(Role::intake), (std::vector{public_access, staff_self, signals_read, signals_register, signals_work,
                                                   chat_answer}));
    EXPECT_EQ(grants(Role::caseworker), (std::vector{public_access, staff_self, signals_read, signals_work}));
    EXPECT_EQ(grants(Role::coordinator),
              (std::vector{public_access, staff_self, signals_read, signals_register, signals_work, signals_assign,
                           case_keys_grant, taxonomy_settings, figures_read, figures_internal, chat_answer, chat_overview,
                           chat_answers_manage}));
    EXPECT_EQ(grants(Role::analyst), (std::vector{public_access, staff_self, figures_read}));
    EXPECT_EQ(grants(Role::admin), (std::vector{public_access, staff_self, users_manage, chat_hours_manage}));
    EXPECT_EQ(grants(Role::auditor), (std::vector{public_access, staff_self, audit_read}));
    for (Role role : all_roles()) EXPECT_FALSE(role_grants(role, deny));
}

TEST(Permissions, SeveralRolesAddUp) {
    const RoleSet both{Role::admin, Role::auditor};
    EXPECT_TRUE(roles_grant(both, users_manage));
    EXPECT_TRUE(roles_grant(both, audit_read));
    EXPECT_FALSE(roles_grant(both, signals_read));
    EXPECT_FALSE(roles_grant(RoleSet{}, staff_self));
}

TEST(Permissions, OnlyCaseRolesHoldTheServiceKey) {
    EXPECT_TRUE(handles_case_content(RoleSet{Role::intake}));
    EXPECT_TRUE(handles_case_content(RoleSet{Role::caseworker}));
    EXPECT_TRUE(handles_case_content(RoleSet{Role::coordinator}));
    EXPECT_FALSE(handles_case_content(RoleSet{Role::analyst, Role::admin, Role::auditor}));
}

TEST(SignalAccess, CaseworkerOnlyTheirOwnIntakeNewAndTheirsCoordinatorAll) {
    const StaffIdentity caseworker{7, "cw", RoleSet{Role::caseworker}};
    const StaffIdentity intake{8, "in", RoleSet{Role::intake}};
    const StaffIdentity coordinator{9, "co", RoleSet{Role::coordinator}};
    const StaffIdentity auditor{10, "au", RoleSet{Role::auditor}};

    EXPECT_EQ(access_to_signal(caseworker, Status::investigation, 7), SignalAccess::work);
    EXPECT_EQ(access_to_signal(caseworker, Status::investigation, 99), SignalAccess::none);
    EXPECT_EQ(access_to_signal(caseworker, Status::new_signal, std::nullopt), SignalAccess::none);

    EXPECT_EQ(access_to_signal(intake, Status::new_signal, std::nullopt), SignalAccess::work);
    EXPECT_EQ(access_to_signal(intake, Status::safety_assessment, std::nullopt), SignalAccess::none);
    EXPECT_EQ(access_to_signal(intake, Status::safety_assessment, 8), SignalAccess::work);

    EXPECT_EQ(access_to_signal(coordinator, Status::closed, 99), SignalAccess::work);
    EXPECT_EQ(access_to_signal(auditor, Status::new_signal, std::nullopt), SignalAccess::none);
}

}  // namespace
}  // namespace meldpunt::domain
