package uk.org.hscp.notifier.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.reports.Report;
import uk.org.hscp.notifier.reports.ReportPeriod;
import uk.org.hscp.notifier.reports.Reports;

/**
 * The Reports page's figures as JSON: {@code /api/reports/2026} is the reporting year 2026/27,
 * {@code /api/reports?from=2026-04-01&to=2026-09-30} any range. HSCP team and auditors.
 */
@RestController
class ReportsApi {

    private final Reports reports;
    private final AuditTrail audit;

    ReportsApi(Reports reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/api/reports/{year}")
    @PreAuthorize("hasAnyRole('HSCP_TEAM','AUDITOR')")
    @Transactional
    Report year(@PathVariable int year, Authentication user) {
        if (year < 2000 || year > 2999) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "A reporting year is given by the year it starts in, like 2026");
        }
        return report(ReportPeriod.reportingYear(year), user);
    }

    @GetMapping("/api/reports")
    @PreAuthorize("hasAnyRole('HSCP_TEAM','AUDITOR')")
    @Transactional
    Report range(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication user) {
        try {
            return report(ReportPeriod.range(from, to), user);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private Report report(ReportPeriod period, Authentication user) {
        audit.record(user, AuditTrail.Action.VIEW_REPORT, period.label(), "API");
        return reports.of(period);
    }
}
