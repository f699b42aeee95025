package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's codes are the forms' own: every list of ../shared/forms/codes.md (every label each form offers,
 * ticked in a sample or not) has exactly the codes of its enum, each with the label printed on the form.
 */
class CodeListsTests {

    private static final Path CODES = Path.of("..", "shared", "forms", "codes.md");
    private static final Pattern LIST = Pattern.compile("^`(\\w+)[^`]*`$");
    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| `(\\w+)` \\|$");

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("referralPurposes", ReferralPurpose.class),
                Arguments.of("agenciesInvolved", InvolvedAgency.class),
                Arguments.of("reasons", NotificationReason.class),
                Arguments.of("characteristics", CaseCharacteristic.class),
                Arguments.of("childProtectionPlan", ChildProtectionPlanAnswer.class),
                Arguments.of("siblingsOnChildProtectionPlan", ChildProtectionPlanAnswer.class),
                Arguments.of("criminalInvestigation", CriminalInvestigationAnswer.class),
                Arguments.of("conviction", ConvictionAnswer.class),
                Arguments.of("recommendation", ReviewRecommendation.class),
                Arguments.of("agenciesPresent", RapidReviewAgency.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    <E extends Enum<E> & PrintedLabel> void theEnumHasExactlyTheFormsCodesAndLabels(String list, Class<E> codes)
            throws IOException {
        Map<String, String> onTheForm = codesMd().get(list);
        assertThat(onTheForm).as("codes.md has the list %s", list).isNotNull();
        Map<String, String> inTheReader = Arrays.stream(codes.getEnumConstants()).filter(PrintedLabel::isCode)
                .collect(Collectors.toMap(Enum::name, PrintedLabel::label, (a, b) -> a, TreeMap::new));
        assertThat(inTheReader.keySet()).as("codes of %s", list).isEqualTo(new TreeMap<>(onTheForm).keySet());
        onTheForm.forEach((code, label) -> {
            // codes.md shortens a long label with "…"
            String printed = label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
            assertThat(normalise(inTheReader.get(code))).as("label of %s.%s", list, code).startsWith(normalise(printed));
        });
    }

    private static String normalise(String label) {
        return label.replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    /** List name → code → label, in the file's order. */
    private static Map<String, Map<String, String>> codesMd() throws IOException {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(CODES)) {
            Matcher list = LIST.matcher(line.strip());
            Matcher row = ROW.matcher(line.strip());
            if (list.matches()) {
                current = lists.computeIfAbsent(list.group(1), k -> new LinkedHashMap<>());
            } else if (row.matches() && current != null) {
                current.put(row.group(2), row.group(1));
            }
        }
        return lists;
    }
}
