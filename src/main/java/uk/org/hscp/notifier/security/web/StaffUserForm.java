package uk.org.hscp.notifier.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.org.hscp.notifier.security.StaffRole;

/** The add-a-user form as typed, with a plain-words error per field id. */
record StaffUserForm(String username, String displayName, String role, String agency, String password) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads no more than 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    static StaffUserForm empty() {
        return new StaffUserForm("", "", "", "", "");
    }

    /**
     * @param ligAgencies the agency codes a LIG member may belong to
     * @param taken       whether the username is already someone's
     */
    Map<String, String> errors(Collection<String> ligAgencies, boolean taken) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (isBlank(username)) {
            errors.put("username", "Enter a username");
        } else if (!USERNAME.matcher(username.strip()).matches()) {
            errors.put("username", "A username must be 3 to 100 letters, digits, dots, hyphens, underscores or @");
        } else if (taken) {
            errors.put("username", "That username is taken: choose another");
        }
        if (isBlank(displayName)) {
            errors.put("displayName", "Enter the person's name");
        } else if (displayName.strip().length() > 200) {
            errors.put("displayName", "The name must be 200 characters or fewer");
        }
        Optional<StaffRole> staffRole = staffRole();
        if (staffRole.isEmpty()) {
            errors.put("role-HSCP_TEAM", "Select what the person does");
        } else if (staffRole.get() == StaffRole.LIG_MEMBER && (isBlank(agency) || !ligAgencies.contains(agency))) {
            errors.put("agency", "Select the agency of the LIG member");
        }
        passwordError(password).ifPresent(message -> errors.put("password", message));
        return errors;
    }

    static Optional<String> passwordError(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("The password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("The password must be " + MAX_PASSWORD_BYTES + " characters or fewer");
        }
        return Optional.empty();
    }

    /** Only for a form without {@link #errors}. */
    StaffRole staffRoleChosen() {
        return staffRole().orElseThrow();
    }

    /** The agency only for a LIG member: other roles see every agency's cases or none. */
    Optional<String> agencyChosen() {
        return staffRoleChosen() == StaffRole.LIG_MEMBER ? Optional.of(agency) : Optional.empty();
    }

    String cleanUsername() {
        return username.strip();
    }

    String cleanDisplayName() {
        return displayName.strip();
    }

    private Optional<StaffRole> staffRole() {
        for (StaffRole each : StaffRole.values()) {
            if (each.name().equals(role)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
