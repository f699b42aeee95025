package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.hscp.notifier.forms.layout.Piece;

/** Records holding personal data print none of it. */
class RedactionTests {

    static final List<String> PERSONAL = List.of("Zebedee", "Quartermaine", "Zeb Q", "2015", "10-14", "Mixed",
            "9995504928", "Little Acorns", "Portchester", "Ottoline", "Vexworth", "Yolanda", "Agencyname",
            "01962", "yolanda@example", "Outline text", "Analysis text", "Strengths text", "Child Z",
            "SIN-2026-1", "Rationale text", "Ingrid", "Background text", "Concerns text", "Other agency text",
            "Out of area org", "Other reason text", "Other characteristic text", "Orgname");

    static ReferralForm referral() {
        LocalDate born = LocalDate.of(2015, 10, 14);
        ReferralForm.Child child = new ReferralForm.Child("Zebedee", "Quartermaine", List.of("Zeb Q"), "Mixed", born,
                born.plusYears(10), Gender.FEMALE, "9995504928", "Little Acorns", "1 Portchester Crescent");
        ReferralForm.FamilyMember mother = new ReferralForm.FamilyMember("Ottoline Vexworth", List.of("Ottoline V"),
                "Mother", LocalDate.of(1985, 1, 2));
        ReferralForm.ReferralDetails details = new ReferralForm.ReferralDetails(LocalDate.of(2026, 10, 1),
                "Yolanda Referrer", "Agencyname", "01962 000000", "yolanda@example.org");
        return new ReferralForm(child, List.of(mother), List.of(mother), Set.of(ReferralPurpose.RAPID_REVIEW),
                details, Set.of(InvolvedAgency.POLICE), "Other agency text", "Out of area org",
                Set.of(NotificationReason.OTHER), "Other reason text", Set.of(CaseCharacteristic.OTHER),
                "Other characteristic text", ChildProtectionPlanAnswer.YES, ChildProtectionPlanAnswer.NO,
                CriminalInvestigationAnswer.POSSIBLE, ConvictionAnswer.DONT_KNOW, "Outline text", "Analysis text",
                "Strengths text");
    }

    static ReferralResponseForm response() {
        return new ReferralResponseForm("HSCP-2026-0001", List.of("Zebedee Quartermaine"), "Ingrid Completer",
                "Orgname", "Yolanda Referrer", true, "Background text", "Concerns text");
    }

    static RapidReviewForm rapidReview() {
        LocalDate d = LocalDate.of(2015, 10, 14);
        return new RapidReviewForm("HSCP-2026-0005", "Child Z", new RapidReviewForm.Dates(d, d, d, d, d), true,
                "SIN-2026-12345", ReviewRecommendation.PARTNERSHIP_REVIEW, "Rationale text",
                Set.of(RapidReviewAgency.POLICE), Set.of(RapidReviewAgency.SCAS));
    }

    @Test
    void referralAndItsPartsPrintNoPersonalData() {
        ReferralForm form = referral();
        assertNoPersonalData(form.toString());
        assertNoPersonalData(form.child().toString());
        assertNoPersonalData(form.parentsCarers().get(0).toString());
        assertNoPersonalData(form.referral().toString());
        assertThat(form.toString()).isEqualTo("ReferralForm[formType=LIG_REFERRAL, redacted]");
    }

    @Test
    void responsePrintsOnlyItsCaseReference() {
        assertNoPersonalData(response().toString());
        assertThat(response().toString()).contains("HSCP-2026-0001");
    }

    @Test
    void rapidReviewAndItsDatesPrintNoPersonalData() {
        assertNoPersonalData(rapidReview().toString());
        assertNoPersonalData(rapidReview().dates().toString());
    }

    @Test
    void readResultPrintsNoPersonalData() {
        assertNoPersonalData(new ReadResult.Read(referral(), List.of(new FormProblem("D.O.B", "is missing", "x")))
                .toString());
    }

    @Test
    void layoutTextPiecePrintsNoText() {
        assertNoPersonalData(new Piece.Text("Zebedee Quartermaine", true).toString());
    }

    @Test
    void problemsFromAFormNeverQuoteItsValues() {
        LocalDate born = LocalDate.of(2015, 10, 14);
        ReferralForm bad = new ReferralForm(new ReferralForm.Child("Zebedee", null, List.of(), null, born,
                born.minusDays(1), null, "9995504929", null, null), List.of(), List.of(), Set.of(),
                new ReferralForm.ReferralDetails(LocalDate.of(2031, 1, 1), null, null, null, null), Set.of(), null,
                null, Set.of(), null, Set.of(), null, null, null, null, null, null, null, null);
        List<FormProblem> problems = FormValidator.validate(bad, LocalDate.of(2026, 11, 22));
        assertThat(problems).isNotEmpty();
        problems.forEach(p -> assertNoPersonalData(p.toString()));
        problems.forEach(p -> assertThat(p.toString()).doesNotContain("9995504929", "2031"));
    }

    private static void assertNoPersonalData(String printed) {
        for (String value : PERSONAL) {
            assertThat(printed).as("printed form").doesNotContain(value);
        }
    }
}
