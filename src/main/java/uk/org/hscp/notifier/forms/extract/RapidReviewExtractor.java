package uk.org.hscp.notifier.forms.extract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.hscp.notifier.forms.RapidReviewAgency;
import uk.org.hscp.notifier.forms.RapidReviewForm;
import uk.org.hscp.notifier.forms.ReviewRecommendation;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Row;

/** Reads Appendix D, the LIG Rapid Review Form, from a layout. */
final class RapidReviewExtractor {

    static final String REFERRAL_TYPE = "Referral Type";
    static final String MEETS_CRITERIA = "Does this case meet the criteria for Rapid Review?";
    static final String RECOMMENDATION = "Recommendation";
    static final String RATIONALE = "Rational for decision";
    static final String RATIONALE_SPELT = "Rationale for decision";
    static final String PRESENT = "Present for discussion";
    static final String REPORTS = "Submission of reports";

    static final List<String> HEADINGS = List.of(REFERRAL_TYPE, "Incident that lead to referral",
            "Immediate Safeguarding of other children", "Background information",
            "Initial learning and action taken to respond to this", "Particular considerations", RECOMMENDATION,
            RATIONALE, RATIONALE_SPELT, PRESENT, REPORTS);

    private final FormRows rows;
    private final Problems problems;

    private RapidReviewExtractor(Layout layout, LocalDate today) {
        this.rows = new FormRows(layout);
        this.problems = new Problems(today);
    }

    static Extraction extract(Layout layout, LocalDate today) {
        RapidReviewExtractor extractor = new RapidReviewExtractor(layout, today);
        RapidReviewForm form = extractor.form();
        return new Extraction(form, extractor.problems.list());
    }

    private RapidReviewForm form() {
        FormRows.Range all = rows.all();
        return new RapidReviewForm(
                line(all, "Case reference", "Case ref", "HSCP reference"),
                line(all, "Child", "Child pseudonym"),
                dates(all),
                meetsCriteria(),
                line(all, "Notification of Serious Incident Reference", "Serious Incident Reference"),
                recommendation(),
                rationale(),
                Checklists.ticked(rows.rows(rows.section(PRESENT, HEADINGS)), RapidReviewAgency.class),
                Checklists.ticked(rows.rows(rows.section(REPORTS, HEADINGS)), RapidReviewAgency.class));
    }

    private RapidReviewForm.Dates dates(FormRows.Range all) {
        return new RapidReviewForm.Dates(
                problems.date(rows.value(all, "Date of notification to HSCB:", "Date of notification to HSCP:"),
                        "Date of notification to HSCB"),
                problems.date(rows.value(all, "Date of Rapid Review:"), "Date of Rapid Review"),
                problems.date(rows.value(all, "Date of sign off by LIG chair:"), "Date of sign off by LIG chair"),
                problems.date(rows.value(all, "Date of sign off by HSCB chair:", "Date of sign off by HSCP chair:"),
                        "Date of sign off by HSCB chair"),
                problems.date(rows.value(all, "Date of submission to the National Panel:"),
                        "Date of submission to the National Panel"));
    }

    private Boolean meetsCriteria() {
        int[] at = rows.findCellStartingWith(rows.all(), MEETS_CRITERIA);
        if (at == null) {
            return null;
        }
        Row row = rows.rows().get(at[0]);
        List<Cell> answers = row.cells().subList(at[1] + 1, row.cells().size());
        Choices.Choice<Boolean> choice = Choices.choose(answers, ResponseExtractor.YES_NO);
        if (choice.ambiguous()) {
            problems.moreThanOne(MEETS_CRITERIA);
        }
        return choice.value();
    }

    private ReviewRecommendation recommendation() {
        FormRows.Range range = rows.section(RECOMMENDATION, HEADINGS);
        Map<ReviewRecommendation, Boolean> ticks = new LinkedHashMap<>();
        Checklists.scan(rows.rows(range), 0, ReviewRecommendation.class, true)
                .forEach((option, entry) -> ticks.put(option, entry.ticked()));
        return problems.single(ticks, "7. Recommendation");
    }

    private String rationale() {
        int at = rows.heading(RATIONALE, 0);
        String heading = RATIONALE;
        if (at < 0) {
            at = rows.heading(RATIONALE_SPELT, 0);
            heading = RATIONALE_SPELT;
        }
        return Values.freeText(rows.textUnder(at, heading, List.of(), HEADINGS, true));
    }

    private String line(FormRows.Range range, String... labels) {
        Cell cell = rows.value(range, labels);
        return cell == null ? null : Values.line(cell);
    }
}
