package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.forms.DocxFixture.cell;
import static uk.org.hscp.notifier.forms.DocxFixture.p;
import static uk.org.hscp.notifier.forms.DocxFixture.para;
import static uk.org.hscp.notifier.forms.DocxFixture.r;
import static uk.org.hscp.notifier.forms.DocxFixture.row;
import static uk.org.hscp.notifier.forms.DocxFixture.spanCell;
import static uk.org.hscp.notifier.forms.DocxFixture.struck;
import static uk.org.hscp.notifier.forms.DocxFixture.table;
import static uk.org.hscp.notifier.forms.DocxFixture.textCell;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Referral responses and rapid reviews of our own making. */
class ResponseAndRapidReviewTests {

    static byte[] response(String reference, String children, String yesCell, String noCell) {
        return DocxFixture.docx(para("Appendix C – HSCP LIG Referral Response Form") + para("Referral Response Form")
                + (reference == null ? "" : para("Case reference: " + reference))
                + table(row(textCell("Name(s) of the subject child(ren):"), cell(children)))
                + table(row(textCell("Agency Details")),
                        row(textCell("Name of person completing report: Ingrid Completer")),
                        row(textCell("Organisation: Example Trust")),
                        row(textCell("Name of LIG representative: Yolanda Rep")))
                + table(row(textCell("Was the child(ren)/ family/ other named persons known to your agency?"),
                        cell(yesCell), cell(noCell)))
                + table(row(textCell("Background summary of involvement (please provide a brief narrative):")),
                        row(textCell("Known since 2020.")))
                + para("PLEASE RETURN THIS COMPLETED FORM SECURELY TO: HSCP Team"));
    }

