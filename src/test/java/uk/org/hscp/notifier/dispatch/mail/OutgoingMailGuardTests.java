package uk.org.hscp.notifier.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OutgoingMailGuardTests {

    static final Map<String, String> REAL = Map.of("SCR.SIN@ofsted.gov.uk", "hscp.recipients.roles.OFSTED");

    @Test
    void outsideProductionMailGoesOnlyToARelayOnThisMachine() {
        assertThatCode(() -> OutgoingMailGuard.check(false, "localhost", false, REAL)).doesNotThrowAnyException();
        assertThatCode(() -> OutgoingMailGuard.check(false, "127.0.0.1", false, REAL)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutgoingMailGuard.check(false, "smtp.hants.gov.uk", false, REAL))
                .hasMessageContaining("spring.mail.host is 'smtp.hants.gov.uk'")
                .hasMessageContaining("hscp.dispatch.allow-external-smtp-outside-production");
        assertThatThrownBy(() -> OutgoingMailGuard.check(false, "10.1.2.3", false, REAL))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTestRelayElsewhereNeedsTheExplicitOverride() {
        assertThatCode(() -> OutgoingMailGuard.check(false, "mailcatcher.test", true, REAL)).doesNotThrowAnyException();
    }

    @Test
    void productionRefusesAPlaceholderAddressNamingItsEntry() {
        assertThatCode(() -> OutgoingMailGuard.check(true, "smtp.hants.gov.uk", false, REAL)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutgoingMailGuard.check(true, "smtp.hants.gov.uk", false,
                Map.of("independent-chair@hscp.example", "hscp.recipients.roles.INDEPENDENT_CHAIR")))
                .hasMessageContaining("hscp.recipients.roles.INDEPENDENT_CHAIR")
                .hasMessageContaining("independent-chair@hscp.example");
    }

    @Test
    void productionNamesEveryPlaceholderAtOnceAndTakesExampleOrgAsARealDomain() {
        Map<String, String> addresses = new java.util.LinkedHashMap<>();
        addresses.put("independent-chair@hscp.example", "hscp.recipients.roles.INDEPENDENT_CHAIR");
        addresses.put("lig-chair@hscp.example", "hscp.recipients.roles.LIG_CHAIR");
        addresses.put("lig.police@hscp.example", "hscp.recipients.lig-member-agencies.POLICE");
        addresses.put("panel@example.org", "hscp.recipients.roles.NATIONAL_PANEL");

        assertThatThrownBy(() -> OutgoingMailGuard.check(true, "smtp.hants.gov.uk", false, addresses))
                .hasMessageContaining("hscp.recipients.roles.INDEPENDENT_CHAIR")
                .hasMessageContaining("hscp.recipients.roles.LIG_CHAIR")
                .hasMessageContaining("hscp.recipients.lig-member-agencies.POLICE")
                .message().doesNotContain("example.org");
        assertThatCode(() -> OutgoingMailGuard.check(true, "smtp.hants.gov.uk", false,
                Map.of("panel@example.org", "hscp.recipients.roles.NATIONAL_PANEL"))).doesNotThrowAnyException();
    }
}
