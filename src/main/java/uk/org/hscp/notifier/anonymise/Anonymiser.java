package uk.org.hscp.notifier.anonymise;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * Builds the only thing an e-mail is made from, an {@link AnonymisedNotice}, from ids. It reads a case's
 * reference and pseudonym, turns the date of birth into an age in whole years, reads a deadline's catalogue
 * title and section, and adds the configured words for the kind of notice. It never reads a form.
 */
public final class Anonymiser {

    /** The configured words of one kind of notice: the section it is sent under and what the reader is to do. */
    public record Wording(String section, String whatToDo) {

        public Wording {
            Objects.requireNonNull(whatToDo, "whatToDo");
        }
    }

    /**
     * What a notice is about, by id, with the plain-words lines its requester wrote (field names and
     * problems, never a value copied from a form).
     */
    public record NoticeSource(NoticeKind kind, long noticeId, Long caseId, Long inboundEmailId, Long deadlineId,
            Long reminderId, String recipientRole, List<String> lines) {

        public NoticeSource {
            Objects.requireNonNull(kind, "kind");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        @Override
        public String toString() {
            return "NoticeSource[" + kind + ", notice " + noticeId + ", case " + caseId + "]";
        }
    }

    private final CaseSource cases;
    private final DeadlineSource deadlines;
    private final EmailSource emails;
    private final Map<NoticeKind, Wording> wording;
    private final URI staffBaseUrl;
    private final ZoneId zone;

    public Anonymiser(CaseSource cases, DeadlineSource deadlines, EmailSource emails, Map<NoticeKind, Wording> wording,
            URI staffBaseUrl, ZoneId zone) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.emails = emails;
        this.wording = new EnumMap<>(wording);
        this.staffBaseUrl = staffBaseUrl;
        this.zone = zone;
        for (NoticeKind kind : NoticeKind.values()) {
            if (!this.wording.containsKey(kind)) {
                throw new IllegalArgumentException("No wording (what to do) is configured for " + kind);
            }
        }
    }

    public AnonymisedNotice anonymise(NoticeSource source, Instant now) {
        var caseKey = source.caseId() == null ? null : cases.caseKey(source.caseId()).orElseThrow(
                () -> new IllegalStateException("Notice " + source.noticeId() + ": case " + source.caseId() + " not found"));
        LocalDate today = LocalDate.ofInstant(now, zone);
        Integer age = caseKey == null ? null : ageInYears(caseKey.dateOfBirth(), today);

        AnonymisedNotice.Deadline deadline = null;
        if (source.deadlineId() != null) {
            var facts = deadlines.deadline(source.deadlineId()).orElseThrow(() -> new IllegalStateException(
                    "Notice " + source.noticeId() + ": deadline " + source.deadlineId() + " not found"));
            String reminderKind = source.reminderId() == null ? null
                    : deadlines.reminderKind(source.reminderId()).orElse(null);
            deadline = new AnonymisedNotice.Deadline(facts.id(), facts.title(), facts.section(), facts.whoMustAct(),
                    facts.dueAt() == null ? null : facts.dueAt().atZone(zone), facts.version(), reminderKind);
        }

        Redactor redactor = Redactor.generic();
        if (source.caseId() != null) {
            redactor = redactor.alsoWithholding(cases.identifyingValues(source.caseId()));
        }
        List<String> lines = source.lines().stream().map(redactor::scrub).toList();

        Instant received = source.inboundEmailId() == null ? null
                : emails.emailReceivedAt(source.inboundEmailId()).orElse(null);
        Wording words = wording.get(source.kind());
        return new AnonymisedNotice(source.kind(), source.noticeId(),
                caseKey == null ? null : caseKey.reference(), caseKey == null ? null : caseKey.pseudonym(), age,
                deadline, words.section(), words.whatToDo(), lines,
                caseKey == null ? null : caseLink(caseKey.reference()), staffBaseUrl, source.recipientRole(),
                now.atZone(zone),
                received == null ? null : received.atZone(zone));
    }

    /** Whole years between the date of birth and today; null when unknown, not yet born or implausible. */
    public static Integer ageInYears(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null || dateOfBirth.isAfter(today)) {
            return null;
        }
        int years = Period.between(dateOfBirth, today).getYears();
        return years > 30 ? null : years; // not a child: a mistyped date, told as no age at all
    }

    private URI caseLink(String reference) {
        String base = staffBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/cases/" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }
}
