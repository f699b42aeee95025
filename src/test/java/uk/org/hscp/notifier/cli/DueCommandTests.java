package uk.org.hscp.notifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every timescale through the shipped catalogue and calendar, across weekends, Christmas and Easter, the
 * 2022 and 2023 one-off bank holidays, both clock changes, month ends and leap years. Each row cites the
 * procedure's section; each expected value was counted by hand from GOV.UK's bank holiday lists.
 */
class DueCommandTests {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}  ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PANEL_NOTIFICATION             | 2025-12-19       | -          | 2025-12-30T23:59:59Z      | 5.1 worked example: 25, 26 Dec skipped
            PARTNERS_NOTIFICATION          | 2026-03-27       | -          | 2026-04-07T23:59:59+01:00 | 5.2 Good Friday and Easter Monday 2026
            LAC_DEATH_NOTIFICATION         | 2026-08-28       | -          | 2026-09-07T23:59:59+01:00 | 5.3 summer bank holiday 31 Aug 2026
            RAPID_REVIEW                   | 2022-09-09       | -          | 2022-10-03T23:59:59+01:00 | 8.2.1 Queen's funeral 19 Sep 2022
            RAPID_REVIEW                   | 2026-12-18       | -          | 2027-01-13T23:59:59Z      | 8.2.1 Christmas, substitute 28 Dec, New Year
            EXTRAORDINARY_MEETING          | 2025-12-19       | -          | 2026-01-14T23:59:59Z      | 8.2.1 before the rapid review is due
            SUMMARY_OF_INVOLVEMENT         | 2026-11-23       | -          | 2026-11-30T23:59:59Z      | 8.2.3 default 5 WD, meeting not set
            RAPID_REVIEW_BRIEFING          | 2026-11-27       | -          | 2026-12-01T23:59:59Z      | 8.2.3 over a weekend
            DECISION_TO_PANEL              | 2022-05-27       | -          | 2022-05-31T23:59:59+01:00 | 8.2.4 30 May 2022 was not a bank holiday (moved)
            DECISION_TO_PANEL              | 2022-06-01       | -          | 2022-06-07T23:59:59+01:00 | 8.2.4 2 and 3 Jun 2022 bank holidays
            PANEL_RESPONSE                 | 2025-04-10       | -          | 2025-05-06T23:59:59+01:00 | 10.3.1 Easter and early May 2025
            LCSPR_MEMBERS_LETTER           | 2023-05-02       | -          | 2023-05-10T23:59:59+01:00 | 9.4.2 the coronation, 8 May 2023
            FINAL_REPORT                   | 2025-08-31       | -          | 2026-02-28T23:59:59Z      | 9.12.4 six months to the month's last day
            FINAL_REPORT                   | 2023-08-31       | -          | 2024-02-29T23:59:59Z      | 9.12.4 six months into a leap February
            FINAL_REPORT                   | 2026-03-31       | -          | 2026-09-30T23:59:59+01:00 | 9.16.1 a 30-day month
            REPORT_TO_PANEL_AND_SOS        | 2026-06-01       | 2026-06-15 | 2026-06-04T23:59:59+01:00 | 9.15.3 publication - 7 WD is sooner
            REPORT_TO_PANEL_AND_SOS        | 2026-06-01       | 2026-07-31 | 2026-06-10T23:59:59+01:00 | 9.16.2 completion + 7 WD is sooner
            REPORT_TO_PANEL_AND_SOS        | 2026-06-01       | -          | 2026-06-10T23:59:59+01:00 | 9.16.2 publication not yet known
            REPORT_TO_PANEL_AND_SOS        | -                | 2026-06-15 | 2026-06-04T23:59:59+01:00 | 9.16.2 completion not yet known
            FINAL_COPY_BEFORE_PUBLICATION  | -                | 2026-06-15 | 2026-06-08T23:59:59+01:00 | Appendix A step 27: 7 calendar days
            PUBLICATION_RETENTION          | 2024-02-29       | -          | 2025-02-28T23:59:59Z      | 9.15.1 one year from 29 Feb
            REFERRAL_IN_WRITING            | 2026-03-28T09:30 | -          | 2026-03-30T10:30:00+01:00 | 7.2 48 hours across the spring clock change
            REFERRAL_IN_WRITING            | 2026-10-24T10:00 | -          | 2026-10-26T09:00:00Z      | 7.2 48 hours across the autumn clock change
            REFERRAL_IN_WRITING            | 2026-11-20T16:00 | -          | 2026-11-22T16:00:00Z      | 7.2 48 clock hours, weekend or not
            """)
    void printsTheDueMoment(String timescale, String from, String publication, String expected, String section) {
        List<String> args = new java.util.ArrayList<>(List.of(timescale));
        if (from != null) {
            args.add(from);
        }
        if (publication != null) {
            args.addAll(List.of("--publication", publication));
        }

        Result result = run(args.toArray(String[]::new));

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out().strip()).isEqualTo(expected);
    }

    @Test
    void anUnknownTimescaleExitsTwoNamingTheKnownOnes() {
        Result result = run("PANEL_NOTIFICATON", "2025-12-19");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("unknown timescale PANEL_NOTIFICATON").contains("PANEL_NOTIFICATION");
    }

    @Test
    void aBadDateExitsTwoWithAClearMessage() {
        Result result = run("PANEL_NOTIFICATION", "19/12/2025");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("'19/12/2025' is not a date");
    }

    @Test
    void aDateBeyondTheCalendarIsRefusedNotGuessed() {
        Result result = run("RAPID_REVIEW", "2030-12-20");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("covers").contains("2030-12-31");
    }

    @Test
    void aTimescaleWithoutItsDateSaysWhatItNeeds() {
        assertThat(run("FINAL_COPY_BEFORE_PUBLICATION").err()).contains("needs FROM or --publication DATE");
        assertThat(run().err()).contains("usage: due TIMESCALE_ID FROM");
    }

    record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = DueCommand.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
