package uk.org.hscp.notifier.deadlines;

/**
 * What recording one event does to the deadlines of one timescale (timescales.md): it meets them, stops
 * them, starts the first one, or changes a date they are counted from, so each open one is reconsidered.
 */
public enum EventEffect {
    MEETS,
    STOPS,
    STARTS,
    RECONSIDERS;

    /**
     * @param alreadyStarted the case has a deadline of this timescale already (a start event recorded again is a
     *                       correction of its date, so the deadline moves rather than a second one starting)
     */
    public static EventEffect of(Timescale timescale, CaseEventType event, boolean alreadyStarted) {
        if (timescale.metBy() == event) {
            return MEETS;
        }
        if (timescale.stoppedBy() == event) {
            return STOPS;
        }
        if (timescale.startEvent() == event && !alreadyStarted
                && !ExtraordinaryMeetingRule.TIMESCALE.equals(timescale.id())) {
            return STARTS;
        }
        return RECONSIDERS;
    }
}
