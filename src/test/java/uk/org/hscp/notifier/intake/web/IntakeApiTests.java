package uk.org.hscp.notifier.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

@ServiceTest
class IntakeApiTests {

    @Autowired TestRestTemplate http;
    @Autowired TestMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired HealthEndpoint health;

    @BeforeEach
    void setUp() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
    }

    @Test
    void listsEveryEmailNewestFirstWithItsOutcome() {
        mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        await().until(() -> intake("").size() == 1);
        mailbox.deliver(TestMailbox.sample("bad/forgot-attachment.eml"));
        await().until(() -> intake("").size() == 2);

        List<Map<String, Object>> all = intake("");

        assertThat(all).extracting(e -> e.get("reason")).containsExactly("NO_FORM_FOUND", "UNKNOWN_SENDER");
        assertThat(all.get(0)).containsKeys("messageId", "receivedAt", "from", "subject", "mailbox", "outcome",
                "reason", "formType", "caseReference");
        assertThat(all.get(0).get("from")).isEqualTo("jo.whitcombe@hampshire.police.uk");
        assertThat(all.get(0).get("mailbox")).isEqualTo("hscp");
    }

    @Test
    void filtersByOutcomeAndLimitsTheSize() {
        mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        mailbox.deliver(TestMailbox.sample("good/referral-101-00.eml"));
        await().until(() -> intake("?outcome=QUARANTINED").size() == 1 && intake("").size() == 2);

        assertThat(intake("?size=1")).hasSize(1);
        assertThat(http.withBasicAuth("team", StaffLogins.PASSWORD).getForEntity("/api/intake?size=1001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesEveryRequestWithoutALoginButHealth() {
        assertThat(http.getForEntity("/api/intake", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("team", "wrong").getForEntity("/api/intake", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a page without a login lands on the sign-in form
        assertThat(http.getForEntity("/actuator/env", String.class).getBody()).contains("name=\"username\"");
        // and nothing but health and info is exposed, even to staff
        assertThat(http.withBasicAuth("team", StaffLogins.PASSWORD).getForEntity("/api/../actuator/env", String.class)
                .getBody()).doesNotContain("propertySources");
        // health needs no login; it is UP once every mailbox has been polled (Camel's readiness)
        await().untilAsserted(() -> assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK));
    }

    @Test
    void healthShowsTheMailboxesBrokerDatabaseAndSmtpRelayToTheTeamAndOnlyUpOrDownToAnyoneElse() {
        assertThat(((CompositeHealth) health.health()).getComponents()).containsKeys("db", "jms", "relay", "mailboxes");
        await().untilAsserted(() -> assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK));

        // UP or DOWN, and the names of the probe groups (/actuator/health/liveness, /readiness): no part's state
        assertThat(http.getForObject("/actuator/health", Map.class)).containsOnlyKeys("status", "groups")
                .containsEntry("groups", List.of("liveness", "readiness"));
    }

    private List<Map<String, Object>> intake(String query) {
        return http.withBasicAuth("team", StaffLogins.PASSWORD).exchange("/api/intake" + query, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
    }
}
