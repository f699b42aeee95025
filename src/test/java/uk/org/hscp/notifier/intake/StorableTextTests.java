package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorableTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text            | LIG referral          | LIG referral          | false
            a NUL                 | a\\u0000b             | a\\uFFFDb             | true
            a lone high surrogate | x\\uD800              | x\\uFFFD              | true
            a lone low surrogate  | \\uDC00y              | \\uFFFDy              | true
            a surrogate pair      | \\uD83D\\uDE00 smile  | \\uD83D\\uDE00 smile  | false
            other controls kept   | tab\\tand\\u0007bell  | tab\\tand\\u0007bell  | false
            """)
    void keepsWhatTheDatabaseCanStore(String name, String in, String out, boolean changed) {
        StorableText.Cleaned cleaned = StorableText.clean(unescape(in));

        assertThat(cleaned.text()).isEqualTo(unescape(out));
        assertThat(cleaned.changed()).isEqualTo(changed);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\t", i)) {
                out.append('\t');
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
