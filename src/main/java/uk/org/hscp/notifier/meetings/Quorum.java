package uk.org.hscp.notifier.meetings;

import java.util.List;
import java.util.Map;

/**
 * Procedure 8.2.1: a LIG meeting is quorate only with Children's Services, the Police and the ICB (formerly the
 * CCG) present, whoever else attends.
 */
public final class Quorum {

    /** The agency codes (config/recipients.yml, lig-member-agencies) a quorum needs, in the order they are named. */
    public static final List<String> REQUIRED_AGENCIES = List.of("CHILDRENS_SERVICES", "POLICE", "ICB");

    /** @param absentRequired the required agencies not recorded as present, in {@link #REQUIRED_AGENCIES} order */
    public record Verdict(boolean recorded, boolean quorate, List<String> absentRequired) {
    }

    private Quorum() {
    }

    /** @param attendance agency code to present (true) or absent (false); empty when not recorded yet */
    public static Verdict of(Map<String, Boolean> attendance) {
        List<String> absent = REQUIRED_AGENCIES.stream()
                .filter(code -> !Boolean.TRUE.equals(attendance.get(code))).toList();
        return new Verdict(!attendance.isEmpty(), !attendance.isEmpty() && absent.isEmpty(), absent);
    }
}
