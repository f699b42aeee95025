package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TimescaleCatalogueTests {

    @Test
    void theShippedCatalogueHasEveryTimescaleOfTheProcedure() {
        TimescaleCatalogue catalogue = TimescaleCatalogue.load();

        assertThat(catalogue.enabled()).extracting(Timescale::id).containsExactlyInAnyOrder("REFERRAL_IN_WRITING",
                "PANEL_NOTIFICATION", "PARTNERS_NOTIFICATION", "LAC_DEATH_NOTIFICATION", "SUMMARY_OF_INVOLVEMENT",
                "RAPID_REVIEW", "EXTRAORDINARY_MEETING", "RAPID_REVIEW_BRIEFING", "DECISION_TO_PANEL",
                "PANEL_RESPONSE", "LCSPR_MEMBERS_LETTER", "FINAL_REPORT", "PUBLICATION_DELAY_NOTICE",
                "REPORT_TO_PANEL_AND_SOS", "FINAL_COPY_BEFORE_PUBLICATION", "PUBLICATION_RETENTION",
                "ACTION_PLAN_MONITORING");
        assertThat(catalogue.find("CARE_LEAVER_DEATH_NOTIFICATION")).hasValueSatisfying(
                t -> assertThat(t.enabled()).isFalse());
        assertThat(catalogue.all()).allSatisfy(t -> {
            assertThat(t.section()).isNotBlank();
            assertThat(t.whatToDo()).isNotBlank();
        });
    }

    @Test
    void aBrokenEntryStopsLoadingWithAMessageNamingIt() {
        String yaml = """
                timescales:
                  - id: PANEL_NOTIFICATION
                    title: Notify the Panel
                    section: "5.1"
                    startEvent: INCIDENT_AWARENESS
                    due: { after: INCIDENT_AWARENESS, amount: 5, unit: WORKING_WEEKS }
                    metBy: PANEL_NOTIFIED
                    whoMustAct: LOCAL_AUTHORITY
                  - id: RAPID_REVIEW
                    title: Rapid review
                    startEvent: SOMETHING_HAPPENED
                    due: { after: SERIOUS_INCIDENT_NOTIFICATION_RECEIVED, amount: -15, unit: WORKING_DAYS }
                    metBy: RAPID_REVIEW_COMPLETED
                    whoMustAct: HSCP_TEAM
                    reminded: [EVERYONE]
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(TimescaleCatalogue.InvalidCatalogueException.class)
                .hasMessageContaining("entry PANEL_NOTIFICATION: unknown unit WORKING_WEEKS")
                .hasMessageContaining("entry RAPID_REVIEW: startEvent: unknown event SOMETHING_HAPPENED")
                .hasMessageContaining("entry RAPID_REVIEW: amount must be positive")
                .hasMessageContaining("entry RAPID_REVIEW: reminded: unknown role EVERYONE");
    }

    @Test
    void aRepeatedIdAndAnUnknownKeyAreRefused() {
        String entry = """
                  - id: RAPID_REVIEW
                    title: Rapid review
                    startEvent: SERIOUS_INCIDENT_NOTIFICATION_RECEIVED
                    due: { after: SERIOUS_INCIDENT_NOTIFICATION_RECEIVED, amount: 15, unit: WORKING_DAYS }
                    metBy: RAPID_REVIEW_COMPLETED
                    whoMustAct: HSCP_TEAM
                """;

        assertThatThrownBy(() -> parse("timescales:\n" + entry + entry)).hasMessageContaining("used twice");
        assertThatThrownBy(() -> parse("timescales:\n" + entry + "    remindrs: [0WD]\n"))
                .hasMessageContaining("remindrs").hasMessageContaining("line");
    }

    private static TimescaleCatalogue parse(String yaml) {
        return TimescaleCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
