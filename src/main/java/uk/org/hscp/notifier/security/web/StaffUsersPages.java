package uk.org.hscp.notifier.security.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.SignInGuard;
import uk.org.hscp.notifier.security.StaffSessions;
import uk.org.hscp.notifier.security.StaffUser;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * Staff users, for the HSCP team (the path rules allow no one else): add a LIG member, an auditor or a
 * colleague, set a new password or disable someone who left (either ends their open sessions at once, on every
 * instance), unlock a user locked by failed sign-ins, mark a break-glass account (a password still works with
 * single sign-on). Passwords are
 * hashed before they are stored and appear in no URL, log or audit entry.
 */
@Controller
class StaffUsersPages {

    record AgencyOption(String code, String name) {
    }

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final StaffSessions sessions;
    private final Recipients recipients;
    private final KnownSenders knownSenders;
    private final AuditTrail audit;
    private final SignInGuard guard;

    StaffUsersPages(StaffUsers users, PasswordEncoder encoder, StaffSessions sessions, Recipients recipients,
            KnownSenders knownSenders, AuditTrail audit, SignInGuard guard) {
        this.guard = guard;
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
            Authentication user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        StaffUser staffUser = find(username);
        var error = StaffUserForm.passwordError(password);
        if (error.isPresent()) {
            return userPage(staffUser, user, Map.of("password", error.get()), model);
        }
        users.setPasswordHash(username, encoder.encode(password));
        audit.record(user, Action.SET_PASSWORD, username, ClientAddress.withOrigin(null));
        // your own password: your other sessions end, not the one you changed it in
        var session = request.getSession(false);
        endSessions(username, user, "password changed", user.getName().equals(username) && session != null
                ? java.util.Optional.of(session.getId()) : java.util.Optional.empty());
        redirect.addFlashAttribute("saved", "The new password is set. Any page the user had open asks them to sign in.");
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
        audit.record(user, enabled ? Action.ENABLE_USER : Action.DISABLE_USER, username, ClientAddress.withOrigin(null));
        if (!enabled) {
            endSessions(username, user, "user disabled", java.util.Optional.empty());
        }
        redirect.addFlashAttribute("saved", enabled ? "The user can sign in again."
                : "The user is disabled: they cannot sign in, and any page they had open asks them to sign in.");
        return "redirect:/users/" + username;
    }

    /** Lifts a lock set by failed sign-ins: the user may try again at once. */
    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, Authentication user, RedirectAttributes redirect) {
        find(username);
        guard.unlock(username);
        audit.record(user, Action.UNLOCK_USER, username, ClientAddress.withOrigin(null));
        redirect.addFlashAttribute("saved", "The user is unlocked: they can sign in again.");
        return "redirect:/users/" + username;
    }

    /** Marks a local account that may still sign in with its password once single sign-on is configured. */
    @PostMapping("/users/{username}/break-glass")
    String breakGlass(@PathVariable String username, @RequestParam boolean breakGlass, Authentication user,
            RedirectAttributes redirect) {
        find(username);
        users.setBreakGlass(username, breakGlass);
        audit.record(user, Action.SET_BREAK_GLASS, username, ClientAddress.withOrigin(breakGlass ? "on" : "off"));
        redirect.addFlashAttribute("saved", breakGlass ? "The user may sign in with a password even with single sign-on."
                : "With single sign-on, the user signs in through it only.");
        return "redirect:/users/" + username;
    }

    private void endSessions(String username, Authentication user, String why, java.util.Optional<String> keep) {
        int ended = sessions.endAllOf(username, keep);
        audit.record(user, Action.END_SESSIONS, username, ClientAddress.withOrigin(ended + " session(s) ended: " + why));
    }

    private String userPage(StaffUser staffUser, Authentication user, Map<String, String> errors, Model model) {
        model.addAttribute("staffUser", staffUser);
        model.addAttribute("knownSenders", knownSenders);
        model.addAttribute("yourself", user.getName().equals(staffUser.username()));
        model.addAttribute("locked", guard.isLocked(staffUser.username()));
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
