package uk.org.hscp.notifier.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.reports.Charts;
import uk.org.hscp.notifier.reports.Report;
import uk.org.hscp.notifier.reports.ReportCsv;
import uk.org.hscp.notifier.reports.ReportPeriod;
import uk.org.hscp.notifier.reports.Reports;

/**
 * The Reports page (HSCP team and auditors, by path in the security configuration): the annual report's
 * table, timescales kept, summary-of-involvement responses and notices, for a reporting year or a date range,
 * with charts and a CSV of each table. Counts only: no case is named.
 */
@Controller
class ReportsPage {

    private final Reports reports;
    private final AuditTrail audit;
    private final ZoneId zone;

    ReportsPage(Reports reports, AuditTrail audit, ZoneId zone) {
        this.reports = reports;
        this.audit = audit;
        this.zone = zone;
    }

    @GetMapping("/reports")
    @Transactional
    String page(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication user, Model model) {
        ReportPeriod period;
        Map<String, String> errors = Map.of();
        try {
            period = ReportPeriod.choose(year, from, to, reports.currentReportingYear());
        } catch (IllegalArgumentException e) {
            errors = Map.of("from", e.getMessage());
            period = ReportPeriod.reportingYear(reports.currentReportingYear());
        }
        boolean range = errors.isEmpty() && from != null && to != null;
        Report report = reports.of(period);
        audit.record(user, AuditTrail.Action.VIEW_REPORT, period.label(), null);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("cells", new Cells());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("years", reports.years());
        model.addAttribute("selectedYear", range ? null : ReportPeriod.reportingYearOf(period.from()));
        model.addAttribute("from", range ? from : null);
        model.addAttribute("to", range ? to : null);
        model.addAttribute("query", range ? "from=" + from + "&to=" + to
                : "year=" + ReportPeriod.reportingYearOf(period.from()));
        model.addAttribute("annualChart", Charts.annual("annual-chart", report.annual()));
        model.addAttribute("timelinessChart", Charts.timeliness("timeliness-chart", report.timeliness(),
                range ? period.label() : "reporting year " + period.label()));
        return "reports/page";
    }

    @GetMapping("/reports/{table}.csv")
    @Transactional
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication user) {
        ReportCsv.Table which;
        ReportPeriod period;
        try {
            which = ReportCsv.Table.valueOf(table.toUpperCase(Locale.ROOT));
            period = ReportPeriod.choose(year, from, to, reports.currentReportingYear());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such report table or period");
        }
        audit.record(user, AuditTrail.Action.EXPORT_REPORT, period.label(), which.name());
        String name = "report-" + which.name().toLowerCase(Locale.ROOT) + "-"
                + period.label().replace('/', '-').replace(' ', '_') + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(ReportCsv.of(reports.of(period), which));
    }
}
