package uk.org.hscp.notifier.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Procedure 8.2.1: quorate only with Children's Services, the Police and the ICB present. */
class QuorumTests {

    @Test
    void theThreeRequiredAgenciesMakeAQuorumWhoeverElseIsAbsent() {
        var verdict = Quorum.of(Map.of("CHILDRENS_SERVICES", true, "POLICE", true, "ICB", true, "EDUCATION", false));

        assertThat(verdict.recorded()).isTrue();
        assertThat(verdict.quorate()).isTrue();
        assertThat(verdict.absentRequired()).isEmpty();
    }

    @Test
    void anyOfTheThreeAbsentIsNotQuorateHoweverManyOthersAttend() {
        var verdict = Quorum.of(Map.of("CHILDRENS_SERVICES", true, "POLICE", false, "SOUTHERN_HEALTH", true,
                "HHFT", true, "EDUCATION", true, "PROBATION", true));

        assertThat(verdict.quorate()).isFalse();
        assertThat(verdict.absentRequired()).containsExactly("POLICE", "ICB");
    }

    @Test
    void anAgencyNotRecordedCountsAsAbsent() {
        assertThat(Quorum.of(Map.of("POLICE", true, "ICB", true)).absentRequired()).containsExactly("CHILDRENS_SERVICES");
    }

    @Test
    void noAttendanceRecordedIsNeitherQuorateNorRecorded() {
        var verdict = Quorum.of(Map.of());

        assertThat(verdict.recorded()).isFalse();
        assertThat(verdict.quorate()).isFalse();
        assertThat(verdict.absentRequired()).containsExactly("CHILDRENS_SERVICES", "POLICE", "ICB");
    }
}
