package uk.org.hscp.notifier.meetings;

import java.time.LocalDate;

/** One Learning and Inquiry Group meeting: a date of the published cycle, or an extraordinary one. */
public record LigMeeting(long id, LocalDate meetsOn, Kind kind, String notes) {

    public enum Kind { SCHEDULED, EXTRAORDINARY }
}
