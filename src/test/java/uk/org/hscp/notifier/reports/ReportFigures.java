package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.dispatch.PersonalDataCanaryTests;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The Reports page, its CSVs and {@code /api/reports/{year}} against a year of cases built through the intake and
 * the events API ({@link ReportsScenario}: what each figure below comes from); on H2 ({@link ReportsTests}) and on
 * PostgreSQL ({@link ReportsOnPostgresTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportFigures {

    static final List<String> AGENCIES = List.of("CHILDRENS_SERVICES", "POLICE", "ICB", "SOUTHERN_HEALTH", "HHFT",
            "EDUCATION", "PROBATION");

    /** timescale, due, met on time, met late, missed, still open, median and worst days late; 2026/27. */
    static final List<String> TIMELINESS_2026 = List.of(
            "PANEL_NOTIFICATION 1 1 0 0 0 - -",           // 5.1; E, on the due day
            "PARTNERS_NOTIFICATION 1 0 1 0 0 3 3",        // 5.2; E, 22 May for 19 May
            "LAC_DEATH_NOTIFICATION 0 0 0 0 0 - -",
            "REFERRAL_IN_WRITING 2 2 0 0 0 - -",          // 7.2; D and E: the form is the referral in writing
            "EXTRAORDINARY_MEETING 1 1 0 0 0 - -",        // 8.2.1; D: no LIG meeting before the rapid review was due
            "RAPID_REVIEW 1 0 1 0 0 7 7",                 // D: due 27 May, completed 3 June
            "RAPID_REVIEW_BRIEFING 1 1 0 0 0 - -",
            // 8.2.3; D and E, 7 agencies each: Police (2) and Children's Services (2) on time; the ICB late for D
            // (9 days); missed: the ICB for E and four agencies for each, counted to 4 May 2027 (358 and 350 days)
            "SUMMARY_OF_INVOLVEMENT 14 4 1 9 0 350 358",
            "DECISION_TO_PANEL 3 3 0 0 0 - -",            // C (decided in April, referred in March), D, Z
            "LCSPR_MEMBERS_LETTER 1 1 0 0 0 - -",         // Z
            "FINAL_REPORT 2 0 1 1 0 139 257",             // Z published 21 days late; B never (due 20 Aug 2026)
            "PUBLICATION_RETENTION 0 0 0 0 1 - -",        // Z: kept available until January 2028, open at the year's end
            "REPORT_TO_PANEL_AND_SOS 0 0 0 0 0 - -",
            "PUBLICATION_DELAY_NOTICE 0 0 0 0 0 - -",
            "PANEL_RESPONSE 0 0 0 0 0 - -",
            "ACTION_PLAN_MONITORING 0 0 0 0 0 - -",
            "FINAL_COPY_BEFORE_PUBLICATION 0 0 0 0 0 - -");

    /** 2025/26: A, B and C. */
    static final List<String> TIMELINESS_2025 = List.of(
            "PANEL_NOTIFICATION 0 0 0 0 0 - -",
            "PARTNERS_NOTIFICATION 0 0 0 0 0 - -",
            "LAC_DEATH_NOTIFICATION 0 0 0 0 0 - -",
            "REFERRAL_IN_WRITING 3 3 0 0 0 - -",
            "EXTRAORDINARY_MEETING 0 0 0 0 0 - -",
            "RAPID_REVIEW 0 0 0 0 0 - -",
            "RAPID_REVIEW_BRIEFING 0 0 0 0 0 - -",
            "SUMMARY_OF_INVOLVEMENT 21 0 0 21 0 448 462", // nobody answered: 462, 448 and 414 days by 4 May 2027
            "DECISION_TO_PANEL 2 2 0 0 0 - -",            // A and B; C's decision came in 2026/27
            "LCSPR_MEMBERS_LETTER 1 1 0 0 0 - -",         // B
            "FINAL_REPORT 0 0 0 0 1 - -",                 // B: running at the year's end, due in August
            "PUBLICATION_RETENTION 0 0 0 0 0 - -",
            "REPORT_TO_PANEL_AND_SOS 0 0 0 0 0 - -",
            "PUBLICATION_DELAY_NOTICE 0 0 0 0 0 - -",
            "PANEL_RESPONSE 0 0 0 0 0 - -",
            "ACTION_PLAN_MONITORING 0 0 0 0 0 - -",
            "FINAL_COPY_BEFORE_PUBLICATION 0 0 0 0 0 - -");

    /** agency, asked, answered, median working days to answer, late; 2026/27 (D and E). */
    static final List<String> AGENCIES_2026 = List.of(
            "CHILDRENS_SERVICES 2 2 5 0",
            "POLICE 2 2 1.5 0",
            "ICB 2 1 12 2",                               // the slow one
            "SOUTHERN_HEALTH 2 0 - 2",
            "HHFT 2 0 - 2",
            "EDUCATION 2 0 - 2",
            "PROBATION 2 0 - 2");

    /** notice, role, deliveries, sent, failed, bounced, not yet sent, median seconds from event to sent; 2026/27. */
    static final List<String> NOTICES_2026 = List.of(
            "DECISION_NOTICE DFE 3 3 0 0 0 0",
            "DECISION_NOTICE NATIONAL_PANEL 3 3 0 0 0 0",
            "DECISION_NOTICE OFSTED 3 2 0 1 0 0",         // C's copy bounced
            "DELIVERY_FAILURE_ALERT HSCP_TEAM 1 1 0 0 0 0",
            "EXTRAORDINARY_MEETING_ALERT HSCP_TEAM 1 1 0 0 0 0",
            "EXTRAORDINARY_MEETING_ALERT LIG_CHAIR 1 1 0 0 0 0",
            "LCSPR_MEMBERS_LETTER HSCP_MEMBERS 1 1 0 0 0 0",
            "RAPID_REVIEW_BRIEFING INDEPENDENT_CHAIR 1 1 0 0 0 0",
            "RAPID_REVIEW_BRIEFING SAFEGUARDING_PARTNERS 3 3 0 0 0 0",
            "REFERRAL_ACKNOWLEDGEMENT SENDER 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:CHILDRENS_SERVICES 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:EDUCATION 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:HHFT 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:ICB 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:POLICE 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:PROBATION 2 2 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:SOUTHERN_HEALTH 2 2 0 0 0 0");

    static final List<String> NOTICES_2025 = List.of(
            "DECISION_NOTICE DFE 2 2 0 0 0 0",
            "DECISION_NOTICE NATIONAL_PANEL 2 2 0 0 0 0",
            "DECISION_NOTICE OFSTED 2 2 0 0 0 0",
            "LCSPR_MEMBERS_LETTER HSCP_MEMBERS 1 1 0 0 0 0",
            "REFERRAL_ACKNOWLEDGEMENT SENDER 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:CHILDRENS_SERVICES 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:EDUCATION 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:HHFT 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:ICB 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:POLICE 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:PROBATION 3 3 0 0 0 0",
            "SUMMARY_OF_INVOLVEMENT_REQUEST LIG_MEMBER_AGENCIES:SOUTHERN_HEALTH 3 3 0 0 0 0");

    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TestRestTemplate http;
    @Autowired Scheduler quartz;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    ReportsScenario scenario;

    @BeforeAll
    void aYearOfCases() throws Exception {
        StaffLogins.ensure(users, encoder, ReportsScenario.TEAM, StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, ReportsScenario.AUDITOR, StaffRole.AUDITOR, Optional.empty());
        StaffLogins.ensure(users, encoder, ReportsScenario.LIG_MEMBER, StaffRole.LIG_MEMBER, Optional.of("POLICE"));
        scenario = new ReportsScenario(jdbc, mailbox, clock, http, quartz);
        scenario.build();
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (scenario != null) {
            scenario.tearDown();
        }
    }

    @Test
    void theJsonOfEachReportingYearHoldsEveryFigureOfWhatWasBuilt() throws Exception {
        JsonNode year = api("/api/reports/2026", ReportsScenario.AUDITOR);

        assertThat(year.get("period").asText()).isEqualTo("2026/27");
        assertThat(year.get("from").asText()).isEqualTo("2026-04-01");
        assertThat(year.get("to").asText()).isEqualTo("2027-03-31");
        assertThat(year.get("asOf").asText()).isEqualTo("2027-05-04T09:00:00Z");
        // every year in the data; C counts in 2025/26, when it was referred, though decided in 2026/27
        assertThat(annual(year)).containsExactly(
                "2025/26 referrals 3, no further action 1 (rapid reviews 0), MAR/SAR 1, LCSPR 1, awaiting 0",
                "2026/27 referrals 3, no further action 1 (rapid reviews 1), MAR/SAR 0, LCSPR 1, awaiting 1");
        assertThat(lines(year.get("timeliness"), "timescaleId", "due", "onTime", "late", "missed", "open",
                "medianDaysLate", "worstDaysLate")).containsExactlyElementsOf(TIMELINESS_2026);
        assertThat(lines(year.get("agencies"), "agency", "asked", "answered", "medianWorkingDaysToAnswer", "late"))
                .containsExactlyElementsOf(AGENCIES_2026);
        assertThat(lines(year.get("notices"), "kind", "role", "deliveries", "sent", "failed", "bounced", "notYetSent",
                "medianSecondsToSent")).containsExactlyElementsOf(NOTICES_2026);

        JsonNode before = api("/api/reports/2025", ReportsScenario.TEAM);
        assertThat(annual(before)).isEqualTo(annual(year));
        assertThat(lines(before.get("timeliness"), "timescaleId", "due", "onTime", "late", "missed", "open",
                "medianDaysLate", "worstDaysLate")).containsExactlyElementsOf(TIMELINESS_2025);
        assertThat(lines(before.get("agencies"), "agency", "asked", "answered", "medianWorkingDaysToAnswer", "late"))
                .containsExactlyElementsOf(AGENCIES.stream().map(a -> a + " 3 0 - 3").toList());
        assertThat(lines(before.get("notices"), "kind", "role", "deliveries", "sent", "failed", "bounced", "notYetSent",
                "medianSecondsToSent")).containsExactlyElementsOf(NOTICES_2025);
    }

    @Test
    void anyRangeOfDatesCanBeAskedFor() throws Exception {
        // May 2026: D's summaries (due 11 May) and E's (due 19 May), E's Panel and partners deadlines, D's rapid review
        JsonNode may = api("/api/reports?from=2026-05-01&to=2026-05-31", ReportsScenario.TEAM);

        assertThat(may.get("period").asText()).isEqualTo("2026-05-01 to 2026-05-31");
        assertThat(lines(may.get("timeliness"), "timescaleId", "due", "onTime", "late", "missed", "open",
                "medianDaysLate", "worstDaysLate")).contains("SUMMARY_OF_INVOLVEMENT 14 4 1 9 0 350 358",
                "RAPID_REVIEW 1 0 1 0 0 7 7", "PANEL_NOTIFICATION 1 1 0 0 0 - -",
                "REFERRAL_IN_WRITING 2 2 0 0 0 - -", "DECISION_TO_PANEL 0 0 0 0 0 - -",
                "FINAL_REPORT 0 0 0 0 1 - -", // B's, running on 31 May
                "RAPID_REVIEW_BRIEFING 0 0 0 0 0 - -"); // D's was due in June
        assertThat(http.withBasicAuth(ReportsScenario.TEAM, StaffLogins.PASSWORD)
                .getForEntity("/api/reports?from=2026-05-31&to=2026-05-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePageShowsTheSameFiguresForTheChosenYear() {
        var pages = new ReportPages(port).signIn(ReportsScenario.AUDITOR, StaffLogins.PASSWORD);

        String html = pages.get("/reports?year=2026").body();

        assertThat(html).contains("Reports: <span>reporting year 2026/27</span>");
        assertThat(ReportPages.rows(html, "annual-table")).containsExactly(
                "2025/26 3 1 1 1 0",
                "2026/27 3 1 (including 1 Rapid Review) 0 1 1");
        assertThat(ReportPages.rows(html, "timeliness-table")).containsExactlyElementsOf(TIMELINESS_2026);
        assertThat(ReportPages.rows(html, "agencies-table")).containsExactlyElementsOf(AGENCIES_2026);
        assertThat(ReportPages.rows(html, "notices-table")).containsExactlyElementsOf(NOTICES_2026);
        assertThat(html).contains("<svg", "role=\"img\"", "aria-labelledby=\"annual-chart-title annual-chart-desc\"",
                "aria-labelledby=\"timeliness-chart-title timeliness-chart-desc\"",
                "Rapid review completed: 1 due, 0 met on time, 1 met late, 0 missed, 0 still open");
        assertThat(html).contains("href=\"/reports\">Reports</a>");

        String before = pages.get("/reports?year=2025").body();
        assertThat(ReportPages.rows(before, "timeliness-table")).containsExactlyElementsOf(TIMELINESS_2025);
        assertThat(ReportPages.rows(before, "notices-table")).containsExactlyElementsOf(NOTICES_2025);
    }

    @Test
    void eachTableDownloadsAsCsv() {
        var pages = new ReportPages(port).signIn(ReportsScenario.AUDITOR, StaffLogins.PASSWORD);

        var annual = pages.get("/reports/annual.csv?year=2026");
        assertThat(annual.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"report-annual-2026-27.csv\"");
        assertThat(annual.body()).isEqualTo("""
                Year,Referrals,No further action,Rapid Reviews (included in No further action),SCR,MAR/Single Agency Review,LCSPR,Awaiting decision\r
                2025/26,3,1,0,NA,1,1,0\r
                2026/27,3,1,1,NA,0,1,1\r
                """);
        assertThat(pages.get("/reports/timeliness.csv?year=2026").body()).contains(
                "Timescale,Title,Due,Met on time,Met late,Missed,Still open,Median days late,Worst days late\r\n",
                "SUMMARY_OF_INVOLVEMENT,LIG member agency returns its Referral Response Form (summary of involvement),14,4,1,9,0,350,358\r\n",
                "FINAL_REPORT,Final report completed and published,2,0,1,1,0,139,257\r\n");
        assertThat(pages.get("/reports/agencies.csv?year=2026").body()).contains(
                "Agency,Asked,Answered,Median working days to answer,Late\r\n", "ICB,2,1,12,2\r\n", "POLICE,2,2,1.5,0\r\n");
        assertThat(pages.get("/reports/notices.csv?from=2026-04-01&to=2027-03-31").body()).contains(
                "DECISION_NOTICE,OFSTED,3,2,0,1,0,0\r\n");
        assertThat(pages.get("/reports/nonsense.csv?year=2026").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'EXPORT_REPORT' AND username = :u ORDER BY id")
                .param("u", ReportsScenario.AUDITOR).query(String.class).list())
                .containsExactly("ANNUAL", "TIMELINESS", "AGENCIES", "NOTICES");
    }

    @Test
    void noChildOrFamilyMemberIsNamedOnThePageInTheCsvsOrTheJson() {
        var pages = new ReportPages(port).signIn(ReportsScenario.TEAM, StaffLogins.PASSWORD);
        List<String> texts = new ArrayList<>();
        for (String query : List.of("year=2026", "year=2025", "from=2026-06-01&to=2026-06-30")) {
            texts.add(pages.get("/reports?" + query).body());
            for (String table : List.of("annual", "timeliness", "agencies", "notices")) {
                texts.add(pages.get("/reports/" + table + ".csv?" + query).body());
            }
        }
        texts.add(http.withBasicAuth(ReportsScenario.TEAM, StaffLogins.PASSWORD).getForObject("/api/reports/2026", String.class));
        texts.add(http.withBasicAuth(ReportsScenario.TEAM, StaffLogins.PASSWORD).getForObject("/api/reports/2025", String.class));

        PersonalDataScan canary = PersonalDataCanaryTests.canary()
                .and(List.of("Ottoline", "Hortensia", "ottoline.pennywhistle@hampshire.police.uk"));
        List<PersonalDataScan.Finding> findings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            findings.addAll(canary.findIn("report " + i, texts.get(i)));
        }
        assertThat(texts).hasSize(17).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(findings).isEmpty();
        // nor any case: no reference, no pseudonym
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain("HSCP-2026-", "Child A", "Child Z"));
        // the scan finds the canary where it is: on the case page
        assertThat(canary.findIn("case page", pages.get("/cases/" + ReportsScenario.CANARY_REFERENCE).body())).isNotEmpty();
    }

    @Test
    void onlyTheTeamAndAuditorsSeeReportsAndEachReadIsAudited() {
        var lig = new ReportPages(port).signIn(ReportsScenario.LIG_MEMBER, StaffLogins.PASSWORD);
        assertThat(lig.get("/reports?year=2026").statusCode()).isEqualTo(403);
        assertThat(lig.get("/reports/annual.csv?year=2026").statusCode()).isEqualTo(403);
        assertThat(lig.get("/").body()).doesNotContain("href=\"/reports\"");
        assertThat(http.withBasicAuth(ReportsScenario.LIG_MEMBER, StaffLogins.PASSWORD)
                .getForEntity("/api/reports/2026", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/reports/2026", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        http.withBasicAuth(ReportsScenario.AUDITOR, StaffLogins.PASSWORD).getForObject("/api/reports/2026", String.class);
        assertThat(jdbc.sql("""
                SELECT subject || ' ' || COALESCE(detail, '') FROM audit_event
                WHERE action = 'VIEW_REPORT' AND username = :u ORDER BY id DESC LIMIT 1""")
                .param("u", ReportsScenario.AUDITOR).query(String.class).single()).isEqualTo("2026/27 API");
    }

    private JsonNode api(String path, String user) throws Exception {
        var response = http.withBasicAuth(user, StaffLogins.PASSWORD).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> annual(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("annual").forEach(r -> rows.add(r.get("year").asText() + " referrals " + r.get("referrals").asInt()
                + ", no further action " + r.get("noFurtherAction").asInt() + " (rapid reviews "
                + r.get("rapidReviews").asInt() + "), MAR/SAR " + r.get("singleAgencyOrOtherReview").asInt()
                + ", LCSPR " + r.get("lcspr").asInt() + ", awaiting " + r.get("awaitingDecision").asInt()));
        return rows;
    }

    private static List<String> lines(JsonNode rows, String... fields) {
        List<String> lines = new ArrayList<>();
        rows.forEach(r -> {
            List<String> cells = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = r.get(field);
                cells.add(value == null || value.isNull() ? "-"
                        : value.isNumber() ? Median.format(java.util.OptionalDouble.of(value.asDouble())) : value.asText());
            }
            lines.add(String.join(" ", cells));
        });
        return lines;
    }
}
