package uk.org.hscp.notifier.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The embedded default's first staff user, {@code admin}: its password from HSCP_ADMIN_PASSWORD, or
 * generated and logged once, when the user is created.
 */
@Component
@ConditionalOnProperty(name = "hscp.security.seed-admin", havingValue = "true")
class AdminSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminSeeder.class);

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    AdminSeeder(StaffUsers users, PasswordEncoder encoder,
            @Value("${HSCP_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists("admin")) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.create("admin", "HSCP administrator", encoder.encode(password), StaffRole.HSCP_TEAM, Optional.empty());
        if (generated) {
            log.warn("Created staff user 'admin' with the generated password: {}  (set HSCP_ADMIN_PASSWORD to choose one)",
                    password);
        } else {
            log.info("Created staff user 'admin' with the password from HSCP_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
