package uk.org.hscp.notifier.forms.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.hscp.notifier.forms.ReferralResponseForm;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Row;

/** Reads Appendix C, the LIG Referral Response Form, from a layout. */
final class ResponseExtractor {

    static final String KNOWN = "Was the child(ren)/ family/ other named persons known to your agency?";
    static final String BACKGROUND = "Background summary of involvement (please provide a brief narrative):";
    static final String CONCERNS = "Does your agency have any concerns regarding the way agencies worked together in "
            + "this case (if yes please detail below):";

    /** Every question of the form; an answer under one heading ends at the next. */
    static final List<String> HEADINGS = List.of(
            "Name(s) of the subject child(ren)",
            "Agency Details",
            "Please explain why you feel this case should be considered",
            "If this case does not meet the criteria for a Local Safeguarding Practice Review",
            KNOWN,
            "Were any of the named persons known to your agency under another name",
            "If not known to your agency",
            "Name(s) of person known to your service",
            "Any additional adults or children known to your service",
            "Reason for involvement with that person",
            BACKGROUND,
            "Was your agency aware of any previous safeguarding",
            "Was your agency aware of any other organisations working with the named persons",
            CONCERNS,
            "Has your agency undertaken any form of internal review",
            "Please provide a case summary analysis",
            "Identification of practice strengths and challenges",
            "Does your agency have any concerns or observations on the following areas",
            "PLEASE RETURN THIS COMPLETED FORM");

    static final Map<String, Boolean> YES_NO = Map.of("yes", true, "y", true, "no", false, "n", false);

    private final FormRows rows;

    private ResponseExtractor(Layout layout) {
        this.rows = new FormRows(layout);
    }

    static Extraction extract(Layout layout, LocalDate today) {
        return new Extraction(new ResponseExtractor(layout).form(), List.of());
    }

    private ReferralResponseForm form() {
        FormRows.Range all = rows.all();
        Cell children = rows.value(all, "Name(s) of the subject child(ren)", "Name of the subject child",
                "Names of the subject children", "Subject child(ren)");
        return new ReferralResponseForm(
                line(all, "Case reference", "Case ref", "HSCP reference"),
                children == null ? List.of() : People.names(Values.paragraphs(children)),
                line(all, "Name of person completing report", "Completed by"),
                line(all, "Organisation", "Organization", "Agency"),
                line(all, "Name of LIG representative", "LIG representative"),
                known(),
                freeText(BACKGROUND),
                freeText(CONCERNS));
    }

    private Boolean known() {
        int[] at = rows.findCellStartingWith(rows.all(), KNOWN);
        if (at == null) {
            return null;
        }
        Row row = rows.rows().get(at[0]);
        List<Cell> answers = row.cells().subList(at[1] + 1, row.cells().size());
        return Choices.choose(answers, YES_NO).value();
    }

    private String freeText(String heading) {
        int at = rows.heading(heading, 0);
        return Values.freeText(rows.textUnder(at, heading, List.of(), HEADINGS, false));
    }

    private String line(FormRows.Range range, String... labels) {
        Cell cell = rows.value(range, labels);
        return cell == null ? null : Values.line(cell);
    }
}
