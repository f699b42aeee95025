package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.notices.NoticeKind;

class RecipientsTests {

    static Map<String, List<String>> roles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("NATIONAL_PANEL", List.of("Mailbox.NationalReviewPanel@education.gov.uk"));
        roles.put("OFSTED", List.of("SCR.SIN@ofsted.gov.uk"));
        roles.put("DFE", List.of("Mailbox.CPOD@education.gov.uk"));
        roles.put("SECRETARY_OF_STATE", List.of("sos@dfe.example"));
        roles.put("HSCP_TEAM", List.of("hscp@hants.gov.uk"));
        roles.put("INDEPENDENT_CHAIR", List.of("chair@hscp.example"));
        roles.put("BUSINESS_MANAGER", List.of("bm@hscp.example"));
        roles.put("LIG_CHAIR", List.of("hscp@hants.gov.uk"));
        roles.put("SAFEGUARDING_PARTNERS", List.of("la@hscp.example", "police@hscp.example", "icb@hscp.example"));
        roles.put("HSCP_MEMBERS", List.of("members@hscp.example"));
        roles.put("LOCAL_AUTHORITY", List.of("cs@hscp.example"));
        roles.put("REVIEWER", List.of("reviewer@hscp.example"));
        return roles;
    }

    static Map<String, List<String>> agencies() {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        agencies.put("CHILDRENS_SERVICES", List.of("lig.cs@hscp.example"));
        agencies.put("POLICE", List.of("lig.police@hscp.example"));
        agencies.put("ICB", List.of("lig.icb@hscp.example"));
        return agencies;
    }

    static Map<String, List<String>> notices() {
        Map<String, List<String>> notices = new LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            notices.put(kind.name(), List.of("HSCP_TEAM"));
        }
        notices.put("REFERRAL_ACKNOWLEDGEMENT", List.of("SENDER"));
        notices.put("FORM_QUERY", List.of("SENDER"));
        notices.put("DECISION_NOTICE", List.of("NATIONAL_PANEL", "OFSTED", "DFE"));
        notices.put("SUMMARY_OF_INVOLVEMENT_REQUEST", List.of("LIG_MEMBER_AGENCIES"));
        notices.put("EXTRAORDINARY_MEETING_ALERT", List.of("HSCP_TEAM", "LIG_CHAIR"));
        notices.put("REMINDER", List.of("REMINDER_ROLES"));
        return notices;
    }

    final Recipients recipients = new Recipients(roles(), agencies(), notices());

    @Test
    void everyRoleTheTimescaleCatalogueMayNameHasRecipients() {
        assertThat(TimescaleCatalogue.ROLES).allSatisfy(role -> assertThat(recipients.isKnownRole(role)).as(role).isTrue());
    }

    @Test
    void aReminderToTheReferringAgencyGoesToTheCasesReferrer() {
        var resolution = recipients.resolve(NoticeKind.REMINDER, List.of("REFERRING_AGENCY", "HSCP_TEAM"),
                Optional.of("referrer@hampshire.police.uk"), Optional.empty());

        assertThat(resolution.recipients()).extracting(Recipients.Recipient::address, Recipients.Recipient::role)
                .containsExactly(tuple("referrer@hampshire.police.uk", "REFERRING_AGENCY"),
                        tuple("hscp@hants.gov.uk", "HSCP_TEAM"));
    }

    @Test
    void aDecisionNoticeGoesToThePanelOfstedAndTheDfe() {
        var resolution = recipients.resolve(NoticeKind.DECISION_NOTICE, List.of(), Optional.empty(), Optional.empty());

        assertThat(resolution.problems()).isEmpty();
        assertThat(resolution.recipients()).extracting(Recipients.Recipient::address).containsExactly(
                "Mailbox.NationalReviewPanel@education.gov.uk", "SCR.SIN@ofsted.gov.uk", "Mailbox.CPOD@education.gov.uk");
        assertThat(resolution.recipients()).extracting(Recipients.Recipient::role)
                .containsExactly("NATIONAL_PANEL", "OFSTED", "DFE");
    }

    @Test
    void aSummaryOfInvolvementRequestGoesToEveryLigMemberAgencyOrOnlyTheOneOfAPerAgencyDeadline() {
        var all = recipients.resolve(NoticeKind.SUMMARY_OF_INVOLVEMENT_REQUEST, List.of(), Optional.empty(),
                Optional.empty());
        assertThat(all.recipients()).extracting(Recipients.Recipient::role).containsExactly(
                "LIG_MEMBER_AGENCIES:CHILDRENS_SERVICES", "LIG_MEMBER_AGENCIES:POLICE", "LIG_MEMBER_AGENCIES:ICB");
        assertThat(all.recipients()).extracting(Recipients.Recipient::agency)
                .containsExactly("CHILDRENS_SERVICES", "POLICE", "ICB");

        var one = recipients.resolve(NoticeKind.SUMMARY_OF_INVOLVEMENT_REQUEST, List.of(), Optional.empty(),
                Optional.of("POLICE"));
        assertThat(one.recipients()).extracting(Recipients.Recipient::address).containsExactly("lig.police@hscp.example");
    }

    @Test
    void aReplyGoesToTheSenderAndSaysSoWhenThereIsNone() {
        var reply = recipients.resolve(NoticeKind.FORM_QUERY, List.of(), Optional.of("jo.whitcombe@hampshire.police.uk"),
                Optional.empty());
        assertThat(reply.recipients()).containsExactly(
                new Recipients.Recipient("jo.whitcombe@hampshire.police.uk", "SENDER", null));

        var none = recipients.resolve(NoticeKind.FORM_QUERY, List.of(), Optional.empty(), Optional.empty());
        assertThat(none.recipients()).isEmpty();
        assertThat(none.problems()).containsExactly("There is no sender address to reply to.");
    }

    @Test
    void aReminderGoesToTheRolesWrittenOnItAndReportsAnUnknownOne() {
        var resolution = recipients.resolve(NoticeKind.REMINDER,
                List.of("LOCAL_AUTHORITY", " business_manager", "LIG_MEMBER_AGENCIES:ICB", "CHIEF_CONSTABLE"),
                Optional.empty(), Optional.empty());

        assertThat(resolution.recipients()).extracting(Recipients.Recipient::address)
                .containsExactly("cs@hscp.example", "bm@hscp.example", "lig.icb@hscp.example");
        assertThat(resolution.problems()).containsExactly("The reminder names an unknown role: CHIEF_CONSTABLE.");
    }

    @Test
    void anAddressUnderTwoRolesGetsOneEmailNamingBothRoles() {
        var resolution = recipients.resolve(NoticeKind.EXTRAORDINARY_MEETING_ALERT, List.of(), Optional.empty(),
                Optional.empty());
        assertThat(resolution.recipients()).containsExactly(
                new Recipients.Recipient("hscp@hants.gov.uk", "HSCP_TEAM+LIG_CHAIR", null));
    }

    @Test
    void anUnknownRoleStopsStartUpNamingTheEntry() {
        var roles = roles();
        roles.put("OFSTEAD", List.of("x@ofsted.gov.uk"));
        assertThatThrownBy(() -> new Recipients(roles, agencies(), notices()))
                .hasMessageStartingWith("config/recipients.yml: hscp.recipients.roles.OFSTEAD: unknown role");

        var notices = notices();
        notices.put("DECISION_NOTICE", List.of("NATIONAL_PANEL", "PANEL_OF_EXPERTS"));
        assertThatThrownBy(() -> new Recipients(roles(), agencies(), notices))
                .hasMessage("config/recipients.yml: hscp.notices.DECISION_NOTICE.to[1]: unknown role 'PANEL_OF_EXPERTS'");
    }

    @Test
    void aBadAddressStopsStartUpNamingTheEntry() {
        var roles = roles();
        roles.put("OFSTED", List.of("SCR.SIN@ofsted.gov.uk", "SCR.SIN at ofsted"));
        assertThatThrownBy(() -> new Recipients(roles, agencies(), notices()))
                .hasMessage("config/recipients.yml: hscp.recipients.roles.OFSTED[1]: 'SCR.SIN at ofsted' is not an e-mail address");

        var agencies = agencies();
        agencies.put("POLICE", List.of("lig.police@"));
        assertThatThrownBy(() -> new Recipients(roles(), agencies, notices()))
                .hasMessageContaining("hscp.recipients.lig-member-agencies.POLICE[0]");
    }

    @Test
    void aMissingRoleOrNoticeKindStopsStartUp() {
        var roles = roles();
        roles.remove("DFE");
        assertThatThrownBy(() -> new Recipients(roles, agencies(), notices()))
                .hasMessageContaining("hscp.recipients.roles.DFE: missing");

        var notices = notices();
        notices.remove("LAC_DEATH_NOTICE");
        assertThatThrownBy(() -> new Recipients(roles(), agencies(), notices))
                .hasMessageContaining("hscp.notices.LAC_DEATH_NOTICE.to: missing");

        var unknownKind = notices();
        unknownKind.put("CHRISTMAS_CARD", List.of("HSCP_TEAM"));
        assertThatThrownBy(() -> new Recipients(roles(), agencies(), unknownKind))
                .hasMessageContaining("hscp.notices.CHRISTMAS_CARD: unknown notice kind");
    }
}
