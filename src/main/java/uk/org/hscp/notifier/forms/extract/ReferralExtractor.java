package uk.org.hscp.notifier.forms.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.hscp.notifier.forms.CaseCharacteristic;
import uk.org.hscp.notifier.forms.ChildProtectionPlanAnswer;
import uk.org.hscp.notifier.forms.ConvictionAnswer;
import uk.org.hscp.notifier.forms.CriminalInvestigationAnswer;
import uk.org.hscp.notifier.forms.Gender;
import uk.org.hscp.notifier.forms.InvolvedAgency;
import uk.org.hscp.notifier.forms.NhsNumbers;
import uk.org.hscp.notifier.forms.NotificationReason;
import uk.org.hscp.notifier.forms.PrintedLabel;
import uk.org.hscp.notifier.forms.ReferralForm;
import uk.org.hscp.notifier.forms.ReferralPurpose;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Para;
import uk.org.hscp.notifier.forms.layout.Row;

/** Reads Appendix B, the LIG Referral Form, from a layout. */
final class ReferralExtractor {

    static final String CHILD = "Child's Details";
    static final String FAMILY = "Family Member Details";
    static final String PURPOSES = "This case is being referred";
    static final String DETAILS = "Referral Details";
    static final String AGENCIES = "Agencies known to be involved with the case";
    static final String REASONS = "Reason for notification";
    static final String CHARACTERISTICS = "Characteristics of Case";
    static final String CP_PLAN = "Is the child subject to a child protection plan?";
    static final String SIBLINGS_CP_PLAN = "Are any siblings on a child protection plan?";
    static final String INVESTIGATION = "Is there a criminal investigation taking place?";
    static final String CONVICTION = "Has there been a conviction?";
    static final String OUTLINE = "Case Outline";
    static final String ANALYSIS = "Case Summary Analysis";
    static final String STRENGTHS = "Identification of practice strengths and challenges";
    static final String RETURN = "PLEASE RETURN THIS COMPLETED FORM";
    static final String OFFICE = "For Office Use";

    static final List<String> HEADINGS = List.of(CHILD, FAMILY, PURPOSES, DETAILS, AGENCIES, REASONS,
            CHARACTERISTICS, CP_PLAN, SIBLINGS_CP_PLAN, INVESTIGATION, CONVICTION, OUTLINE, ANALYSIS, STRENGTHS,
            RETURN, OFFICE);

    static final List<String> PROMPTS = List.of(
            "Please give a summary of the circumstances of this case and explain why you feel this case should be "
                    + "considered",
            "Please provide a case summary analysis",
            "Please provide a summary of identified strengths and challenges in this case");

    static final Map<String, Gender> GENDER_WORDS = Map.of(
            "male", Gender.MALE, "m", Gender.MALE, "boy", Gender.MALE,
            "female", Gender.FEMALE, "f", Gender.FEMALE, "girl", Gender.FEMALE);

    private final FormRows rows;
    private final Problems problems;

    private ReferralExtractor(Layout layout, LocalDate today) {
        this.rows = new FormRows(layout);
        this.problems = new Problems(today);
    }

    static Extraction extract(Layout layout, LocalDate today) {
        ReferralExtractor extractor = new ReferralExtractor(layout, today);
        ReferralForm form = extractor.form();
        return new Extraction(form, extractor.problems.list());
    }

    private ReferralForm form() {
        FormRows.Range agencies = rows.section(AGENCIES, HEADINGS);
        FormRows.Range reasons = rows.section(REASONS, HEADINGS);
        FormRows.Range characteristics = rows.section(CHARACTERISTICS, HEADINGS);
        Map<NotificationReason, Checklists.Entry> reasonEntries =
                Checklists.scan(rows.rows(reasons), 0, NotificationReason.class, true);
        Map<CaseCharacteristic, Checklists.Entry> characteristicEntries =
                Checklists.scan(rows.rows(characteristics), 0, CaseCharacteristic.class, true);
        return new ReferralForm(
                child(),
                family("Parents'/Carers'", "Parents'/Carers' DOB"),
                family("Siblings", "Siblings DOB"),
                Checklists.ticked(rows.rows(rows.sectionOrAll(PURPOSES, HEADINGS)), ReferralPurpose.class),
                referral(),
                Checklists.ticked(rows.rows(agencies), InvolvedAgency.class),
                line(agencies, "Others (please specify)", "Others"),
                line(agencies, "Out of area organisation"),
                ticked(reasonEntries),
                Checklists.otherText(reasonEntries.get(NotificationReason.OTHER), NotificationReason.OTHER.label()),
                ticked(characteristicEntries),
                Checklists.otherText(characteristicEntries.get(CaseCharacteristic.OTHER),
                        CaseCharacteristic.OTHER.label()),
                answer(CP_PLAN, ChildProtectionPlanAnswer.class),
                answer(SIBLINGS_CP_PLAN, ChildProtectionPlanAnswer.class),
                answer(INVESTIGATION, CriminalInvestigationAnswer.class),
                answer(CONVICTION, ConvictionAnswer.class),
                freeText(OUTLINE),
                freeText(ANALYSIS),
                freeText(STRENGTHS));
    }

