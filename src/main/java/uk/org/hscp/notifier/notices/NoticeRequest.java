package uk.org.hscp.notifier.notices;

import java.util.List;

/**
 * A request to tell someone something. It carries ids and plain-words lines that hold no personal data
 * (for example "Child's First Name: is missing"); the dispatcher loads what it needs, anonymises and
 * renders.
 *
 * @param inboundEmailId the e-mail this answers, for replies to its sender and alerts about it
 * @param lines          problems or facts to list, never a name, date of birth or other identifier
 */
public record NoticeRequest(NoticeKind kind, Long caseId, Long inboundEmailId, Long deadlineId, Long reminderId,
        List<String> lines) {

    public NoticeRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static NoticeRequest aboutEmail(NoticeKind kind, long inboundEmailId, List<String> lines) {
        return new NoticeRequest(kind, null, inboundEmailId, null, null, lines);
    }

    public static NoticeRequest aboutCase(NoticeKind kind, long caseId, Long inboundEmailId) {
        return new NoticeRequest(kind, caseId, inboundEmailId, null, null, List.of());
    }
}
