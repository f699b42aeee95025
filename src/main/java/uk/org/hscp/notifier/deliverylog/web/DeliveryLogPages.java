package uk.org.hscp.notifier.deliverylog.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.deliverylog.DeliveryCsv;
import uk.org.hscp.notifier.deliverylog.DeliveryLog;
import uk.org.hscp.notifier.deliverylog.DeliveryQuery;
import uk.org.hscp.notifier.deliverylog.DeliveryRecord;
import uk.org.hscp.notifier.dispatch.RecipientRole;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * The delivery log pages (HSCP team and auditors): deliveries filtered by a GET form, one delivery with its
 * history, and the same filters exported as CSV (the API's columns).
 */
@Controller
class DeliveryLogPages {

    static final int PAGE_SIZE = 200;

    private final DeliveryLog log;
    private final AuditTrail audit;
    private final Recipients recipients;
    private final DeliveryWords words;
    private final ZoneId zone;

    DeliveryLogPages(DeliveryLog log, AuditTrail audit, Recipients recipients, DeliveryWords words, ZoneId zone) {
        this.words = words;
        this.log = log;
        this.audit = audit;
        this.recipients = recipients;
        this.zone = zone;
    }

    /** Times on the pages are in the service's zone (London). */
    @ModelAttribute("zone")
    String zone() {
        return zone.getId();
    }

    @ModelAttribute("words")
    DeliveryWords words() {
        return words;
    }

    @GetMapping("/deliveries")
    String deliveries(@ModelAttribute("filters") DeliveryFilters filters, HttpServletRequest request,
            Authentication user, Model model) {
        Map<String, String> errors = filters.errors();
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", DeliveryQuery.STATUSES);
        model.addAttribute("roles", roles());
        model.addAttribute("pageSize", PAGE_SIZE);
        if (errors.isEmpty()) {
            List<DeliveryRecord> found = log.find(filters.query(PAGE_SIZE));
            audit.record(user, Action.VIEW_DELIVERIES, blankToNull(filters.caseReference()), ClientAddress.withOrigin(
                    found.size() + " deliveries; filters: " + (request.getQueryString() == null ? "none"
                            : request.getQueryString())));
            model.addAttribute("deliveries", found);
            model.addAttribute("csvUrl", "/deliveries.csv"
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return "deliveries/list";
    }

    @GetMapping("/deliveries/{id}")
    String delivery(@PathVariable long id, Authentication user, Model model) {
        DeliveryRecord record = log.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(user, Action.VIEW_DELIVERY, "delivery:" + id, ClientAddress.withOrigin(null));
        model.addAttribute("delivery", record);
        return "deliveries/delivery";
    }

    @GetMapping("/deliveries.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute DeliveryFilters filters, HttpServletRequest request,
            Authentication user) {
        Map<String, String> errors = filters.errors();
        if (!errors.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", errors.values()));
        }
        List<DeliveryRecord> records = log.find(filters.query(DeliveryQuery.MAX_SIZE));
        audit.record(user, Action.EXPORT_DELIVERIES, filters.caseReference() == null || filters.caseReference().isBlank()
                ? null : filters.caseReference().strip(), ClientAddress.withOrigin(records.size() + " deliveries; filters: "
                        + (request.getQueryString() == null ? "none" : request.getQueryString())));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deliveries.csv\"")
                .body(DeliveryCsv.of(records).getBytes(StandardCharsets.UTF_8));
    }

    /** Every role a delivery may carry, LIG member agencies one by one after their group. */
    private List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (RecipientRole role : RecipientRole.values()) {
            if (role != RecipientRole.REMINDER_ROLES) {
                roles.add(role.name());
            }
            if (role == RecipientRole.LIG_MEMBER_AGENCIES) {
                recipients.ligAgencies().forEach(agency -> roles.add(role.name() + ":" + agency));
            }
        }
        return roles;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
