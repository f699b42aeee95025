package uk.org.hscp.notifier.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.cases.NewCase;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;

@ServiceTest
class CaseEventsApiTests {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired TransactionTemplate transaction;
    @Autowired MutableClock clock;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;

    String reference;

    @BeforeEach
    void aCase() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        reference = transaction.execute(tx -> cases.open(new NewCase("Test", "Child", LocalDate.of(2015, 1, 1),
                "Police", "jo.whitcombe@hampshire.police.uk", LocalDate.of(2026, 11, 20)), clock.instant()))
                .reference().value();
    }

    @Test
    void recordingAnEventAnswersWithTheDeadlinesItCreated() {
        var response = http.withBasicAuth("team", StaffLogins.PASSWORD).postForEntity(
                "/api/cases/" + reference + "/events", Map.of("event", "INCIDENT_AWARENESS", "date", "2025-12-19"),
                Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<Map<String, Object>>) response.getBody().get("changes"))
                .anySatisfy(change -> {
                    assertThat(change.get("timescaleId")).isEqualTo("PANEL_NOTIFICATION");
                    assertThat(change.get("change")).isEqualTo("CREATED");
                    assertThat(change.get("due")).isEqualTo("2025-12-30T23:59:59Z");
                });
        var deadlines = http.withBasicAuth("team", StaffLogins.PASSWORD)
                .getForObject("/api/cases/" + reference + "/deadlines", List.class);
        assertThat(deadlines).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anUnknownEventOrCaseIsAClearError() {
        var staff = http.withBasicAuth("team", StaffLogins.PASSWORD);

        assertThat(staff.postForEntity("/api/cases/" + reference + "/events",
                Map.of("event", "TEA_BREAK", "date", "2025-12-19"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(staff.postForEntity("/api/cases/HSCP-2020-9999/events",
                Map.of("event", "INCIDENT_AWARENESS", "date", "2025-12-19"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheHscpTeamRecordsEvents() {
        assertThat(http.withBasicAuth("auditor", StaffLogins.PASSWORD).postForEntity("/api/cases/" + reference
                + "/events", Map.of("event", "INCIDENT_AWARENESS", "date", "2025-12-19"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/cases/" + reference + "/events",
                Map.of("event", "INCIDENT_AWARENESS", "date", "2025-12-19"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
