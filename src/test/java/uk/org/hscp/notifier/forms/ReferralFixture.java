package uk.org.hscp.notifier.forms;

import static uk.org.hscp.notifier.forms.DocxFixture.cell;
import static uk.org.hscp.notifier.forms.DocxFixture.para;
import static uk.org.hscp.notifier.forms.DocxFixture.row;
import static uk.org.hscp.notifier.forms.DocxFixture.spanCell;
import static uk.org.hscp.notifier.forms.DocxFixture.table;
import static uk.org.hscp.notifier.forms.DocxFixture.textCell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A referral form of our own making, laid out as Appendix B and the sample forms are: every value cell and
 * every box cell can be set, as raw paragraphs. {@link #valid()} fills in just what the rules require.
 */
final class ReferralFixture {

    static final List<String> CP_OPTIONS = List.of("Yes", "No", "Previously", "Don't know");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> boxes = new HashMap<>();

    static ReferralFixture empty() {
        return new ReferralFixture();
    }

    /** The least a valid referral has; every other box empty. */
    static ReferralFixture valid() {
        return new ReferralFixture()
                .text("Child's First Name", "Zebedee")
                .text("Child's Last Name", "Quartermaine")
                .text("D.O.B", "14/10/2015")
                .text("Date of referral", "01/10/2026")
                .text("Name of referrer", "Yolanda Referrer")
                .text("Agency", "Example Agency")
                .box("To undertake a Rapid Review", para("X"));
    }

    /** Sets the value cell beside {@code label} to one paragraph of text. */
    ReferralFixture text(String label, String text) {
        return value(label, text.isEmpty() ? "" : para(text));
    }

    /** Sets the value cell beside {@code label} to raw paragraphs. */
    ReferralFixture value(String label, String paragraphs) {
        values.put(label, paragraphs);
        return this;
    }

    /** Writes {@code shown} in place of a printed tick-list label, e.g. with "Other" text added. */
    ReferralFixture relabel(String printed, String shown) {
        values.put("label:" + printed, shown);
        return this;
    }

    /** Sets the box cell beside a tick-list label to raw paragraphs. */
    ReferralFixture box(String label, String paragraphs) {
        boxes.put(label, paragraphs);
        return this;
    }

    /** Sets the box of one answer to a yes/no question. */
    ReferralFixture answer(String question, String option, String paragraphs) {
        boxes.put(question + "|" + option, paragraphs);
        return this;
    }

    byte[] toDocx() {
        return DocxFixture.docx(body());
    }

    String body() {
        StringBuilder b = new StringBuilder();
        b.append(para("Hampshire Safeguarding Children Partnership"))
                .append(para("Appendix B – HSCP LIG Referral Form"))
                .append(para("Referral Form"));
        b.append(table(
                row(spanCell(4, para("1a. Child's Details"))),
                row(textCell("Child's First Name"), v("Child's First Name"), textCell("Child's Last Name"),
                        v("Child's Last Name")),
                row(textCell("Any known aliases"), v("Any known aliases"), textCell("Ethnicity"), v("Ethnicity")),
                row(textCell("D.O.B"), v("D.O.B"), textCell("Gender"), v("Gender")),
                row(textCell("D.O.D (if applicable)"), v("D.O.D (if applicable)"), textCell("NHS Number"),
                        v("NHS Number")),
                row(textCell(""), textCell(""), textCell("Education Setting"), v("Education Setting")),
                row(textCell("Address"), spanCell(3, values.getOrDefault("Address", "")))));
        b.append(table(
                row(textCell("1b. Family Member Details"), textCell("Name"), textCell("DOB")),
                row(cell(para("Parents'/Carers'") + para("Please include any known aliases")),
                        v("Parents'/Carers'"), v("Parents'/Carers' DOB")),
                row(textCell("Siblings"), v("Siblings"), v("Siblings DOB"))));
        b.append(table(
                row(spanCell(2, para("2. This case is being referred;"))),
                boxRow("To undertake a Rapid Review"),
                boxRow("For a Local Learning Review"),
                boxRow("For a Single Agency Review"),
                boxRow("As a case for discussion"),
                boxRow("For a Positive Case Review")));
        b.append(table(
                row(spanCell(2, para("3. Referral Details"))),
                row(textCell("Date of referral"), v("Date of referral")),
                row(textCell("Name of referrer"), v("Name of referrer")),
                row(textCell("Agency"), v("Agency")),
                row(textCell("Tel. No."), v("Tel. No.")),
                row(textCell("Email"), v("Email"))));
        b.append(table(
                row(spanCell(4, para("4. Agencies known to be involved with the case (please tick)"))),
                boxRow("Children's Services", "NPS"),
                boxRow("Police", "Probation CRC"),
                boxRow("Health Services", "YOT"),
                boxRow("Education", "Housing"),
                boxRow("CAMHS", "Voluntary Sector"),
                row(textCell("Out of area services"), b("Out of area services"), textCell(""), textCell("")),
                row(textCell("Others (please specify)"), spanCell(3, values.getOrDefault("Others (please specify)", ""))),
                row(textCell("Out of area organisation"),
                        spanCell(3, values.getOrDefault("Out of area organisation", "")))));
        StringBuilder reasons = new StringBuilder(row(spanCell(2,
                para("5. Reason for notification (more than one box may be ticked)"))));
        for (NotificationReason reason : NotificationReason.values()) {
            reasons.append(boxRow(reason.label()));
        }
        b.append(table(reasons.toString()));
        StringBuilder characteristics = new StringBuilder(row(spanCell(6, para("6. Characteristics of Case"))));
        CaseCharacteristic[] all = CaseCharacteristic.values();
        for (int i = 0; i < all.length; i += 3) {
            characteristics.append(boxRow(all[i].label(), all[i + 1].label(), all[i + 2].label()));
        }
        b.append(table(characteristics.toString()));
        b.append(table(
                questionRow("Is the child subject to a child protection plan?", CP_OPTIONS),
                questionRow("Are any siblings on a child protection plan?", CP_OPTIONS),
                questionRow("Is there a criminal investigation taking place?", List.of("Yes", "No", "Possible")),
                questionRow("Has there been a conviction?", List.of("Yes", "No", "Don't know"))));
        b.append(freeText("6. Case Outline", "Please give a summary of the circumstances of this case and explain "
                + "why you feel this case should be considered:", "Case Outline"));
        b.append(freeText("7. Case Summary Analysis", "Please provide a case summary analysis:",
                "Case Summary Analysis"));
        b.append(freeText("8. Identification of practice strengths and challenges",
                "Please provide a summary of identified strengths and challenges in this case:",
                "Identification of practice strengths and challenges"));
        b.append(para("PLEASE RETURN THIS COMPLETED FORM SECURELY TO: HSCP Team"));
        return b.toString();
    }

    /** The label cell's text, as printed unless {@link #relabel} changed it. */
    private String labelOf(String printed) {
        return values.getOrDefault("label:" + printed, printed);
    }

    private String freeText(String heading, String prompt, String key) {
        return table(row(textCell(heading)), row(textCell(prompt)), row(v(key)),
                row(textCell("(Please continue on a separate sheet if necessary)")));
    }

    private String questionRow(String question, List<String> options) {
        StringBuilder cells = new StringBuilder(textCell(question));
        for (String option : options) {
            cells.append(textCell(option)).append(cell(boxes.getOrDefault(question + "|" + option, "")));
        }
        for (int i = options.size(); i < 4; i++) {
            cells.append(textCell("")).append(textCell(""));
        }
        return row(cells.toString());
    }

    private String boxRow(String... labels) {
        StringBuilder cells = new StringBuilder();
        for (String label : labels) {
            cells.append(textCell(labelOf(label))).append(b(label));
        }
        return row(cells.toString());
    }

    private String v(String label) {
        return cell(values.getOrDefault(label, ""));
    }

    private String b(String label) {
        return cell(boxes.getOrDefault(label, ""));
    }
}
