package uk.org.hscp.notifier.reports;

import java.util.List;
import java.util.OptionalDouble;

import uk.org.hscp.notifier.deliverylog.Csv;

/** Each table of the Reports page as CSV, with the page's headings. */
public final class ReportCsv {

    public enum Table { ANNUAL, TIMELINESS, AGENCIES, NOTICES }

    static final List<String> ANNUAL_HEADINGS = List.of("Year", "Referrals", "No further action",
            "Rapid Reviews (included in No further action)", "SCR", "MAR/Single Agency Review", "LCSPR",
            "Awaiting decision");

    private ReportCsv() {
    }

    public static String of(Report report, Table table) {
        StringBuilder csv = new StringBuilder();
        switch (table) {
            case ANNUAL -> {
                csv.append(Csv.row(ANNUAL_HEADINGS));
                report.annual().forEach(r -> csv.append(Csv.row(List.of(r.year(), n(r.referrals()),
                        n(r.noFurtherAction()), n(r.rapidReviews()), "NA", n(r.singleAgencyOrOtherReview()), n(r.lcspr()),
                        n(r.awaitingDecision())))));
            }
            case TIMELINESS -> {
                csv.append(Csv.row(List.of("Timescale", "Title", "Due", "Met on time", "Met late", "Missed",
                        "Still open", "Median days late", "Worst days late")));
                report.timeliness().forEach(r -> csv.append(Csv.row(List.of(r.timescaleId(), r.title(), n(r.due()),
                        n(r.onTime()), n(r.late()), n(r.missed()), n(r.open()), median(r.medianDaysLate()),
                        r.worstDaysLate().isPresent() ? n(r.worstDaysLate().getAsInt()) : ""))));
            }
            case AGENCIES -> {
                csv.append(Csv.row(List.of("Agency", "Asked", "Answered", "Median working days to answer", "Late")));
                report.agencies().forEach(r -> csv.append(Csv.row(List.of(r.agency(), n(r.asked()), n(r.answered()),
                        median(r.medianWorkingDaysToAnswer()), n(r.late())))));
            }
            case NOTICES -> {
                csv.append(Csv.row(List.of("Notice", "Recipient role", "Deliveries", "Sent", "Failed", "Bounced",
                        "Not yet sent", "Median seconds from event to sent")));
                report.notices().forEach(r -> csv.append(Csv.row(List.of(r.kind(), r.role(), n(r.deliveries()),
                        n(r.sent()), n(r.failed()), n(r.bounced()), n(r.notYetSent()), median(r.medianSecondsToSent())))));
            }
        }
        return csv.toString();
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String median(OptionalDouble median) {
        return median.isEmpty() ? "" : Median.format(median);
    }
}
