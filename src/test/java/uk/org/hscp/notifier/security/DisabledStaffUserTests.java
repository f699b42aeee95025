package uk.org.hscp.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;

@ServiceTest
class DisabledStaffUserTests {

    static final String LEAVER = "leaver";

    @Autowired TestRestTemplate http;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void anEnabledColleague() {
        StaffLogins.ensure(users, encoder, LEAVER, StaffRole.HSCP_TEAM, Optional.empty());
        users.setEnabled(LEAVER, true);
    }

    @Test
    void aDisabledUsersNextApiCallIsRefused() {
        assertThat(http.withBasicAuth(LEAVER, StaffLogins.PASSWORD).getForEntity("/api/intake", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        users.setEnabled(LEAVER, false);

        assertThat(http.withBasicAuth(LEAVER, StaffLogins.PASSWORD).getForEntity("/api/intake", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(LEAVER, StaffLogins.PASSWORD).getForEntity("/api/deliveries", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
