package uk.org.hscp.notifier.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.cases.web.FormFields.Field;
import uk.org.hscp.notifier.cases.web.FormFields.Section;

class FormFieldsTests {

    @Test
    void aFormReadsAsSectionsOfLabelledValues() {
        String json = """
                {"formType": "LIG_REFERRAL", "_file": "x.docx", "criminalInvestigation": "POSSIBLE",
                 "conviction": "YES", "agenciesInvolved": ["EDUCATION", "NPS"], "otherReason": null,
                 "child": {"firstName": "Kai", "nhsNumber": "9995504928", "dateOfBirth": "2017-01-17", "aliases": []},
                 "siblings": [{"name": "Jay", "relationship": null}],
                 "dates": {"rapidReview": "2026-10-28"}, "meetsRapidReviewCriteria": true}""";

        assertThat(FormFields.sections(json)).containsExactly(
                new Section("Form", List.of(new Field("Criminal investigation", "Possible"),
                        new Field("Conviction", "Yes"), new Field("Agencies involved", "Education, NPS"),
                        new Field("Other reason", "Not given"), new Field("Meets rapid review criteria", "Yes"))),
                new Section("Child", List.of(new Field("First name", "Kai"), new Field("NHS number", "9995504928"),
                        new Field("Date of birth", "17 January 2017"), new Field("Aliases", "None"))),
                new Section("Siblings 1", List.of(new Field("Name", "Jay"), new Field("Relationship", "Not given"))),
                new Section("Dates", List.of(new Field("Rapid review", "28 October 2026"))));
    }
}
