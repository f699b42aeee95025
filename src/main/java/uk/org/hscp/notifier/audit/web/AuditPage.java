package uk.org.hscp.notifier.audit.web;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.hscp.notifier.audit.AuditChain;
import uk.org.hscp.notifier.audit.AuditTrail;

/**
 * The audit trail (HSCP team and auditors): who did or looked at what, newest first, narrowed to one subject; and
 * whether its hash chain is intact (as {@code audit-verify} says).
 */
@Controller
class AuditPage {

    static final int PAGE_SIZE = 500;

    private final AuditTrail audit;
    private final AuditChain chain;
    private final ZoneId zone;

    AuditPage(AuditTrail audit, AuditChain chain, ZoneId zone) {
        this.audit = audit;
        this.chain = chain;
        this.zone = zone;
    }

    @GetMapping("/audit")
    String audit(@RequestParam Optional<String> subject, Model model) {
        Optional<String> wanted = subject.map(String::strip).filter(s -> !s.isEmpty());
        model.addAttribute("subject", wanted.orElse(""));
        model.addAttribute("entries", audit.newestFirst(wanted, PAGE_SIZE));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("chain", chain.verify());
        return "audit/list";
    }
}
