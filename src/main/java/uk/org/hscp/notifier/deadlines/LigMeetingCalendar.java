package uk.org.hscp.notifier.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/** The LIG meeting dates, as deadlines due before the next meeting need them; the meetings module answers. */
public interface LigMeetingCalendar {

    /** The first meeting after {@code day}, if one is planned. */
    Optional<LocalDate> meetingAfter(LocalDate day);
}