    static Stream<Arguments> knownAnswers() {
        return Stream.of(
                Arguments.of("Yes ticked", p(r("Yes \u2612")), p(r("No \u2610")), true),
                Arguments.of("No ticked", p(r("Yes \u2610")), p(r("No \u2612")), false),
                Arguments.of("No struck through", para("Yes"), p(struck("No")), true),
                Arguments.of("Yes struck through", p(struck("Yes")), para("No"), false),
                Arguments.of("only Yes left", para("Yes"), "", true),
                Arguments.of("only No left", "", para("No"), false),
                Arguments.of("both left standing", para("Yes"), para("No"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownAnswers")
    void knownToAgencyIsReadFromTicksOrWhatIsLeftStanding(String convention, String yes, String no, Boolean known) {
        ReferralResponseForm form = (ReferralResponseForm) FormReading.read(
                response(null, para("Kai Fairbrother"), yes, no)).form();

        assertThat(form.knownToAgency()).as(convention).isEqualTo(known);
    }

    @Test
    void responseFieldsAreRead() {
        ReadResult.Read read = FormReading.read(response("HSCP-2026-0005",
                para("Kai Fairbrother and Leo Fairbrother"), p(r("Yes \u2612")), p(r("No \u2610"))));
        ReferralResponseForm form = (ReferralResponseForm) read.form();

        assertThat(read.problems()).isEmpty();
        assertThat(form.caseReference()).isEqualTo("HSCP-2026-0005");
        assertThat(form.subjectChildren()).containsExactly("Kai Fairbrother", "Leo Fairbrother");
        assertThat(form.completedBy()).isEqualTo("Ingrid Completer");
        assertThat(form.organisation()).isEqualTo("Example Trust");
        assertThat(form.ligRepresentative()).isEqualTo("Yolanda Rep");
        assertThat(form.backgroundSummary()).isEqualTo("Known since 2020.");
        assertThat(form.concernsAboutWorkingTogether()).isNull();
    }

    @Test
    void responseWithoutAPrintedReferenceHasNone() {
        ReferralResponseForm form = (ReferralResponseForm) FormReading.read(
                response(null, para("Kai Fairbrother") + para("Leo Fairbrother"), "", para("No"))).form();

        assertThat(form.caseReference()).isNull();
        assertThat(form.subjectChildren()).containsExactly("Kai Fairbrother", "Leo Fairbrother");
    }

    static byte[] rapidReview(String meets, String recommendationBox) {
        return DocxFixture.docx(para("Appendix D – HSCP LIG Rapid Review Form")
                + table(row(textCell("Case reference"), textCell("HSCP-2026-0005")),
                        row(textCell("Child"), textCell("Child A")),
                        row(textCell("Date of notification to HSCB:"), textCell("8 October 2026")),
                        row(textCell("Date of Rapid Review:"), textCell("28.10.26")),
                        row(textCell("Date of sign off by LIG chair:"), textCell("N/A")),
                        row(textCell("Date of sign off by HSCB chair:"), textCell("")),
                        row(textCell("Date of submission to the National Panel:"), textCell("2026-11-03")))
                + table(row(spanCell(2, para("1. Referral Type"))),
                        row(textCell("Does this case meet the criteria for Rapid Review?"), cell(meets)),
                        row(textCell("Notification of Serious Incident Reference:"), textCell("SIN-2026-82133")))
                + table(row(spanCell(2, para("7. Recommendation"))),
                        row(textCell("Partnership review"), cell(recommendationBox)),
                        row(textCell("Table top workshop"), textCell("")))
                + table(row(textCell("8. Rational for decision")), row(textCell("Because.")))
                + table(row(spanCell(4, para("9. Present for discussion"))),
                        row(textCell("Children's Services"), textCell("x"), textCell("Southern Health"), textCell("")),
                        row(textCell("Police"), textCell(""), textCell("SCAS"), textCell("\u2714")))
                + table(row(spanCell(4, para("10. Submission of reports"))),
                        row(textCell("Children's Services"), textCell(""), textCell("Southern Health"), textCell("Yes")),
                        row(textCell("Police"), textCell("X"), textCell("SCAS"), textCell(""))));
    }

    static Stream<Arguments> meetsCriteria() {
        return Stream.of(
                Arguments.of(para("YES"), true),
                Arguments.of(para("Yes - criteria met"), true),
                Arguments.of(para("No"), false),
                Arguments.of(p(r("Yes / "), struck("No")), true),
                Arguments.of(p(struck("Yes"), r(" / No")), false),
                Arguments.of(para("Yes / No"), null));
    }

    @ParameterizedTest
    @MethodSource("meetsCriteria")
    void meetsRapidReviewCriteriaIsRead(String answer, Boolean meets) {
        RapidReviewForm form = (RapidReviewForm) FormReading.read(rapidReview(answer, para("X"))).form();
        assertThat(form.meetsRapidReviewCriteria()).isEqualTo(meets);
    }

    @Test
    void rapidReviewFieldsAreReadWithEachChecklistInItsOwnSection() {
        ReadResult.Read read = FormReading.read(rapidReview(para("Yes"), para("\u2612")));
        RapidReviewForm form = (RapidReviewForm) read.form();

        assertThat(read.problems()).isEmpty();
        assertThat(form.caseReference()).isEqualTo("HSCP-2026-0005");
        assertThat(form.childPseudonym()).isEqualTo("Child A");
        assertThat(form.dates()).isEqualTo(new RapidReviewForm.Dates(LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 28), null, null, LocalDate.of(2026, 11, 3)));
        assertThat(form.seriousIncidentNotificationReference()).isEqualTo("SIN-2026-82133");
        assertThat(form.recommendation()).isEqualTo(ReviewRecommendation.PARTNERSHIP_REVIEW);
        assertThat(form.rationale()).isEqualTo("Because.");
        assertThat(form.agenciesPresent()).containsExactlyInAnyOrder(RapidReviewAgency.CHILDRENS_SERVICES,
                RapidReviewAgency.SCAS);
        assertThat(form.reportsSubmitted()).containsExactlyInAnyOrder(RapidReviewAgency.POLICE,
                RapidReviewAgency.SOUTHERN_HEALTH);
    }

    @Test
    void rapidReviewWithNoRecommendationTickedHasNone() {
        RapidReviewForm form = (RapidReviewForm) FormReading.read(rapidReview(para("Yes"), "")).form();
        assertThat(form.recommendation()).isNull();
        assertThat(List.of(form.agenciesPresent().size())).containsExactly(2);
    }
}
