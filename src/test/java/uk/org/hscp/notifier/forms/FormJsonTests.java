package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormJsonTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.org.hscp.notifier.forms.GroundTruthTests#sampleForms")
    void sampleFormSurvivesARoundTripThroughJson(String form, String truth, String type) throws IOException {
        Form read = FormReading.read(Files.readAllBytes(GroundTruthTests.GOOD.resolve(form))).form();

        assertThat(FormJson.fromJson(FormJson.toJson(read))).isEqualTo(read);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("uk.org.hscp.notifier.forms.GroundTruthTests#sampleForms")
    void groundTruthFileReadsBackSkippingItsNotes(String form, String truth, String type) throws IOException {
        String json = Files.readString(GroundTruthTests.GOOD.resolve(truth));

        Form fromTruth = FormJson.fromJson(json);

        assertThat(fromTruth.formType().name()).isEqualTo(type);
        JsonNode expected = JSON.readTree(json);
        JsonNode written = JSON.readTree(FormJson.toJson(fromTruth));
        java.util.List<String> differences = new java.util.ArrayList<>();
        GroundTruthTests.compare("", expected, written, differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void jsonHasTheContractShape() throws IOException {
        JsonNode json = JSON.readTree(FormJson.toJson(RedactionTests.referral()));

        assertThat(json.get("formType").asText()).isEqualTo("LIG_REFERRAL");
        assertThat(json.fieldNames().next()).isEqualTo("formType");
        assertThat(json.at("/child/dateOfBirth").asText()).isEqualTo("2015-10-14");
        assertThat(json.at("/referralPurposes").isArray()).isTrue();
        assertThat(json.has("otherReason")).isTrue();
        assertThat(JSON.readTree(FormJson.toJson(new ReferralResponseForm(null, java.util.List.of(), null, null, null,
                null, null, null))).get("caseReference").isNull()).isTrue();
    }

    @Test
    void formTypeDecidesTheRecordReadBack() {
        assertThat(FormJson.fromJson(FormJson.toJson(RedactionTests.rapidReview())))
                .isEqualTo(RedactionTests.rapidReview());
        assertThat(FormJson.fromJson(FormJson.toJson(RedactionTests.response())))
                .isEqualTo(RedactionTests.response());
    }

    @Test
    void notFormJsonIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> FormJson.fromJson("{\"formType\":\"LETTER\",\"name\":\"Zebedee\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("Zebedee");
        assertThatThrownBy(() -> FormJson.fromJson("{\"formType\":\"RAPID_REVIEW\",\"secret\":\"Zebedee\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("Zebedee");
    }
}