    private ReferralForm.Child child() {
        FormRows.Range range = rows.sectionOrAll(CHILD, HEADINGS);
        Cell aliases = rows.value(range, "Any known aliases", "Aliases");
        return new ReferralForm.Child(
                line(range, "Child's First Name", "First Name"),
                line(range, "Child's Last Name", "Last Name", "Surname"),
                aliases == null ? List.of() : People.list(String.join(", ", Values.paragraphs(aliases))),
                line(range, "Ethnicity"),
                problems.date(rows.value(range, "D.O.B", "DOB", "Date of birth"), "D.O.B"),
                problems.date(rows.value(range, "D.O.D (if applicable)", "D.O.D", "Date of death"),
                        "D.O.D (if applicable)"),
                gender(rows.value(range, "Gender")),
                NhsNumbers.digitsOf(line(range, "NHS Number", "NHS No.")),
                line(range, "Education Setting"),
                address(rows.value(range, "Address")));
    }

    private static Gender gender(Cell cell) {
        return cell == null ? null : Choices.choose(List.of(cell), GENDER_WORDS).value();
    }

    private static String address(Cell cell) {
        return cell == null ? null : Values.address(cell);
    }

    private List<ReferralForm.FamilyMember> family(String label, String dobLabel) {
        FormRows.Range range = rows.sectionOrAll(FAMILY, HEADINGS);
        int[] at = rows.findCellStartingWith(range, label);
        if (at == null) {
            return List.of();
        }
        Row row = rows.rows().get(at[0]);
        Cell dobs = row.cell(at[1] + 2);
        List<String> dobLines = lines(dobs.paras());
        long wanted = dobLines.stream().filter(s -> !s.isBlank()).count();
        List<String> nameLines = lines(Wrapping.atLeast(row.cell(at[1] + 1), (int) wanted).paras());
        if (nameLines.size() != dobLines.size()) {
            nameLines = nameLines.stream().filter(s -> !s.isBlank()).toList();
            dobLines = dobLines.stream().filter(s -> !s.isBlank()).toList();
        }
        List<ReferralForm.FamilyMember> members = new ArrayList<>();
        for (int i = 0; i < nameLines.size(); i++) {
            String line = nameLines.get(i);
            if (line.isBlank() || Values.noneListed(line)) {
                continue;
            }
            People.Named named = People.parse(line);
            LocalDate dob = i < dobLines.size() ? problems.date(dobLines.get(i), dobLabel) : null;
            members.add(new ReferralForm.FamilyMember(named.name(), named.aliases(), named.relationship(), dob));
        }
        return members;
    }

    private static List<String> lines(List<Para> paras) {
        return paras.stream().map(p -> Values.fold(p.unstruckText())).toList();
    }

    private ReferralForm.ReferralDetails referral() {
        FormRows.Range range = rows.sectionOrAll(DETAILS, HEADINGS);
        return new ReferralForm.ReferralDetails(
                problems.date(rows.value(range, "Date of referral"), "Date of referral"),
                line(range, "Name of referrer"),
                line(range, "Agency"),
                line(range, "Tel. No.", "Telephone", "Tel"),
                line(range, "Email", "E-mail"));
    }

    private <E extends Enum<E> & PrintedLabel> E answer(String question, Class<E> type) {
        int[] at = rows.findCellStartingWith(rows.all(), question);
        if (at == null) {
            return null;
        }
        Row row = rows.rows().get(at[0]);
        Map<E, Boolean> ticks = new LinkedHashMap<>();
        Checklists.scan(List.of(row), at[1] + 1, type, false).forEach((k, v) -> ticks.put(k, v.ticked()));
        return problems.single(ticks, question);
    }

    private String freeText(String heading) {
        int at = rows.heading(heading, 0);
        return Values.freeText(rows.textUnder(at, heading, PROMPTS, HEADINGS, true));
    }

    private String line(FormRows.Range range, String... labels) {
        Cell cell = rows.value(range, labels);
        return cell == null ? null : Values.line(cell);
    }

    private static <E extends Enum<E> & PrintedLabel> Set<E> ticked(Map<E, Checklists.Entry> entries) {
        Set<E> ticked = new LinkedHashSet<>();
        entries.forEach((option, entry) -> {
            if (entry.ticked() && option.isCode()) {
                ticked.add(option);
            }
        });
        return ticked;
    }
}
