package uk.org.hscp.notifier.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Procedure 8.2.1: when the next LIG meeting falls after the rapid review is due (or none is planned), an
 * extraordinary meeting must be convened before the rapid review is due. The catalogue starts no
 * EXTRAORDINARY_MEETING deadline by itself: this rule does, once per case.
 */
public final class ExtraordinaryMeetingRule {

    /** The timescale whose due date the next meeting is held against. */
    public static final String RAPID_REVIEW = "RAPID_REVIEW";
    /** The timescale this rule starts. */
    public static final String TIMESCALE = "EXTRAORDINARY_MEETING";

    private ExtraordinaryMeetingRule() {
    }

    /**
     * @param rapidReviewDue the open rapid review's due date, if the case has one
     * @param nextMeeting    the first LIG meeting on or after today, if one is planned
     * @param alreadyCalled  the case has an extraordinary meeting deadline already
     */
    public static boolean needsExtraordinaryMeeting(Optional<LocalDate> rapidReviewDue, Optional<LocalDate> nextMeeting,
            boolean alreadyCalled) {
        if (rapidReviewDue.isEmpty() || alreadyCalled) {
            return false;
        }
        return nextMeeting.isEmpty() || nextMeeting.get().isAfter(rapidReviewDue.get());
    }
}
