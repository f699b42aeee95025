package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which Authentication-Results make an e-mail count as from the domain in its From, and which never do. */
class SenderAuthenticationTests {

    private static final SenderAuthentication GATEWAY = new SenderAuthentication(SenderAuthentication.Mode.REQUIRED,
            List.of("mx.hants.gov.uk", SenderAuthentication.EXCHANGE_ONLINE));
    private static final String FROM = "jo.whitcombe@hampshire.police.uk";
    private static final String EXCHANGE_PASS = "spf=pass (sender IP is 40.107.22.63) smtp.mailfrom=hampshire.police.uk;"
            + " dkim=pass (signature was verified) header.d=hampshire.police.uk;dmarc=pass action=none"
            + " header.from=hampshire.police.uk;compauth=pass reason=100";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no Authentication-Results at all", List.of(), false),
                Arguments.of("Exchange Online says dmarc=pass", List.of(EXCHANGE_PASS), true),
                Arguments.of("trusted gateway says dmarc=pass",
                        List.of("mx.hants.gov.uk; dmarc=pass (p=reject) header.from=hampshire.police.uk"), true),
                Arguments.of("header.from in upper case is the same domain",
                        List.of("mx.hants.gov.uk; dmarc=pass header.from=Hampshire.Police.UK"), true),
                Arguments.of("trusted gateway says dmarc=fail",
                        List.of("mx.hants.gov.uk; dmarc=fail (p=reject) header.from=hampshire.police.uk"), false),
                Arguments.of("dmarc=pass, but for another domain",
                        List.of("mx.hants.gov.uk; dmarc=pass header.from=evil.example"), false),
                Arguments.of("dmarc=pass with no header.from",
                        List.of("mx.hants.gov.uk; dmarc=pass"), false),
                Arguments.of("dmarc=pass and dmarc=fail for the same domain",
                        List.of("mx.hants.gov.uk; dmarc=pass header.from=hampshire.police.uk;"
                                + " dmarc=fail header.from=hampshire.police.uk"), false),
                Arguments.of("dmarc=temperror", List.of("mx.hants.gov.uk; dmarc=temperror header.from=hampshire.police.uk"),
                        false),
                Arguments.of("an untrusted authserv-id says pass",
                        List.of("mail.evil.example; dmarc=pass header.from=hampshire.police.uk"), false),
                Arguments.of("an attacker's pass above a trusted fail: the trusted one decides",
                        List.of("mail.evil.example; dmarc=pass header.from=hampshire.police.uk",
                                "mx.hants.gov.uk; dmarc=fail header.from=hampshire.police.uk"), false),
                Arguments.of("a trusted pass below the topmost trusted fail (written by the attacker) is ignored",
                        List.of("mx.hants.gov.uk; dmarc=fail header.from=hampshire.police.uk",
                                "mx.hants.gov.uk; dmarc=pass header.from=hampshire.police.uk"), false),
                Arguments.of("the attacker's Exchange-shaped pass below Exchange Online's own none",
                        List.of("spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=evil.example; dkim=none (message not"
                                + " signed) header.d=none;dmarc=fail action=oreject header.from=hampshire.police.uk;"
                                + "compauth=fail reason=000", EXCHANGE_PASS), false),
                Arguments.of("no DMARC policy, dkim=pass for the From domain",
                        List.of("mx.hants.gov.uk; dmarc=none header.from=hampshire.police.uk;"
                                + " dkim=pass header.d=hampshire.police.uk"), true),
                Arguments.of("Exchange Online bestguesspass, dkim=pass by a parent domain (relaxed alignment)",
                        List.of("spf=pass smtp.mailfrom=hampshire.police.uk; dkim=pass header.d=police.uk;"
                                + "dmarc=bestguesspass action=none header.from=hampshire.police.uk"), true),
                Arguments.of("no DMARC policy, dkim=pass by another domain",
                        List.of("mx.hants.gov.uk; dmarc=none header.from=hampshire.police.uk;"
                                + " dkim=pass header.d=mailer.evil.example"), false),
                Arguments.of("no DMARC policy, dkim=pass by a public suffix alone",
                        List.of("mx.hants.gov.uk; dmarc=none header.from=hampshire.police.uk; dkim=pass header.d=uk"),
                        false),
                Arguments.of("no DMARC policy, dkim=fail",
                        List.of("mx.hants.gov.uk; dmarc=none header.from=hampshire.police.uk;"
                                + " dkim=fail header.d=hampshire.police.uk"), false),
                Arguments.of("dkim=pass but no DMARC result at all",
                        List.of("mx.hants.gov.uk; dkim=pass header.d=hampshire.police.uk"), false),
                Arguments.of("spf=pass alone",
                        List.of("mx.hants.gov.uk; spf=pass smtp.mailfrom=hampshire.police.uk"), false),
                Arguments.of("the trusted gateway checked nothing", List.of("mx.hants.gov.uk; none"), false),
                Arguments.of("an unreadable field is skipped, the next trusted one decides",
                        List.of("mx.hants.gov.uk; dmarc=pass (unbalanced", "mx.hants.gov.uk; dmarc=fail"
                                + " header.from=hampshire.police.uk"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vouchesOnlyWhenTheTopmostTrustedFieldSaysSo(String situation, List<String> fieldsTopFirst,
            boolean authenticated) {
        SenderAuthentication.Check check = GATEWAY.check(fieldsTopFirst, FROM);

        assertThat(check.authenticated()).as(check.detail()).isEqualTo(authenticated);
        assertThat(check.detail()).doesNotContain("jo.whitcombe");
    }

    @Test
    void aFromWithoutOneCheckableDomainIsNeverAuthenticated() {
        List<String> pass = List.of("mx.hants.gov.uk; dmarc=pass header.from=hampshire.police.uk");
        assertThat(GATEWAY.check(pass, null).authenticated()).isFalse();
        assertThat(GATEWAY.check(pass, "jo@hampshire.police.uk.").authenticated()).isFalse();
        assertThat(GATEWAY.check(pass, "jo@hampshire.police.uk").authenticated()).isTrue();
    }

    @Test
    void productionRefusesOffAndAnEmptyListNamingTheSetting() {
        assertThatThrownBy(() -> SenderAuthentication.checkForProduction(SenderAuthentication.Mode.OFF,
                List.of("mx.hants.gov.uk"))).hasMessageContaining("hscp.intake.sender-authentication.mode");
        assertThatThrownBy(() -> SenderAuthentication.checkForProduction(SenderAuthentication.Mode.REQUIRED, List.of()))
                .hasMessageContaining("hscp.intake.sender-authentication.authserv-ids");
        assertThatThrownBy(() -> SenderAuthentication.checkForProduction(SenderAuthentication.Mode.REQUIRED,
                List.of(" "))).hasMessageContaining("hscp.intake.sender-authentication.authserv-ids");
        SenderAuthentication.checkForProduction(SenderAuthentication.Mode.REQUIRED, List.of("exchange-online"));
    }
}
