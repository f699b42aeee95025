package uk.org.hscp.notifier.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * The calendar entry (RFC 5545) a reminder carries for its deadline. The UID is stable per deadline and the
 * SEQUENCE is the deadline's version, so when a deadline moves the new entry replaces the old one in the
 * reader's calendar. A deadline due at the end of a day is an all-day entry on that day. Built only from the
 * {@link AnonymisedNotice}.
 */
public final class DeadlineCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private DeadlineCalendar() {
    }

    /** Reminders and escalations with a due moment get an entry; other notices none. */
    public static Optional<String> entryFor(AnonymisedNotice notice, String uidDomain) {
        var deadline = notice.deadline();
        boolean reminder = notice.kind() == NoticeKind.REMINDER || notice.kind() == NoticeKind.ESCALATION;
        if (!reminder || deadline == null || deadline.due() == null) {
            return Optional.empty();
        }
        ZonedDateTime due = deadline.due();
        String summary = "Due: " + deadline.title()
                + (notice.caseReference() == null ? "" : " (" + notice.caseReference() + ")");
        StringBuilder description = new StringBuilder();
        if (notice.caseReference() != null) {
            description.append("Case ").append(notice.caseReference());
            if (notice.pseudonym() != null) {
                description.append(", ").append(notice.pseudonym());
            }
            description.append(". ");
        }
        description.append(deadline.title());
        if (deadline.section() != null) {
            description.append(" (section ").append(deadline.section()).append(")");
        }
        description.append(". ").append(notice.whatToDo());
        if (notice.caseLink() != null) {
            description.append(" Details (staff login): ").append(notice.caseLink());
        }

        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Hampshire Safeguarding Children Partnership//Review Notifier//EN");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:deadline-" + deadline.id() + "@" + uidDomain);
        line(ics, "SEQUENCE:" + Math.max(0, deadline.sequence()));
        line(ics, "DTSTAMP:" + UTC.format(notice.preparedAt().withZoneSameInstant(ZoneOffset.UTC)));
        if (endOfDay(due)) {
            var day = due.toLocalTime().equals(LocalTime.MIDNIGHT) ? due.toLocalDate().minusDays(1) : due.toLocalDate();
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        } else {
            line(ics, "DTSTART:" + UTC.format(due.minusMinutes(30).withZoneSameInstant(ZoneOffset.UTC)));
            line(ics, "DTEND:" + UTC.format(due.withZoneSameInstant(ZoneOffset.UTC)));
        }
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "DESCRIPTION:" + text(description.toString()));
        if (notice.caseLink() != null) {
            line(ics, "URL:" + notice.caseLink());
        }
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return Optional.of(ics.toString());
    }

    /** The file name of the attachment. */
    public static String fileName(AnonymisedNotice notice) {
        return "deadline-" + notice.deadline().id() + ".ics";
    }

    private static boolean endOfDay(ZonedDateTime due) {
        LocalTime time = due.toLocalTime();
        return time.equals(LocalTime.MIDNIGHT) || !time.isBefore(LocalTime.of(23, 59));
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Content lines end in CRLF and are folded at 75 octets without splitting a character (RFC 5545 3.1). */
    static void line(StringBuilder into, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                into.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            into.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        into.append("\r\n");
    }
}
