package uk.org.hscp.notifier.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.org.hscp.notifier.cases.NeedToKnow.Facts;
import uk.org.hscp.notifier.cases.NeedToKnow.TeamDecision;

class NeedToKnowTests {

    @ParameterizedTest(name = "request open {0}, answered {1}, team {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # open | involved | team    | may read | why
            false  | -        | -       | false    | Not asked, or no answer saying it was involved
            true   | -        | -       | true     | Summary of involvement requested, not answered yet
            false  | true     | -       | true     | Answered: involved
            false  | false    | -       | false    | Answered: not involved
            true   | false    | -       | true     | Summary of involvement requested, not answered yet
            false  | -        | GRANTED | true     | Added by the HSCP team
            false  | false    | GRANTED | true     | Added by the HSCP team
            true   | -        | REVOKED | false    | Removed by the HSCP team
            false  | true     | REVOKED | false    | Removed by the HSCP team
            """, delimiter = '|')
    void aLigAgencyReadsACaseOnlyWhileAskedOrWhenInvolvedOrAddedAndNeverOnceRemoved(boolean requestOpen,
            Boolean involved, TeamDecision team, boolean mayRead, String why) {
        Facts facts = new Facts(requestOpen, Optional.ofNullable(involved), Optional.ofNullable(team));

        assertThat(NeedToKnow.mayRead(facts)).isEqualTo(mayRead);
        assertThat(NeedToKnow.why(facts)).isEqualTo(why);
    }
}
