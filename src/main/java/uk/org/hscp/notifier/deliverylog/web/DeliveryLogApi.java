package uk.org.hscp.notifier.deliverylog.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.deliverylog.DeliveryCsv;
import uk.org.hscp.notifier.deliverylog.DeliveryLog;
import uk.org.hscp.notifier.deliverylog.DeliveryQuery;
import uk.org.hscp.notifier.deliverylog.DeliveryRecord;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * The delivery log: every outgoing e-mail with its status history, newest first, as JSON or CSV. For the
 * HSCP team and auditors (staff login); filters {@code case}, {@code status}, {@code recipient},
 * {@code role}, {@code from}, {@code to} (dates, yyyy-MM-dd) and {@code size} (default 100, at most 5000).
 */
@RestController
class DeliveryLogApi {

    private final DeliveryLog log;
    private final AuditTrail audit;

    DeliveryLogApi(DeliveryLog log, AuditTrail audit) {
        this.log = log;
        this.audit = audit;
    }

    @GetMapping(value = "/api/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeliveryRecord> deliveries(@RequestParam(name = "case") Optional<String> caseReference,
            @RequestParam Optional<String> status, @RequestParam Optional<String> recipient,
            @RequestParam Optional<String> role,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @RequestParam(defaultValue = "" + DeliveryQuery.DEFAULT_SIZE) int size, Authentication user) {
        requireLogReader(user);
        List<DeliveryRecord> records = log.find(query(caseReference, status, recipient, role, from, to, size));
        audit.record(user, Action.VIEW_DELIVERIES, caseReference.filter(c -> !c.isBlank()).map(String::strip)
                .orElse(null), ClientAddress.withOrigin(records.size() + " deliveries"));
        return records;
    }

    @GetMapping("/api/deliveries.csv")
    ResponseEntity<String> csv(@RequestParam(name = "case") Optional<String> caseReference,
            @RequestParam Optional<String> status, @RequestParam Optional<String> recipient,
            @RequestParam Optional<String> role,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @RequestParam(defaultValue = "" + DeliveryQuery.DEFAULT_SIZE) int size, Authentication user) {
        requireLogReader(user);
        List<DeliveryRecord> records = log.find(query(caseReference, status, recipient, role, from, to, size));
        audit.record(user, Action.EXPORT_DELIVERIES, caseReference.filter(c -> !c.isBlank()).map(String::strip)
                .orElse(null), ClientAddress.withOrigin(records.size() + " deliveries (API)"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deliveries.csv\"")
                .body(DeliveryCsv.of(records));
    }

    private static DeliveryQuery query(Optional<String> caseReference, Optional<String> status,
            Optional<String> recipient, Optional<String> role, Optional<LocalDate> from, Optional<LocalDate> to,
            int size) {
        try {
            return new DeliveryQuery(caseReference, status, recipient, role, from, to, size);
        } catch (DeliveryQuery.InvalidQuery e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The log names practitioners' addresses: the HSCP team and auditors only. */
    private static void requireLogReader(Authentication user) {
        boolean allowed = user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_HSCP_TEAM") || a.getAuthority().equals("ROLE_AUDITOR"));
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The delivery log is for the HSCP team and auditors");
        }
    }

}
