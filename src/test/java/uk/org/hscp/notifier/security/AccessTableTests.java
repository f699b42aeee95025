package uk.org.hscp.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffHttp;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;

/**
 * Least privilege, table by table: every page and API endpoint asked by nobody, the HSCP team, a LIG member of
 * the agency involved in the case (POLICE), a LIG member of another agency (HHFT, never asked about it) and an
 * auditor. Every refusal of a signed-in user and every API read is audited with the client address; nobody but
 * the team and the involved agency sees the child's name.
 */
@ServiceTest
class AccessTableTests {

    static final String CHILD = "Zebediah";
    static final String CASE_X = "HSCP-2026-0901";   // POLICE and SOUTHERN_HEALTH answered "involved"
    static final String CASE_Y = "HSCP-2026-0902";   // only SOUTHERN_HEALTH was asked
    static final String[] ROLES = {"anonymous", "team", "ligPolice", "ligHhft", "auditor"};

    /** path | anonymous | team | LIG (involved) | LIG (other agency) | auditor. */
    static final String TABLE = """
            GET  /                                   | 302 | 200 | 200 | 200 | 403
            GET  /cases                              | 302 | 200 | 200 | 200 | 403
            GET  /cases/{X}                          | 302 | 200 | 200 | 403 | 403
            GET  /cases/{X}/forms/{own}              | 302 | 200 | 200 | 403 | 403
            GET  /cases/{X}/forms/{own}/email.eml    | 302 | 200 | 200 | 403 | 403
            GET  /cases/{X}/forms/{other}            | 302 | 200 | 403 | 403 | 403
            GET  /cases/{X}/forms/{other}/email.eml  | 302 | 200 | 403 | 403 | 403
            GET  /cases/{Y}                          | 302 | 200 | 403 | 403 | 403
            GET  /cases/{X}/events/new?type=INCIDENT_AWARENESS | 302 | 200 | 403 | 403 | 403
            POST /cases/search                       | 302 | 200 | 403 | 403 | 403
            POST /cases/{X}/access                   | 302 | 302 | 403 | 403 | 403
            GET  /meetings                           | 302 | 200 | 200 | 200 | 403
            GET  /meetings/new                       | 302 | 200 | 403 | 403 | 403
            GET  /quarantine                         | 302 | 200 | 403 | 403 | 403
            GET  /quarantine/{email}                 | 302 | 200 | 403 | 403 | 403
            GET  /quarantine/{email}/email.eml       | 302 | 200 | 403 | 403 | 403
            GET  /deliveries                         | 302 | 200 | 403 | 403 | 200
            GET  /deliveries.csv                     | 302 | 200 | 403 | 403 | 200
            GET  /deliveries/999999                  | 302 | 404 | 403 | 403 | 404
            GET  /audit                              | 302 | 200 | 403 | 403 | 200
            GET  /users                              | 302 | 200 | 403 | 403 | 403
            GET  /users/new                          | 302 | 200 | 403 | 403 | 403
            GET  /users/team                         | 302 | 200 | 403 | 403 | 403
            GET  /settings                           | 302 | 200 | 403 | 403 | 403
            API GET  /api/intake                     | 401 | 200 | 403 | 403 | 403
            API GET  /api/deliveries                 | 401 | 200 | 403 | 403 | 200
            API GET  /api/deliveries.csv             | 401 | 200 | 403 | 403 | 200
            API GET  /api/cases/{X}/deadlines        | 401 | 200 | 200 | 403 | 403
            API GET  /api/cases/{Y}/deadlines        | 401 | 200 | 403 | 403 | 403
            API GET  /api/cases/{X}/forms            | 401 | 200 | 200 | 403 | 403
            API GET  /api/cases/{X}/forms/{own}      | 401 | 200 | 200 | 403 | 403
            API GET  /api/cases/{X}/forms/{own}/email.eml   | 401 | 200 | 200 | 403 | 403
            API GET  /api/cases/{X}/forms/{other}    | 401 | 200 | 403 | 403 | 403
            API GET  /api/cases/{X}/forms/{other}/email.eml | 401 | 200 | 403 | 403 | 403
            API POST /api/cases/{X}/events           | 401 | 400 | 403 | 403 | 403
            """;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;

    final Map<String, String> placeholders = new LinkedHashMap<>();

