package uk.org.hscp.notifier.meetings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.org.hscp.notifier.meetings.LigMeeting;

/** The add and change meeting form as typed, with a plain-words error per field id. */
record MeetingForm(String meetsOn, String kind, String notes) {

    static final int MAX_NOTES = 1000;

    static MeetingForm of(LigMeeting meeting) {
        return new MeetingForm(meeting.meetsOn().toString(), meeting.kind().name(), meeting.notes());
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (isBlank(meetsOn)) {
            errors.put("meetsOn", "Enter the date of the meeting");
        } else if (parsedDate().isEmpty()) {
            errors.put("meetsOn", "Enter the date of the meeting as a real date, like 2026-12-10");
        }
        if (parsedKind().isEmpty()) {
            errors.put("kind-SCHEDULED", "Select whether the meeting is scheduled or extraordinary");
        }
        if (notes != null && notes.strip().length() > MAX_NOTES) {
            errors.put("notes", "Notes must be " + MAX_NOTES + " characters or fewer");
        }
        return errors;
    }

    /** Only for a form without {@link #errors()}. */
    LocalDate date() {
        return parsedDate().orElseThrow();
    }

    LigMeeting.Kind meetingKind() {
        return parsedKind().orElseThrow();
    }

    String cleanNotes() {
        return isBlank(notes) ? null : notes.strip();
    }

    private Optional<LocalDate> parsedDate() {
        try {
            return isBlank(meetsOn) ? Optional.empty() : Optional.of(LocalDate.parse(meetsOn.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<LigMeeting.Kind> parsedKind() {
        for (LigMeeting.Kind each : LigMeeting.Kind.values()) {
            if (each.name().equals(kind)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
