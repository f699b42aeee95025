package uk.org.hscp.notifier.security.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.security.JdbcStaffUsers;
import uk.org.hscp.notifier.security.StaffSessions;
import uk.org.hscp.notifier.security.StaffUser;

/**
 * Staff users, for the HSCP team (the path rules allow no one else): add a LIG member, an auditor or a
 * colleague, set a new password, disable someone who left (their open sessions end at once). Passwords are
 * hashed before they are stored and appear in no URL, log or audit entry.
 */
@Controller
class StaffUsersPages {

    record AgencyOption(String code, String name) {
    }

    private final JdbcStaffUsers users;
    private final PasswordEncoder encoder;
    private final StaffSessions sessions;
    private final Recipients recipients;
    private final KnownSenders knownSenders;
    private final AuditTrail audit;

    StaffUsersPages(JdbcStaffUsers users, PasswordEncoder encoder, StaffSessions sessions, Recipients recipients,
            KnownSenders knownSenders, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.recipients = recipients;
        this.knownSenders = knownSenders;
        this.audit = audit;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("knownSenders", knownSenders);
        return "users/list";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        return form(StaffUserForm.empty(), Map.of(), model);
    }

    @PostMapping("/users")
    @Transactional
    String add(@ModelAttribute StaffUserForm form, Authentication user, Model model, RedirectAttributes redirect) {
        boolean taken = form.username() != null && users.exists(form.username().strip());
        Map<String, String> errors = form.errors(recipients.ligAgencies(), taken);
        if (!errors.isEmpty()) {
            return form(new StaffUserForm(form.username(), form.displayName(), form.role(), form.agency(), ""), errors,
                    model);
        }
        users.create(form.cleanUsername(), form.cleanDisplayName(), encoder.encode(form.password()),
                form.staffRoleChosen(), form.agencyChosen());
        audit.record(user, Action.ADD_USER, form.cleanUsername(),
                form.staffRoleChosen() + form.agencyChosen().map(a -> " of " + a).orElse(""));
        redirect.addFlashAttribute("saved",
                "The user is added. Give them their password by another route than e-mail.");
        return "redirect:/users/" + form.cleanUsername();
    }

    @GetMapping("/users/{username}")
    String user(@PathVariable String username, Authentication user, Model model) {
        return userPage(find(username), user, Map.of(), model);
    }

    @PostMapping("/users/{username}/password")
    String setPassword(@PathVariable String username, @RequestParam(required = false) String password,
            Authentication user, Model model, RedirectAttributes redirect) {
        StaffUser staffUser = find(username);
        var error = StaffUserForm.passwordError(password);
        if (error.isPresent()) {
            return userPage(staffUser, user, Map.of("password", error.get()), model);
        }
        users.setPasswordHash(username, encoder.encode(password));
        audit.record(user, Action.SET_PASSWORD, username, null);
        redirect.addFlashAttribute("saved", "The new password is set.");
        return "redirect:/users/" + username;
    }

    @PostMapping("/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Authentication user,
            RedirectAttributes redirect) {
        find(username);
        if (!enabled && user.getName().equals(username)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot disable yourself");
        }
        users.setEnabled(username, enabled);
        if (!enabled) {
            sessions.endAllOf(username);
        }
        audit.record(user, enabled ? Action.ENABLE_USER : Action.DISABLE_USER, username, null);
        redirect.addFlashAttribute("saved", enabled ? "The user can sign in again."
                : "The user is disabled: they cannot sign in, and any page they had open asks them to sign in.");
        return "redirect:/users/" + username;
    }

    private String userPage(StaffUser staffUser, Authentication user, Map<String, String> errors, Model model) {
        model.addAttribute("staffUser", staffUser);
        model.addAttribute("knownSenders", knownSenders);
        model.addAttribute("yourself", user.getName().equals(staffUser.username()));
        model.addAttribute("errors", errors);
        return "users/user";
    }

    private String form(StaffUserForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencyOptions());
        return "users/new";
    }

    private StaffUser find(String username) {
        return users.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<AgencyOption> agencyOptions() {
        return recipients.ligAgencies().stream().map(code -> new AgencyOption(code, knownSenders.nameOf(code)))
                .toList();
    }
}
