package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample form in {@code ../shared/forms/good/} parses to its ground truth, field by field: keys
 * starting with "_" are notes; code lists compare as sets; free text after folding white space.
 */
class GroundTruthTests {

    static final Path GOOD = Path.of("../shared/forms/good");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Set<String> CODE_LISTS = Set.of("referralPurposes", "agenciesInvolved", "reasons", "characteristics",
            "agenciesPresent", "reportsSubmitted");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormReader READER = new FormReader();

    static Stream<Arguments> sampleForms() throws IOException {
        JsonNode index = JSON.readTree(GOOD.resolve("index.json").toFile());
        List<Arguments> forms = new ArrayList<>();
        for (JsonNode entry : index) {
            forms.add(Arguments.of(entry.get("form").asText(), entry.get("truth").asText(), entry.get("type").asText()));
        }
        return forms.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleForms")
    void sampleFormParsesToItsGroundTruth(String form, String truth, String type) throws IOException {
        ReadResult result = READER.read(Files.readAllBytes(GOOD.resolve(form)), TODAY);

        assertThat(result).as("%s: result", form).isInstanceOf(ReadResult.Read.class);
        ReadResult.Read read = (ReadResult.Read) result;
        assertThat(read.form().formType().name()).as("%s: formType", form).isEqualTo(type);
        assertThat(read.problems()).as("%s: validation problems", form).isEmpty();

        JsonNode expected = JSON.readTree(GOOD.resolve(truth).toFile());
        JsonNode actual = JSON.readTree(FormJson.toJson(read.form()));
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);

        assertThat(differences).as("%s differs from %s at", form, truth).isEmpty();
    }

    static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": expected an object, got " + actual.getNodeType());
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().startsWith("_")) {
                    continue;
                }
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!actual.has(field.getKey())) {
                    differences.add(childPath + ": missing");
                    continue;
                }
                compare(childPath, field.getValue(), actual.get(field.getKey()), differences);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    differences.add((path.isEmpty() ? name : path + "." + name) + ": not in the ground truth");
                }
            });
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                differences.add(path + ": expected a list, got " + actual.getNodeType());
                return;
            }
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (CODE_LISTS.contains(key)) {
                Set<String> e = new TreeSet<>();
                Set<String> a = new TreeSet<>();
                expected.forEach(n -> e.add(n.asText()));
                actual.forEach(n -> a.add(n.asText()));
                if (!e.equals(a)) {
                    differences.add(path + ": expected " + e + ", got " + a);
                }
                return;
            }
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " items, got " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!fold(expected.asText()).equals(fold(actual.asText()))) {
                differences.add(path + ": expected \"" + expected.asText() + "\", got \"" + actual.asText() + "\"");
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
