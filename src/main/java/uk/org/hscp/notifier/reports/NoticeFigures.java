package uk.org.hscp.notifier.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * E-mails the service sent in a period (deliveries created in it), per notice kind and recipient role:
 *
 * <ul>
 * <li><b>Deliveries</b>: one per recipient of a notice;</li>
 * <li><b>Sent</b>: handed to the relay (status SENT);</li>
 * <li><b>Failed</b>: failed for good (PERMANENT_FAILURE: a 5xx reply, or every retry spent);</li>
 * <li><b>Bounced</b>: sent, then a bounce report came back (BOUNCED);</li>
 * <li><b>Not yet sent</b>: queued, being sent or waiting to retry;</li>
 * <li><b>Median seconds to sent</b>: from the event that caused the notice (the notice's creation, in the same
 * transaction as the event) to SENT, over the sent ones (and the bounced ones, which were sent).</li>
 * </ul>
 */
public final class NoticeFigures {

    /** One delivery: no address, no case. */
    public record Delivery(String kind, String role, String status, Instant created, Instant noticeCreated,
            Instant sent) {
    }

    public record Row(String kind, String role, int deliveries, int sent, int failed, int bounced, int notYetSent,
            OptionalDouble medianSecondsToSent) {
    }

    private NoticeFigures() {
    }

    public static List<Row> of(List<Delivery> deliveries, ReportPeriod period, ZoneId zone) {
        Map<String, List<Delivery>> groups = new TreeMap<>();
        for (Delivery d : deliveries) {
            if (period.contains(LocalDate.ofInstant(d.created(), zone))) {
                groups.computeIfAbsent(d.kind() + "\u0000" + d.role(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Delivery> group : groups.values()) {
            int sent = 0, failed = 0, bounced = 0, waiting = 0;
            List<Long> seconds = new ArrayList<>();
            for (Delivery d : group) {
                switch (d.status()) {
                    case "SENT" -> sent++;
                    case "PERMANENT_FAILURE" -> failed++;
                    case "BOUNCED" -> bounced++;
                    case "CANCELLED" -> { }
                    default -> waiting++;
                }
                if (d.sent() != null && d.noticeCreated() != null
                        && (d.status().equals("SENT") || d.status().equals("BOUNCED"))) {
                    seconds.add(Math.max(0, Duration.between(d.noticeCreated(), d.sent()).toSeconds()));
                }
            }
            rows.add(new Row(group.get(0).kind(), group.get(0).role(), group.size(), sent, failed, bounced, waiting,
                    Median.of(seconds)));
        }
        rows.sort(Comparator.comparing(Row::kind).thenComparing(Row::role));
        return List.copyOf(rows);
    }
}
