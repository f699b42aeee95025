package uk.org.hscp.notifier.forms.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTests {

    @Test
    void relationshipBeforeAColonAndAliasInBrackets() {
        assertThat(People.parse("Mother: Shannon Fairbrother (aka Shannon Smith)"))
                .isEqualTo(new People.Named("Shannon Fairbrother", List.of("Shannon Smith"), "Mother"));
    }

    @Test
    void relationshipInBracketsAfterTheName() {
        assertThat(People.parse("Darren Lyndhurst (Stepfather)"))
                .isEqualTo(new People.Named("Darren Lyndhurst", List.of(), "Stepfather"));
    }

    @Test
    void aliasAndRelationshipBothInBrackets() {
        assertThat(People.parse("Chantelle Nowak (aka Chantelle Okafor) (Mother)"))
                .isEqualTo(new People.Named("Chantelle Nowak", List.of("Chantelle Okafor"), "Mother"));
    }

    @Test
    void relationshipWithAnApostrophe() {
        assertThat(People.parse("Mother's partner: Jamie Okafor"))
                .isEqualTo(new People.Named("Jamie Okafor", List.of(), "Mother's partner"));
        assertThat(People.parse("Gary Okafor (Mother's partner)").relationship()).isEqualTo("Mother's partner");
    }

    @Test
    void relationshipAfterADash() {
        assertThat(People.parse("Ellie-May Smith-Beaumont - Sister"))
                .isEqualTo(new People.Named("Ellie-May Smith-Beaumont", List.of(), "Sister"));
    }

    @Test
    void nameAloneHasNoRelationship() {
        assertThat(People.parse("Kacper Fairbrother"))
                .isEqualTo(new People.Named("Kacper Fairbrother", List.of(), null));
    }

    @Test
    void listOfNamesSplitsOnCommasAndAnd() {
        assertThat(People.list("Kai Smith, Leo Smith and Ruby O'Donnell"))
                .containsExactly("Kai Smith", "Leo Smith", "Ruby O'Donnell");
        assertThat(People.list("None")).isEmpty();
        assertThat(People.list("N/A")).isEmpty();
    }

    @Test
    void subjectChildNamesDropBracketedNotes() {
        assertThat(People.names(List.of("Kai Fairbrother (DOB 17/01/2017)", "Leo Fairbrother")))
                .containsExactly("Kai Fairbrother", "Leo Fairbrother");
    }
}
