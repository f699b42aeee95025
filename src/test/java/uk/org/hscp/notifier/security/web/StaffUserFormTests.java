package uk.org.hscp.notifier.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.security.StaffRole;

class StaffUserFormTests {

    static final Set<String> AGENCIES = Set.of("POLICE", "ICB");

    @Test
    void aCompleteFormHasNoErrorAndOnlyALigMemberKeepsAnAgency() {
        var member = new StaffUserForm(" jo.police ", " Jo ", "LIG_MEMBER", "POLICE", "twelve chars");
        assertThat(member.errors(AGENCIES, false)).isEmpty();
        assertThat(member.cleanUsername()).isEqualTo("jo.police");
        assertThat(member.staffRoleChosen()).isEqualTo(StaffRole.LIG_MEMBER);
        assertThat(member.agencyChosen()).contains("POLICE");

        var auditor = new StaffUserForm("auditor", "Sam", "AUDITOR", "POLICE", "twelve chars");
        assertThat(auditor.errors(AGENCIES, false)).isEmpty();
        assertThat(auditor.agencyChosen()).isEmpty();
    }

    @Test
    void anEmptyFormNamesEveryField() {
        assertThat(StaffUserForm.empty().errors(AGENCIES, false)).containsOnlyKeys("username", "displayName",
                "role-HSCP_TEAM", "password");
    }

    @Test
    void eachRuleIsOneErrorInPlainWords() {
        assertThat(new StaffUserForm("jo police", "Jo", "HSCP_TEAM", "", "twelve chars").errors(AGENCIES, false))
                .containsEntry("username", "A username must be 3 to 100 letters, digits, dots, hyphens, underscores or @");
        assertThat(new StaffUserForm("jo", "Jo", "HSCP_TEAM", "", "twelve chars").errors(AGENCIES, false))
                .containsKey("username");
        assertThat(new StaffUserForm("jo.police", "Jo", "HSCP_TEAM", "", "twelve chars").errors(AGENCIES, true))
                .containsEntry("username", "That username is taken: choose another");
        assertThat(new StaffUserForm("jo.police", "Jo", "ADMIN", "", "twelve chars").errors(AGENCIES, false))
                .containsEntry("role-HSCP_TEAM", "Select what the person does");
        assertThat(new StaffUserForm("jo.police", "Jo", "LIG_MEMBER", "", "twelve chars").errors(AGENCIES, false))
                .containsEntry("agency", "Select the agency of the LIG member");
        assertThat(new StaffUserForm("jo.police", "Jo", "LIG_MEMBER", "MI5", "twelve chars").errors(AGENCIES, false))
                .containsKey("agency");
    }

    @Test
    void aPasswordIsTwelveCharactersToWhatBcryptReads() {
        assertThat(StaffUserForm.passwordError("eleven char")).contains("The password must be at least 12 characters");
        assertThat(StaffUserForm.passwordError("twelve chars")).isEmpty();
        assertThat(StaffUserForm.passwordError("x".repeat(72))).isEmpty();
        assertThat(StaffUserForm.passwordError("x".repeat(73))).contains("The password must be 72 characters or fewer");
        assertThat(StaffUserForm.passwordError("é".repeat(37))).as("74 bytes").isPresent();
        assertThat(StaffUserForm.passwordError(null)).isEqualTo(Optional.of("Enter a password"));
    }
}