    @BeforeEach
    void twoCasesFourStaff() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "ligPolice", StaffRole.LIG_MEMBER, Optional.of("POLICE"));
        StaffLogins.ensure(users, encoder, "ligHhft", StaffRole.LIG_MEMBER, Optional.of("HHFT"));
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        Instant now = clock.instant();
        long x = TestCases.insertCase(jdbc, CASE_X, "Child X", CHILD, "Quill", LocalDate.of(2016, 3, 4),
                "jo.whitcombe@hampshire.police.uk", now);
        long y = TestCases.insertCase(jdbc, CASE_Y, "Child Y", CHILD, "Ransome", LocalDate.of(2017, 5, 6),
                "jo.whitcombe@hampshire.police.uk", now);
        for (String agency : List.of("POLICE", "SOUTHERN_HEALTH")) {
            long deadline = TestCases.insertDeadline(jdbc, x, "SUMMARY_OF_INVOLVEMENT", "Summary of involvement",
                    "8.2.3", "LIG_MEMBER_AGENCIES", agency, now.plusSeconds(86_400 * 5), now);
            jdbc.sql("UPDATE deadline SET status = 'MET' WHERE id = :id").param("id", deadline).update();
        }
        TestCases.insertDeadline(jdbc, y, "SUMMARY_OF_INVOLVEMENT", "Summary of involvement", "8.2.3",
                "LIG_MEMBER_AGENCIES", "SOUTHERN_HEALTH", now.plusSeconds(86_400 * 5), now);
        long policeEmail = TestCases.insertInboundEmail(jdbc, "jo.whitcombe@hampshire.police.uk",
                "Response " + CASE_X, "<police-response@test>", now);
        long healthEmail = TestCases.insertInboundEmail(jdbc, "helen.bracewell@southernhealth.nhs.uk",
                "Response " + CASE_X, "<health-response@test>", now);
        TestCases.insertForm(jdbc, x, policeEmail, "LIG_REFERRAL_RESPONSE", response(CASE_X, true, "police"), now);
        TestCases.insertForm(jdbc, x, healthEmail, "LIG_REFERRAL_RESPONSE", response(CASE_X, true, "health"), now);
        placeholders.put("{X}", CASE_X);
        placeholders.put("{Y}", CASE_Y);
        placeholders.put("{own}", formOf(policeEmail));
        placeholders.put("{other}", formOf(healthEmail));
        placeholders.put("{email}", String.valueOf(healthEmail));
    }

    @Test
    void everyRoleGetsWhatTheTableSaysAndEveryRefusalAndApiReadIsAudited() {
        Map<String, StaffHttp> as = new LinkedHashMap<>();
        as.put("anonymous", StaffHttp.anonymous(port));
        for (String role : List.of("team", "ligPolice", "ligHhft", "auditor")) {
            as.put(role, StaffHttp.signedIn(port, role, StaffLogins.PASSWORD));
        }
        List<String> wrong = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.split("\\|");
            String[] request = cells[0].strip().split("\\s+");
            boolean api = request[0].equals("API");
            String method = api ? request[1] : request[0];
            String path = fill(api ? request[2] : request[1]);
            for (int r = 0; r < ROLES.length; r++) {
                String role = ROLES[r];
                int expected = Integer.parseInt(cells[r + 1].strip());
                long auditedBefore = audited(role);
                HttpResponse<String> response = call(as.get(role), api, method, path);
                String what = role + " " + method + " " + path;
                if (response.statusCode() != expected) {
                    wrong.add(what + ": " + response.statusCode() + ", expected " + expected);
                    continue;
                }
                if (!role.equals("anonymous") && (expected == 403 || api && expected == 200)) {
                    if (audited(role) <= auditedBefore) {
                        wrong.add(what + ": " + expected + " but not audited with the client address");
                    }
                }
                if (expected == 200 && (role.equals("auditor") || role.equals("ligHhft")) && response.body() != null
                        && response.body().contains(CHILD)) {
                    wrong.add(what + ": shows the child's name to " + role);
                }
                if (expected == 302 && role.equals("anonymous")) {
                    assertThat(response.headers().firstValue("Location").orElse("")).as(what).contains("/login");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theInvolvedAgencySeesTheChildAndItsOwnFormButNotTheOtherAgencysResponse() {
        StaffHttp police = StaffHttp.signedIn(port, "ligPolice", StaffLogins.PASSWORD);

        String casePage = police.get("/cases/" + CASE_X).body();
        String forms = police.api("GET", "/api/cases/" + CASE_X + "/forms", null).body();

        assertThat(casePage).contains(CHILD).contains("jo.whitcombe@hampshire.police.uk")
                .doesNotContain("southernhealth.nhs.uk").doesNotContain("id=\"access\"");
        assertThat(forms).contains("\"id\":" + placeholders.get("{own}"))
                .doesNotContain("\"id\":" + placeholders.get("{other}"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = 'ligPolice' AND action = 'DENIED'"
                + " AND subject = :ref").param("ref", CASE_X).query(Integer.class).single()).isZero();

        police.get("/cases/" + CASE_X + "/forms/" + placeholders.get("{other}") + "/email.eml");

        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE username = 'ligPolice' AND action = 'DENIED'"
                + " AND subject = :ref").param("ref", CASE_X).query(String.class).list())
                .containsExactly("e-mail of form " + placeholders.get("{other}") + "; from 127.0.0.1");
    }

    @Test
    void theTeamAddsAnAgencyToACaseAndTakesItAwayAgainAudited() {
        StaffHttp team = StaffHttp.signedIn(port, "team", StaffLogins.PASSWORD);
        StaffHttp hhft = StaffHttp.signedIn(port, "ligHhft", StaffLogins.PASSWORD);
        assertThat(hhft.get("/cases/" + CASE_X).statusCode()).isEqualTo(403);

        team.post("/cases/" + CASE_X + "/access", Map.of("agency", "HHFT", "decision", "GRANTED"));

        assertThat(hhft.get("/cases/" + CASE_X).statusCode()).isEqualTo(200);
        assertThat(hhft.get("/cases").body()).contains(CASE_X).doesNotContain(CASE_Y);

        team.post("/cases/" + CASE_X + "/access", Map.of("agency", "HHFT", "decision", "REVOKED"));
        team.post("/cases/" + CASE_X + "/access", Map.of("agency", "POLICE", "decision", "REVOKED"));

        assertThat(hhft.get("/cases/" + CASE_X).statusCode()).isEqualTo(403);
        assertThat(StaffHttp.signedIn(port, "ligPolice", StaffLogins.PASSWORD).get("/cases/" + CASE_X).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT action || ' ' || detail FROM audit_event WHERE username = 'team'"
                        + " AND subject = :ref AND action LIKE '%CASE_ACCESS' ORDER BY id")
                .param("ref", CASE_X).query(String.class).list()).containsExactly(
                        "GRANT_CASE_ACCESS HHFT; from 127.0.0.1", "REVOKE_CASE_ACCESS HHFT; from 127.0.0.1",
                        "REVOKE_CASE_ACCESS POLICE; from 127.0.0.1");
    }

    private HttpResponse<String> call(StaffHttp http, boolean api, String method, String path) {
        if (api) {
            return http.api(method, path, method.equals("POST") ? "{\"event\":\"TEA_BREAK\",\"date\":\"2025-12-19\"}"
                    : null);
        }
        if (method.equals("POST")) {
            return http.post(path, path.endsWith("/access") ? Map.of("agency", "PROBATION", "decision", "GRANTED")
                    : Map.of("text", CHILD));
        }
        return http.get(path);
    }

    /** Audit entries of the user (or, for a refusal by path, of them) that say where the request came from. */
    private long audited(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = :u AND detail LIKE '%from 127.0.0.1%'")
                .param("u", username).query(Long.class).single();
    }

    private String fill(String path) {
        for (var entry : placeholders.entrySet()) {
            path = path.replace(entry.getKey(), entry.getValue());
        }
        return path;
    }

    private String formOf(long emailId) {
        return String.valueOf(jdbc.sql("SELECT id FROM case_form WHERE inbound_email_id = :e").param("e", emailId)
                .query(Long.class).single());
    }

    private static String response(String reference, boolean known, String who) {
        return "{\"formType\":\"LIG_REFERRAL_RESPONSE\",\"caseReference\":\"" + reference + "\",\"subjectChildren\":[\""
                + CHILD + " Quill\"],\"completedBy\":\"" + who + "\",\"knownToAgency\":" + known + "}";
    }
}
