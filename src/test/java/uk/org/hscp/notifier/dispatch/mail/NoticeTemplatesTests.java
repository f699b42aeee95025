package uk.org.hscp.notifier.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.notices.NoticeKind;

class NoticeTemplatesTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, LONDON);

    final NoticeTemplates templates = new NoticeTemplates(Path.of("config"));

    static AnonymisedNotice notice(NoticeKind kind) {
        var due = ZonedDateTime.of(2026, 12, 4, 23, 59, 59, 0, LONDON);
        return new AnonymisedNotice(kind, 42, "HSCP-2026-0007", "Child A", 9,
                new AnonymisedNotice.Deadline(17, "Rapid review completed", "8.2.1", "HSCP team and LIG", due, 1,
                        "BEFORE_DUE"),
                "8.2.4, 9.4.1", "Reply to the HSCP team, quoting the case reference.",
                List.of("Child's First Name: is missing", "<script>alert(1)</script> & more"),
                URI.create("http://localhost:8080/cases/HSCP-2026-0007"), URI.create("http://localhost:8080"),
                "NATIONAL_PANEL", NOW, NOW.minusDays(21));
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindSaysWhatIsDueByWhenUnderWhichSectionAndWhatToDo(NoticeKind kind) {
        var rendered = templates.render(notice(kind));

        assertThat(rendered.subject()).isNotBlank().doesNotContain("\n").doesNotContain("[(");
        assertThat(rendered.text())
                .contains("Rapid review completed")
                .contains("by the end of Friday 4 December 2026")
                .contains("8.2.1")
                .contains("What to do: Reply to the HSCP team, quoting the case reference.")
                .contains("http://localhost:8080/cases/HSCP-2026-0007")
                .contains("HSCP-2026-0007")
                .contains("Child A")
                .contains("- Child's First Name: is missing")
                .doesNotContain("[(").doesNotContain("[#").doesNotContain("th:");
        assertThat(rendered.html())
                .contains("Friday 4 December 2026")
                .contains("8.2.1")
                .contains("Reply to the HSCP team, quoting the case reference.")
                .contains("href=\"http://localhost:8080/cases/HSCP-2026-0007\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>")
                .doesNotContain("th:");
    }

    @Test
    void aDecisionNoticeReadsAsALetterToThePanel() {
        var rendered = templates.render(notice(NoticeKind.DECISION_NOTICE));

        assertThat(rendered.subject())
                .isEqualTo("HSCP-2026-0007 Child A: decision on a local child safeguarding practice review");
        assertThat(rendered.text()).startsWith("Under sections 8.2.4, 9.4.1 of its procedure")
                .contains("Case: HSCP-2026-0007 (Child A, aged 9)");
    }

    @Test
    void aFormQueryAboutAnEmailNamesNoCaseAndListsEveryProblem() {
        var notice = new AnonymisedNotice(NoticeKind.FORM_QUERY, 3, null, null, null, null, null,
                "Please correct each problem listed and send the form again.",
                List.of("The e-mail has no attachment.", "Reason: NO_FORM_FOUND"), null,
                URI.create("http://localhost:8080"), "SENDER", NOW, ZonedDateTime.of(2026, 11, 2, 10, 41, 0, 0, LONDON));

        var rendered = templates.render(notice);

        assertThat(rendered.subject()).isEqualTo("HSCP: we could not accept your e-mail received on Monday 2 November 2026 at 10:41");
        assertThat(rendered.text()).contains("- The e-mail has no attachment.\n- Reason: NO_FORM_FOUND")
                .doesNotContain("Case:").doesNotContain("What is due");
    }

    @Test
    void anOverdueReminderSaysSo() {
        var due = NOW.minusDays(2);
        var notice = new AnonymisedNotice(NoticeKind.REMINDER, 3, "HSCP-2026-0007", "Child A", null,
                new AnonymisedNotice.Deadline(17, "Panel notified of the serious incident", "5.1", "local authority",
                        due.withHour(23).withMinute(59).withSecond(59), 0, "OVERDUE_ESCALATION"),
                null, "Act now.", List.of(), URI.create("http://localhost:8080/cases/HSCP-2026-0007"),
                URI.create("http://localhost:8080"), "LOCAL_AUTHORITY", NOW, null);

        var rendered = templates.render(notice);

        assertThat(rendered.subject()).isEqualTo(
                "HSCP-2026-0007 Child A: overdue: Panel notified of the serious incident, due Saturday 21 November 2026");
        assertThat(rendered.text()).contains("Overdue for case HSCP-2026-0007 (Child A)")
                .contains("by the end of Saturday 21 November 2026");
    }
}
