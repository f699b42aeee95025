package uk.org.hscp.notifier.deliverylog.web;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.dispatch.RecipientRole;
import uk.org.hscp.notifier.notices.NoticeKind;

/** Notice kinds and recipient roles as staff read them, for the delivery log pages ({@code ${words}}). */
@Component
class DeliveryWords {

    private final KnownSenders agencies;

    DeliveryWords(KnownSenders agencies) {
        this.agencies = agencies;
    }

    /** {@code DECISION_NOTICE} → "Decision notice"; anything unknown as it is. */
    public String notice(String kind) {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(NoticeKind::inWords).orElse(kind);
    }

    /** {@code NATIONAL_PANEL} → "National Panel"; {@code LIG_MEMBER_AGENCIES:POLICE} → "LIG member agency: Police". */
    public String role(String role) {
        if (role == null) {
            return "";
        }
        String[] parts = role.split(":", 2);
        String words = Arrays.stream(RecipientRole.values()).filter(r -> r.name().equals(parts[0])).findFirst()
                .map(RecipientRole::inWords).orElse(parts[0]);
        return parts.length == 1 ? words : words + ": " + agencies.nameOf(parts[1]);
    }
}
