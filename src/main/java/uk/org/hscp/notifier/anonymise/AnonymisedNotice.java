package uk.org.hscp.notifier.anonymise;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * Everything an e-mail may say about a case, and nothing more (procedure 9.4.3): the case reference, the
 * child's pseudonym, an age in whole years, the deadline (title, section, due moment), what to do, a few
 * non-identifying lines and a link to the case in the staff pages. Templates and the message composer
 * accept only this type, so a case or a form can never be handed to them.
 *
 * <p>The constructor enforces the shape: references and pseudonyms are short codes, the age is a small
 * whole number, and the lines pass through {@link Redactor#generic()}.
 *
 * @param caseReference        e.g. HSCP-2026-0007, or null for a notice about an e-mail
 * @param pseudonym            e.g. Child A, or null
 * @param ageInYears           whole years, or null when unknown
 * @param deadline             what is due, or null
 * @param section              the procedure section the notice itself is sent under, or null
 * @param whatToDo             plain words from configuration
 * @param lines                problems or facts, never a name, date or other identifier
 * @param caseLink             the case in the staff pages (login required), or null
 * @param staffPages           the staff pages (login required), for notices about an e-mail
 * @param recipientRole        the role the e-mail is addressed to, e.g. NATIONAL_PANEL
 * @param preparedAt           when the e-mail was prepared, in the service's zone
 * @param aboutEmailReceivedAt when the e-mail this notice answers was received, or null
 */
public record AnonymisedNotice(NoticeKind kind, long noticeId, String caseReference, String pseudonym,
        Integer ageInYears, Deadline deadline, String section, String whatToDo, List<String> lines, URI caseLink,
        URI staffPages, String recipientRole, ZonedDateTime preparedAt, ZonedDateTime aboutEmailReceivedAt) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_-]{1,40}");
    private static final Pattern PSEUDONYM = Pattern.compile("[\\p{L}\\p{N} .'()-]{1,60}");
    private static final int MAX_LINES = 50;
    private static final int MAX_LINE_LENGTH = 500;

    /**
     * A deadline as it may be told: its catalogue title and section, who must act, when it is due.
     *
     * @param sequence     the deadline's version, so a calendar entry moved later replaces the earlier one
     * @param reminderKind BEFORE_DUE, ON_DUE_DAY or OVERDUE_ESCALATION for a reminder, else null
     */
    public record Deadline(long id, String title, String section, String whoMustAct, ZonedDateTime due,
            int sequence, String reminderKind) {

        public Deadline {
            Objects.requireNonNull(title, "title");
            title = Redactor.generic().scrub(oneLine(title));
            section = section == null ? null : oneLine(section);
            whoMustAct = whoMustAct == null ? null : Redactor.generic().scrub(oneLine(whoMustAct));
        }

        public boolean overdueAt(ZonedDateTime moment) {
            return due != null && due.isBefore(moment);
        }
    }

    public AnonymisedNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(whatToDo, "whatToDo");
        Objects.requireNonNull(recipientRole, "recipientRole");
        Objects.requireNonNull(preparedAt, "preparedAt");
        Objects.requireNonNull(staffPages, "staffPages");
        if (caseReference != null && !REFERENCE.matcher(caseReference).matches()) {
            throw new IllegalArgumentException("A case reference is a short code");
        }
        if (pseudonym != null && !PSEUDONYM.matcher(pseudonym).matches()) {
            throw new IllegalArgumentException("A pseudonym is a short label such as 'Child A'");
        }
        if (ageInYears != null && (ageInYears < 0 || ageInYears > 30)) {
            throw new IllegalArgumentException("An age is a whole number of years between 0 and 30");
        }
        lines = lines == null ? List.of() : lines.stream()
                .filter(Objects::nonNull)
                .map(AnonymisedNotice::oneLine)
                .filter(line -> !line.isBlank())
                .map(line -> line.length() > MAX_LINE_LENGTH ? line.substring(0, MAX_LINE_LENGTH) + "…" : line)
                .map(Redactor.generic()::scrub)
                .limit(MAX_LINES)
                .toList();
        section = section == null ? null : oneLine(section);
        whatToDo = whatToDo.strip();
    }

    public boolean aboutCase() {
        return caseReference != null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    @Override
    public String toString() {
        return "AnonymisedNotice[" + kind + ", notice " + noticeId + ", case " + caseReference + "]";
    }
}
