package uk.org.hscp.notifier.intake;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * Who hears about an e-mail's outcome: a quarantined e-mail alerts the HSCP team, and its sender gets one
 * reply listing every problem unless the reason forbids it (no backscatter) or the sender had its hourly
 * share of replies ({@link ReplyLimit}).
 */
@Component
public class IntakeNotices {

    private final Notices notices;
    private final ReplyLimit replyLimit;

    IntakeNotices(Notices notices, ReplyLimit replyLimit) {
        this.notices = notices;
        this.replyLimit = replyLimit;
    }

    /** A reply to the e-mail's sender (acknowledgement, form query), within the sender's hourly limit. */
    public void reply(NoticeRequest reply) {
        replyLimit.reply(reply);
    }

    /** @param problems plain-words lines for the sender's reply; the verdict's detail is used when empty */
    public void tell(long emailId, Verdict verdict, List<String> problems) {
        if (verdict.outcome() != IntakeOutcome.QUARANTINED) {
            return;
        }
        List<String> lines = new ArrayList<>(problems);
        if (lines.isEmpty() && verdict.detail() != null) {
            lines.add(verdict.detail());
        }
        List<String> alert = new ArrayList<>();
        alert.add("Reason: " + verdict.reason());
        alert.addAll(lines);
        notices.request(NoticeRequest.aboutEmail(NoticeKind.INTAKE_ALERT, emailId, alert));
        if (verdict.reason().senderIsTold()) {
            reply(NoticeRequest.aboutEmail(NoticeKind.FORM_QUERY, emailId, lines));
        }
    }
}
